/**
 * R8.3 what the store keeps about this device's snapshots (setting `replicaSnapshots`, see
 * shared/rules/replication/snapshotSchedule.ts), and the pruning of its sent operations:
 *
 * - `snapshotFacts` — what the schedule decides on: operations still pending, those uploaded since
 *   the last snapshot (the sent rows left in `replicaOps`: a snapshot prunes the ones it covers)
 *   and the oldest one's time, and the book.
 * - `snapshotUploaded` — main confirmed every part appended: the snapshot enters the book and the
 *   sent operations it covers leave `replicaOps`, in ONE transaction, so the table does not grow
 *   for ever and the count since the last snapshot starts again. The folder keeps its batches
 *   until the compaction after the grace period; pending operations are never pruned (they still
 *   go up, harmlessly).
 * - `snapshotCompacted` — main expunged up to a snapshot's frontier: the snapshots up to it are spent.
 */
import { Dexie } from 'dexie';
import { decodeClock } from '../../../../shared/rules/replication/hlc';
import {
  afterCompaction,
  EMPTY_SNAPSHOT_BOOK,
  SnapshotBookSchema,
  SnapshotRecordSchema,
  type SnapshotBook,
  type SnapshotFacts,
  type SnapshotRecord,
} from '../../../../shared/rules/replication/snapshotSchedule';
import type { StoreContext } from '../context';

export const SNAPSHOT_BOOK_SETTING = 'replicaSnapshots';

async function readBook(ctx: StoreContext): Promise<SnapshotBook> {
  const parsed = SnapshotBookSchema.safeParse((await ctx.db.settings.get(SNAPSHOT_BOOK_SETTING))?.value);
  // a book that does not read (never written, or by a future version) counts as none: the worst
  // is one snapshot too many, never an operation expunged too early
  return parsed.success ? parsed.data : EMPTY_SNAPSHOT_BOOK;
}

function writeBook(ctx: StoreContext, book: SnapshotBook): Promise<string> {
  return ctx.db.settings.put({ key: SNAPSHOT_BOOK_SETTING, value: book });
}

/** sent operations, oldest first; up to `upTo` (inclusive) when given */
const sentRange = (ctx: StoreContext, upTo?: string) =>
  ctx.db.replicaOps.where('[sent+id]').between([1, Dexie.minKey], [1, upTo ?? Dexie.maxKey], true, true);
const pendingRange = (ctx: StoreContext) => ctx.db.replicaOps.where('[sent+id]').between([0, Dexie.minKey], [0, Dexie.maxKey], true, true);

export function snapshotFacts(ctx: StoreContext): Promise<SnapshotFacts> {
  const { db } = ctx;
  return db.transaction('r', [db.replicaOps, db.settings], async () => {
    const oldest = await sentRange(ctx).first();
    return {
      pending: await pendingRange(ctx).count(),
      uploadedSince: await sentRange(ctx).count(),
      oldestUploadedAt: oldest === undefined ? undefined : decodeClock(oldest.op.clock)?.wallMs,
      book: await readBook(ctx),
    };
  });
}

/** Answers how many sent operations were pruned. */
export function snapshotUploaded(ctx: StoreContext, record: SnapshotRecord): Promise<number> {
  const checked = SnapshotRecordSchema.parse(record);
  const { db } = ctx;
  return db.transaction('rw', [db.replicaOps, db.settings], async () => {
    const book = await readBook(ctx);
    const snapshots = [...book.snapshots.filter((s) => s.id !== checked.id), checked].sort((a, b) => (a.id < b.id ? -1 : 1));
    await writeBook(ctx, { ...book, snapshots });
    // ids are the operations' clocks: every sent operation up to the own frontier is in the snapshot
    return sentRange(ctx, checked.upTo).delete();
  });
}

export function snapshotCompacted(ctx: StoreContext, record: SnapshotRecord): Promise<void> {
  const { db } = ctx;
  return db.transaction('rw', [db.settings], async () => {
    await writeBook(ctx, afterCompaction(await readBook(ctx), SnapshotRecordSchema.parse(record)));
  });
}
