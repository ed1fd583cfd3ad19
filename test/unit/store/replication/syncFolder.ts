/**
 * The account's sync folder as the store tests see it: messages in UID order with the time they
 * were appended, compacted with main's own selection (main/replication/compaction.ts, from the
 * headers and Message-IDs the uploader writes), and read whole by a device as a batch of the
 * `replica` source — as a fresh device's first read of the folder delivers it.
 */
import type { CaptureBatch } from '../../../../shared/domain/capture';
import type { ReplicaMessage } from '../../../../shared/domain/replication';
import type { Op } from '../../../../shared/rules/replication/operations';
import type { SnapshotPart } from '../../../../shared/rules/replication/snapshot';
import { opsPayload, snapshotPayload, type SyncPayload } from '../../../../shared/rules/replication/syncPayload';
import { selectCompactable } from '../../../../main/replication/compaction';
import { replicaBatch } from './replicas';

interface Stored {
  message: ReplicaMessage;
  payload: SyncPayload;
  at: number;
}

export class SyncFolder {
  private readonly stored: Stored[] = [];
  private nextUid = 1;

  appendOps(ops: Op[], at: number): void {
    const replica = ops[0]!.replica;
    this.stored.push({ message: { uid: this.nextUid++, content: { kind: 'ops', replica, ops, skippedOps: 0 } }, payload: opsPayload(replica, ops), at });
  }

  appendSnapshotPart(part: SnapshotPart, at: number): void {
    this.stored.push({ message: { uid: this.nextUid++, content: { kind: 'snapshot', part } }, payload: snapshotPayload(part), at });
  }

  /** main's compaction: answers how many messages it expunged */
  compact(request: { replica: string; upTo: string; olderThanMs: number }, now: number): number {
    const chosen = new Set(
      selectCompactable(
        this.stored.map((s) => ({ uid: s.message.uid, internalDate: new Date(s.at), syncHeader: s.payload.header, messageId: s.payload.messageId })),
        { ...request, now },
      ),
    );
    const before = this.stored.length;
    this.stored.splice(0, this.stored.length, ...this.stored.filter((s) => !chosen.has(s.message.uid)));
    return before - this.stored.length;
  }

  get messages(): ReplicaMessage[] {
    return this.stored.map((s) => s.message);
  }

  /** The operation batches still there: [replica, first clock, last clock] */
  opsBatches(): Array<[string, string, string]> {
    return this.messages.flatMap((m) => (m.content.kind === 'ops' ? [[m.content.replica, m.content.ops[0]!.clock, m.content.ops.at(-1)!.clock] as [string, string, string]] : []));
  }

  /** The snapshots still there (each once, whatever parts are left): [replica, id] */
  snapshots(): Array<[string, string]> {
    const ids = this.messages.flatMap((m) => (m.content.kind === 'snapshot' ? [`${m.content.part.replica} ${m.content.part.id}`] : []));
    return [...new Set(ids)].map((key) => key.split(' ') as [string, string]);
  }

  /** The whole folder as one read of a fresh device. */
  read(): CaptureBatch {
    return replicaBatch(this.messages);
  }
}
