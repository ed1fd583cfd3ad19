/**
 * R8.3 what the upload pump and Settings ask the store: this device's pending operations (oldest
 * first), marking them sent once main appended them, how many wait (live with liveQuery), the
 * sync folder's skipped messages, and a snapshot of the local state with the own frontier, for
 * main's snapshots and compaction, and the book of uploaded snapshots (snapshotBook.ts).
 */
import { Dexie } from 'dexie';
import type { ClockString } from '../../../../shared/rules/replication/hlc';
import type { Op } from '../../../../shared/rules/replication/operations';
import { DEFAULT_ENTITIES_PER_PART, makeSnapshot, type SnapshotPart } from '../../../../shared/rules/replication/snapshot';
import type { ReplicaSkippedRow } from '../../db/records';
import type { StoreContext } from '../context';
import { replicaIdOf, tickClocks } from './replicaClock';
import { encodeClock } from '../../../../shared/rules/replication/hlc';
import { loadWholeState } from './stateRows';
import type { SnapshotFacts, SnapshotRecord } from '../../../../shared/rules/replication/snapshotSchedule';
import { snapshotCompacted, snapshotFacts, snapshotUploaded } from './snapshotBook';

export interface ReplicationQueries {
  /** unsent operations, oldest first */
  pendingOps(limit: number): Promise<Op[]>;
  /** the uploader appended these: they leave the pending list (ids not pending are ignored) */
  markSent(ids: readonly string[]): Promise<void>;
  pendingCount(): Promise<number>;
  skippedMessages(): Promise<ReplicaSkippedRow[]>;
  /** the local state in parts, named by a fresh clock reading, with this replica's frontier (what it covers of its own operations) */
  snapshot(perPart?: number): Promise<{ parts: SnapshotPart[]; replica: string; upTo: ClockString | undefined }>;
  /** what the snapshot schedule decides on (snapshotBook.ts) */
  snapshotFacts(): Promise<SnapshotFacts>;
  /** main appended every part: note the snapshot and prune the sent operations it covers (one transaction); answers how many */
  snapshotUploaded(record: SnapshotRecord): Promise<number>;
  /** main expunged the batches up to this snapshot's frontier */
  snapshotCompacted(record: SnapshotRecord): Promise<void>;
}

function pendingRange(ctx: StoreContext) {
  return ctx.db.replicaOps.where('[sent+id]').between([0, Dexie.minKey], [0, Dexie.maxKey], true, true);
}

export function replicationQueries(ctx: StoreContext): ReplicationQueries {
  const { db } = ctx;
  return {
    async pendingOps(limit) {
      return (await pendingRange(ctx).limit(limit).toArray()).map((r) => r.op);
    },
    markSent: (ids) =>
      db.transaction('rw', db.replicaOps, async () => {
        const rows = (await db.replicaOps.bulkGet([...ids])).filter((r) => r !== undefined && r.sent === 0);
        await db.replicaOps.bulkPut(rows.map((r) => ({ ...r!, sent: 1 as const })));
      }),
    pendingCount: () => pendingRange(ctx).count(),
    skippedMessages: () => db.replicaSkipped.toArray(),
    snapshot: (perPart = DEFAULT_ENTITIES_PER_PART) =>
      db.transaction('rw', [db.replicaState, db.settings], async () => {
        const replica = await replicaIdOf(ctx);
        const [clock] = await tickClocks(ctx, 1);
        const state = await loadWholeState(db);
        return { parts: makeSnapshot(state, replica, encodeClock(clock!), perPart), replica, upTo: state.frontier[replica] };
      }),
    snapshotFacts: () => snapshotFacts(ctx),
    snapshotUploaded: (record) => snapshotUploaded(ctx, record),
    snapshotCompacted: (record) => snapshotCompacted(ctx, record),
  };
}
