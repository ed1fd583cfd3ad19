/**
 * R8.3 the pump's upkeep once everything is uploaded (docs/replication.md "Snapshots and
 * compaction"): write a snapshot when the schedule says so (shared/rules/replication/
 * snapshotSchedule.ts), and after the grace period have main expunge this device's own batches
 * the snapshot covers.
 *
 * Order matters for what a restoring device finds: the snapshot is noted (and the store prunes
 * the sent operations it covers) only after main confirmed every part appended, and compaction
 * only ever names a snapshot noted so, with this replica's own frontier in it — main expunges
 * nothing but this replica's batches up to that clock. A failure anywhere throws: the pump backs
 * off and comes here again; nothing is noted that did not happen.
 */
import { clockReplica } from '../../../shared/rules/replication/hlc';
import { compactionDue, DEFAULT_SNAPSHOT_POLICY, snapshotDue, type SnapshotPolicy } from '../../../shared/rules/replication/snapshotSchedule';
import type { BlindcopyApi } from '../../../shared/ipc/contract';
import type { StoreReplication } from '../store';

export type SnapshotStore = Pick<StoreReplication, 'snapshotFacts' | 'snapshot' | 'snapshotUploaded' | 'snapshotCompacted'>;

export interface SnapshotUpkeepOptions {
  policy?: SnapshotPolicy;
  /** epoch ms */
  now?: () => number;
  /** entities per snapshot part (tests make several parts with small numbers) */
  perPart?: number;
}

export type UpkeepStep = 'snapshot' | 'compaction';

/** One round of upkeep; answers what it did. */
export function snapshotUpkeep(store: SnapshotStore, api: Pick<BlindcopyApi, 'invoke'>, options: SnapshotUpkeepOptions = {}): () => Promise<UpkeepStep[]> {
  const policy = options.policy ?? DEFAULT_SNAPSHOT_POLICY;
  const now = options.now ?? Date.now;
  return async () => {
    const facts = await store.snapshotFacts();
    const at = now();
    // main is asked whether it is online only when something could be due
    if (!snapshotDue(facts, true, at, policy).due && compactionDue(facts.book, true, at, policy) === undefined) return [];
    const online = (await api.invoke('replication:status', {})).state === 'online';
    const done: UpkeepStep[] = [];
    let book = facts.book;
    if (snapshotDue(facts, online, at, policy).due) {
      const snapshot = await store.snapshot(options.perPart);
      const id = snapshot.parts[0]?.id;
      if (snapshot.upTo !== undefined && id !== undefined) {
        await api.invoke('replication:uploadSnapshot', { parts: snapshot.parts });
        await store.snapshotUploaded({ id, at: now(), upTo: snapshot.upTo });
        book = (await store.snapshotFacts()).book;
        done.push('snapshot');
      }
    }
    const target = compactionDue(book, online, now(), policy);
    // both clocks are this replica's own: the snapshot's id and its own frontier
    if (target !== undefined && clockReplica(target.upTo) === clockReplica(target.id)) {
      await api.invoke('replication:compact', { replica: clockReplica(target.upTo), upTo: target.upTo, olderThanMs: policy.graceMs });
      await store.snapshotCompacted(target);
      done.push('compaction');
    }
    return done;
  };
}
