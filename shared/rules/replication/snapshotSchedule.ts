/**
 * R8.3 when a device writes a snapshot of its CRM to the sync folder, and when it expunges the
 * operation batches a snapshot covers (docs/replication.md "Snapshots and compaction"). Pure: the
 * pump (renderer/src/session/snapshotSchedule.ts) asks with what the store knows.
 *
 * A snapshot is due once this device has uploaded `afterOps` operations since its last one, or
 * when `afterMs` has passed since then (since the oldest such operation, before the first
 * snapshot) with at least one operation uploaded — never while operations of its own still wait
 * to be uploaded (the snapshot would run ahead of the folder; they go first) and never offline.
 *
 * Compaction waits `graceMs` after a snapshot was uploaded, so a device that was offline for that
 * long still finds the operations it has not read; then it uses the newest snapshot that old. A
 * snapshot counts only once its upload was confirmed whole (every part appended): a snapshot that
 * lost a part on the way is never the reason anything is expunged.
 */
import { z } from 'zod';
import { ClockStringSchema, type ClockString } from './hlc';

export const DAY_MS = 24 * 60 * 60 * 1000;

export interface SnapshotPolicy {
  /** operations uploaded since the last snapshot that make the next one due */
  afterOps: number;
  /** time since the last snapshot (with anything new) that makes the next one due */
  afterMs: number;
  /** how long the covered batches stay in the folder after the snapshot was uploaded */
  graceMs: number;
}

export const DEFAULT_SNAPSHOT_POLICY: SnapshotPolicy = { afterOps: 5_000, afterMs: 7 * DAY_MS, graceMs: 7 * DAY_MS };

/** A snapshot this device uploaded whole: its id (the writer's clock), when, and its own frontier. */
export const SnapshotRecordSchema = z.object({ id: ClockStringSchema, at: z.number().int().nonnegative(), upTo: ClockStringSchema });
export type SnapshotRecord = z.infer<typeof SnapshotRecordSchema>;

/**
 * What the device keeps about its snapshots (a setting): those uploaded and not yet used by a
 * compaction that went past them, oldest first, and the frontier the last compaction expunged up to.
 */
export const SnapshotBookSchema = z.object({
  snapshots: z.array(SnapshotRecordSchema),
  compactedUpTo: ClockStringSchema.optional(),
});
export type SnapshotBook = z.infer<typeof SnapshotBookSchema>;

export const EMPTY_SNAPSHOT_BOOK: SnapshotBook = { snapshots: [] };

export interface SnapshotFacts {
  /** own operations not uploaded yet */
  pending: number;
  /** own operations uploaded since the last snapshot (those no snapshot covers) */
  uploadedSince: number;
  /** wall time of the oldest of them; undefined when there is none */
  oldestUploadedAt: number | undefined;
  book: SnapshotBook;
}

export type SnapshotDecision = { due: true; why: 'ops' | 'age' } | { due: false; why: 'offline' | 'pending' | 'nothing-new' | 'not-yet' };

export function snapshotDue(facts: SnapshotFacts, online: boolean, now: number, policy: SnapshotPolicy = DEFAULT_SNAPSHOT_POLICY): SnapshotDecision {
  if (!online) return { due: false, why: 'offline' };
  if (facts.pending > 0) return { due: false, why: 'pending' };
  if (facts.uploadedSince === 0) return { due: false, why: 'nothing-new' };
  if (facts.uploadedSince >= policy.afterOps) return { due: true, why: 'ops' };
  const since = facts.book.snapshots.at(-1)?.at ?? facts.oldestUploadedAt;
  if (since !== undefined && now - since >= policy.afterMs) return { due: true, why: 'age' };
  return { due: false, why: 'not-yet' };
}

/** The snapshot whose frontier the next compaction expunges up to; undefined when none is due. */
export function compactionDue(book: SnapshotBook, online: boolean, now: number, policy: SnapshotPolicy = DEFAULT_SNAPSHOT_POLICY): SnapshotRecord | undefined {
  if (!online) return undefined;
  const old = book.snapshots.filter((s) => now - s.at >= policy.graceMs).at(-1);
  if (old === undefined) return undefined;
  return book.compactedUpTo !== undefined && old.upTo <= book.compactedUpTo ? undefined : old;
}

/** The book after a compaction up to `done.upTo`: snapshots up to that one are spent. */
export function afterCompaction(book: SnapshotBook, done: SnapshotRecord): SnapshotBook {
  const compactedUpTo: ClockString = book.compactedUpTo !== undefined && book.compactedUpTo > done.upTo ? book.compactedUpTo : done.upTo;
  return { snapshots: book.snapshots.filter((s) => s.id > done.id), compactedUpTo };
}
