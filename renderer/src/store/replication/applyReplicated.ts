/**
 * R8.3 a batch of the sync folder (a capture source of kind `replica`): other devices' operations
 * and snapshot parts — and this device's own, coming back — folded into the replicated state and
 * shown as rows, with the source's checkpoint, in ONE transaction (DESIGN 4, like capture).
 * Joins all the way down (shared/rules/replication), so any order, any repetition and any split
 * into batches give the same database. Nothing here enters `replicaOps`: only the device's own
 * changes are uploaded.
 *
 * Snapshot parts are joined as they come: every part is a state of its own and the join of the
 * parts is the snapshot (snapshot.ts), so waiting for the last part would only delay what the
 * others already say.
 */
import type { CaptureBatch, Checkpoint } from '../../../../shared/domain/capture';
import type { ReplicaMessage } from '../../../../shared/domain/replication';
import { applyOps } from '../../../../shared/rules/replication/applyOps';
import { joinStates } from '../../../../shared/rules/replication/joinStates';
import type { Op } from '../../../../shared/rules/replication/operations';
import type { SnapshotPart } from '../../../../shared/rules/replication/snapshot';
import type { ReplicaSkippedRow } from '../../db/records';
import { isReset, nextSourceRow } from '../capture/checkpoint';
import type { StoreContext } from '../context';
import { touchedBy } from './record';
import { receiveClocks } from './replicaClock';
import { settle } from './settle';
import { rowKeysOf } from './stateRows';

function skippedRow(message: ReplicaMessage, now: number): Omit<ReplicaSkippedRow, 'at'> & { at: number } | undefined {
  const { content } = message;
  if (content.kind === 'skipped') return { uid: message.uid, reason: content.reason, detail: content.detail, at: now };
  if (content.kind === 'ops' && content.skippedOps > 0) {
    return { uid: message.uid, reason: 'garbage', detail: `${content.skippedOps} unreadable operation(s) left out`, at: now };
  }
  return undefined;
}

/** A skipped message is listed once: seen again, its row (and the date it was first seen) stays. */
async function recordSkipped(ctx: StoreContext, rows: ReplicaSkippedRow[]): Promise<void> {
  if (rows.length === 0) return;
  const stored = await ctx.db.replicaSkipped.bulkGet(rows.map((r) => r.uid));
  await ctx.db.replicaSkipped.bulkPut(rows.filter((r, i) => stored[i] === undefined || stored[i]?.reason !== r.reason || stored[i]?.detail !== r.detail));
}

export async function applyOperations(ctx: StoreContext, ops: readonly Op[]): Promise<void> {
  if (ops.length === 0) return;
  await receiveClocks(ctx, ops.map((op) => op.clock));
  await settle(ctx, { touched: ops.flatMap(touchedBy), change: (s) => applyOps(s, ops).state, materialize: true });
}

export async function applySnapshotPart(ctx: StoreContext, part: SnapshotPart): Promise<void> {
  await receiveClocks(ctx, [part.id]);
  await settle(ctx, { touched: rowKeysOf(part.state), change: (s) => joinStates(s, part.state), materialize: true });
}

export async function applyReplicaBatch(ctx: StoreContext, batch: CaptureBatch): Promise<Checkpoint> {
  const { db } = ctx;
  return db.transaction('rw', db.tables, async () => {
    const stored = await db.syncSources.get(batch.sourceId);
    if (isReset(batch, stored)) await db.replicaSkipped.clear();
    if (batch.expunged.length > 0) await db.replicaSkipped.bulkDelete(batch.expunged);
    const now = ctx.clock();
    const ops: Op[] = [];
    const skipped: ReplicaSkippedRow[] = [];
    for (const message of batch.replicated ?? []) {
      const row = skippedRow(message, now);
      if (row) skipped.push(row);
      if (message.content.kind === 'snapshot') await applySnapshotPart(ctx, message.content.part);
      if (message.content.kind === 'ops') ops.push(...message.content.ops);
    }
    await applyOperations(ctx, ops);
    await recordSkipped(ctx, skipped);
    const { checkpoint, row } = nextSourceRow(batch, stored, now);
    if (row) await db.syncSources.put(row);
    return checkpoint;
  });
}
