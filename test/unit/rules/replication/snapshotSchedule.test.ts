/** R8.3 when a device writes a snapshot and when it compacts: table tests of the pure schedule. */
import { describe, expect, it } from 'vitest';
import { encodeClock } from '../../../../shared/rules/replication/hlc';
import {
  afterCompaction,
  compactionDue,
  DAY_MS,
  DEFAULT_SNAPSHOT_POLICY,
  snapshotDue,
  type SnapshotBook,
  type SnapshotFacts,
  type SnapshotRecord,
} from '../../../../shared/rules/replication/snapshotSchedule';

const NOW = Date.UTC(2025, 2, 20, 9, 0, 0);
const clock = (wallMs: number, replicaId = 'a') => encodeClock({ wallMs, counter: 0, replicaId });
const record = (daysAgo: number, replicaId = 'a'): SnapshotRecord => ({
  id: clock(NOW - daysAgo * DAY_MS - 2000, replicaId),
  upTo: clock(NOW - daysAgo * DAY_MS - 3000, replicaId),
  at: NOW - daysAgo * DAY_MS,
});
const facts = (over: Partial<SnapshotFacts> = {}): SnapshotFacts => ({ pending: 0, uploadedSince: 10, oldestUploadedAt: NOW - DAY_MS, book: { snapshots: [] }, ...over });

describe('R8.3 snapshot schedule', () => {
  it.each<[string, SnapshotFacts, boolean, ReturnType<typeof snapshotDue>]>([
    ['R8.3 due at the threshold of uploaded operations', facts({ uploadedSince: 5_000 }), true, { due: true, why: 'ops' }],
    ['R8.3 not due one operation below it, while young', facts({ uploadedSince: 4_999 }), true, { due: false, why: 'not-yet' }],
    ['R8.3 never while operations wait to be uploaded', facts({ uploadedSince: 9_000, pending: 1 }), true, { due: false, why: 'pending' }],
    ['R8.3 never offline', facts({ uploadedSince: 9_000 }), false, { due: false, why: 'offline' }],
    ['R8.3 nothing new since the last snapshot: never, however old', facts({ uploadedSince: 0, oldestUploadedAt: undefined, book: { snapshots: [record(30)] } }), true, { due: false, why: 'nothing-new' }],
    ['R8.3 due 7 days after the last snapshot with one new operation', facts({ uploadedSince: 1, book: { snapshots: [record(7)] } }), true, { due: true, why: 'age' }],
    ['R8.3 not due 6 days after the last snapshot', facts({ uploadedSince: 1, oldestUploadedAt: NOW - 30 * DAY_MS, book: { snapshots: [record(6)] } }), true, { due: false, why: 'not-yet' }],
    ['R8.3 before the first snapshot: due 7 days after the oldest uploaded operation', facts({ oldestUploadedAt: NOW - 7 * DAY_MS }), true, { due: true, why: 'age' }],
    ['R8.3 before the first snapshot: not due sooner', facts({ oldestUploadedAt: NOW - 7 * DAY_MS + 1 }), true, { due: false, why: 'not-yet' }],
  ])('%s', (_name, input, online, expected) => {
    expect(snapshotDue(input, online, NOW)).toEqual(expected);
  });

  it('R8.3 the thresholds are 5,000 operations, 7 days, and a grace of 7 days', () => {
    expect(DEFAULT_SNAPSHOT_POLICY).toEqual({ afterOps: 5_000, afterMs: 7 * DAY_MS, graceMs: 7 * DAY_MS });
  });
});

describe('R8.3 compaction schedule', () => {
  const [old, older, young] = [record(8), record(20), record(2)];
  it.each<[string, SnapshotBook, boolean, SnapshotRecord | undefined]>([
    ['R8.3 none without a snapshot', { snapshots: [] }, true, undefined],
    ['R8.3 none within the grace period of the only snapshot', { snapshots: [young] }, true, undefined],
    ['R8.3 after the grace period: up to that snapshot', { snapshots: [old] }, true, old],
    ['R8.3 exactly 7 days after the upload counts', { snapshots: [{ ...old, at: NOW - 7 * DAY_MS }] }, true, { ...old, at: NOW - 7 * DAY_MS }],
    ['R8.3 the newest snapshot past the grace period, not a younger one', { snapshots: [older, old, young] }, true, old],
    ['R8.3 never offline', { snapshots: [old] }, false, undefined],
    ['R8.3 not again once compacted up to it', { snapshots: [old], compactedUpTo: old.upTo }, true, undefined],
    ['R8.3 again for a newer snapshot than the last compaction', { snapshots: [old], compactedUpTo: older.upTo }, true, old],
  ])('%s', (_name, book, online, expected) => {
    expect(compactionDue(book, online, NOW)).toEqual(expected);
  });

  it('R8.3 after a compaction the snapshots up to it are spent and younger ones wait for their turn', () => {
    const book = afterCompaction({ snapshots: [older, old, young] }, old);
    expect(book).toEqual({ snapshots: [young], compactedUpTo: old.upTo });
    expect(compactionDue(book, true, NOW)).toBeUndefined();
    expect(compactionDue(book, true, NOW + 5 * DAY_MS)).toEqual(young);
    // a stale answer never moves the mark back
    expect(afterCompaction(book, older).compactedUpTo).toBe(old.upTo);
  });
});
