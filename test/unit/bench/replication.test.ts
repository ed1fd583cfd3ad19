/** The replication scenario's pure pieces: a change's latency and its split, their summary, the options, targets and table rows. */
import { describe, expect, it } from 'vitest';
import { parseOptions } from '../../bench/options';
import type { BenchResults } from '../../bench/report/results';
import { formatTable } from '../../bench/report/table';
import { checkTargets } from '../../bench/report/targets';
import { type OpTimeline, changeSample, summarizeSamples } from '../../bench/scenarios/replication/changeLatency';
import { missingState, type ReplicatedCounts } from '../../bench/scenarios/replication/replicatedCounts';

function timeline(ops: Record<string, { received: number; answered: number; emitted: number; committed?: number }>): OpTimeline {
  return {
    uploaded: (id) => (ops[id] ? { receivedAt: ops[id].received, answeredAt: ops[id].answered } : undefined),
    emittedOnB: (id) => ops[id]?.emitted,
    committedOnB: (id) => ops[id]?.committed,
  };
}

describe('a change on A shown on B', () => {
  it('is timed to its last operation committed on B, split by that operation', () => {
    const times = timeline({
      x: { received: 1010, answered: 1050, emitted: 1200, committed: 1230 },
      y: { received: 1020, answered: 1090, emitted: 1300, committed: 1400 },
    });
    expect(changeSample({ committedAt: 1000, opIds: ['x', 'y'] }, times)).toEqual({ totalMs: 400, pumpMs: 20, appendMs: 70, deliveryMs: 210, storeMs: 100 });
  });

  it('has no sample while B lacks one of its operations, or when it recorded none', () => {
    const times = timeline({ x: { received: 1, answered: 2, emitted: 3, committed: 4 }, y: { received: 1, answered: 2, emitted: 3 } });
    expect(changeSample({ committedAt: 0, opIds: ['x', 'y'] }, times)).toBeUndefined();
    expect(changeSample({ committedAt: 0, opIds: [] }, times)).toBeUndefined();
  });

  it('summarizes the samples as distributions (p50 / p95 / max)', () => {
    const samples = Array.from({ length: 100 }, (_, i) => ({ totalMs: i + 1, pumpMs: 1, appendMs: 2, deliveryMs: 3, storeMs: i }));
    const summary = summarizeSamples(samples);
    expect(summary.changes).toBe(100);
    expect(summary.totalMs.p50).toBeCloseTo(50.5);
    expect(summary.totalMs.p95).toBeCloseTo(95.05);
    expect(summary.totalMs.max).toBe(100);
    expect(summary.appendMs.p95).toBe(2);
  });
});

const counts = (state: Partial<ReplicatedCounts['state']>): ReplicatedCounts => ({
  state: { items: 0, persons: 0, organizations: 0, links: 0, sharing: 0, messages: 0, settings: 0, ...state },
  rows: { deals: 0, leads: 0, projects: 0, persons: 0, organizations: 0 },
});

describe('a restore', () => {
  it('names what the restored device lacks of the source state', () => {
    expect(missingState(counts({ items: 5, links: 9 }), counts({ items: 5, links: 9, settings: 2 }))).toBe('');
    expect(missingState(counts({ items: 5, links: 9 }), counts({ items: 4, links: 9 }))).toBe('items 4/5');
  });
});

describe('the replication scenario in the options and the report', () => {
  it('runs 100 changes and restores the store scenario’s CRM by default; quick makes it small', () => {
    const full = parseOptions(['--only', 'replication'], {});
    expect(full.scenarios).toEqual(['replication']);
    expect([full.changes, full.restoreThreads, full.replicationPair]).toEqual([100, 100_000, true]);
    const quick = parseOptions(['--quick', '--restore-threads', '2000', '--no-replication-pair'], {});
    expect([quick.changes, quick.restoreThreads, quick.replicationPair]).toEqual([30, 2000, false]);
  });

  it('checks the three targets and shows them beside their rows', () => {
    const dist = (p95: number) => ({ n: 100, min: 1, p50: p95 / 2, p95, max: p95 * 2, mean: p95 / 2 });
    const results: Omit<BenchResults, 'targets'> = {
      startedAt: '2025-01-01T00:00:00.000Z',
      durationSeconds: 1,
      options: parseOptions([], {}),
      machine: { cpus: 2, memoryGb: 4, node: 'v22', mbsync: '', chromium: '', loadAverageStart: 0, loadAverageEnd: 0 },
      replication: {
        latency: { changes: 100, totalMs: dist(2500), pumpMs: dist(10), appendMs: dist(100), deliveryMs: dist(900), storeMs: dist(50), samples: [] },
        restore: {
          threads: 100_000,
          messages: 300_000,
          storeFromCache: true,
          snapshotParts: 4,
          snapshotMb: 12,
          snapshotSeconds: 3,
          uploadSeconds: 2,
          restoreSeconds: 41,
          firstBatchSeconds: 4,
          source: counts({ items: 500, persons: 3000, links: 9000 }),
          restored: counts({ items: 500, persons: 3000, links: 9000 }),
        },
      },
    };
    const targets = checkTargets(results);
    expect(targets.map((c) => [c.name, c.met])).toEqual([
      ['change on A shown on B p95', false],
      ['restore of the CRM state', true],
    ]);
    const table = formatTable({ ...results, targets });
    expect(table).toMatch(/change on A shown on B \(100\)\s+p50 1250 ms, p95 2500 ms, max 5000 ms\s+≤ 2000 ms\s+NO/);
    expect(table).toMatch(/restore: 100000 threads' CRM onto an empty device\s+41\.0 s .*≤ 60 s\s+yes/);
    expect(table).toContain('300000 msgs (no cold mirror this run to rate them)');
  });
});
