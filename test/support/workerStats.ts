/**
 * The capture worker's stats as tests and benchmarks read them (engineProxy's statsProbe; the
 * app reads none of them). What the store committed main counts itself, from the
 * batches it acknowledged: exact, whatever happens to workers. The rest (connections, bytes) a
 * worker sends as it changes, a moment late; those figures start from zero in each worker, so
 * the last ones of workers that died are added to the live one's.
 */
import type { SourceStats } from '../../main/capture/sync/types';
import type { WorkerStatsProbe } from '../../main/capture/worker/engineProxy';

type Counter = Exclude<keyof SourceStats, 'state' | 'reason'>;
/** counted by main from acknowledged batches */
const COMMITTED = ['batches', 'captured', 'rejected', 'expunged'] as const;
/** counted by the workers */
const COUNTERS: readonly Counter[] = ['connectAttempts', 'reconnects', 'bytesReceived', 'bodyBytes', 'attachmentBytes'];

export interface WorkerStats extends WorkerStatsProbe {
  read(): Record<string, SourceStats>;
}

function empty(): SourceStats {
  return { connectAttempts: 0, reconnects: 0, batches: 0, captured: 0, rejected: 0, expunged: 0, bytesReceived: 0, bodyBytes: 0, attachmentBytes: 0, state: 'connecting' };
}

/** `sourceIds` undefined: the sources are learned as they report (the app's core, whose sources come later). */
export function createWorkerStats(sourceIds?: readonly string[]): WorkerStats {
  const past = new Map((sourceIds ?? []).map((id) => [id, empty()]));
  let live = new Map<string, SourceStats>();
  const states = new Map<string, Pick<SourceStats, 'state' | 'reason'>>();
  const committed = new Map((sourceIds ?? []).map((id) => [id, { batches: 0, captured: 0, rejected: 0, expunged: 0 }]));
  const learn = (id: string): void => {
    if (sourceIds !== undefined || past.has(id)) return;
    past.set(id, empty());
    committed.set(id, { batches: 0, captured: 0, rejected: 0, expunged: 0 });
  };
  return {
    committed(batch) {
      learn(batch.sourceId);
      const counts = committed.get(batch.sourceId);
      if (counts === undefined) return;
      counts.batches += 1;
      counts.captured += batch.captured;
      counts.rejected += batch.rejected;
      counts.expunged += batch.expunged;
    },
    update(stats) {
      for (const id of Object.keys(stats)) learn(id);
      live = new Map(Object.entries(stats));
      states.clear();
    },
    workerEnded() {
      for (const [id, stats] of live) {
        const sum = past.get(id) ?? empty();
        for (const key of COUNTERS) sum[key] += stats[key];
        sum.state = stats.state;
        past.set(id, sum);
      }
      live = new Map();
    },
    setState(sourceId, state, reason) {
      learn(sourceId);
      states.set(sourceId, reason === undefined ? { state } : { state, reason });
    },
    read() {
      const out: Record<string, SourceStats> = {};
      for (const [id, before] of past) {
        const now = live.get(id);
        const merged: SourceStats = { ...before, ...(now === undefined ? {} : { state: now.state, reason: now.reason }) };
        if (now !== undefined) for (const key of COUNTERS) merged[key] = before[key] + now[key];
        const counts = committed.get(id);
        if (counts !== undefined) for (const key of COMMITTED) merged[key] = counts[key];
        const forced = states.get(id);
        if (forced !== undefined) {
          merged.state = forced.state;
          merged.reason = forced.reason;
        }
        if (merged.reason === undefined) delete merged.reason;
        out[id] = merged;
      }
      return out;
    },
  };
}
