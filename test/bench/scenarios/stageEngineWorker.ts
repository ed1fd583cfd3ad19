/**
 * A stage's engine as the app runs it: in its worker thread behind main's proxy
 * (main/capture/worker). The fetch-only stage uses the app's worker with understanding replaced
 * (core/fetchOnlyWorker.ts), bundled beside the stage child.
 */
import { createWorkerCaptureEngine } from '../../../main/capture/worker/engineProxy';
import type { WorkerFile } from '../../../main/capture/worker/workerFile';
import { openedSink } from '../../support/captureBatchEvent';
import { createWorkerStats } from '../../support/workerStats';
import type { StageEngineFactory } from './engineStages';

export function workerStageEngine(fetchOnlyWorker: WorkerFile): StageEngineFactory {
  return ({ understandContext, tuning, ...common }, mode) => {
    const stats = createWorkerStats(common.sources.map((s) => s.id));
    const engine = createWorkerCaptureEngine({ ...common, sink: openedSink(common.sink), understandContext: () => understandContext, dns: 'offline', tuning, statsProbe: stats, ...(mode === 'fetch-only' ? { workerFile: fetchOnlyWorker } : {}) });
    return { ...engine, stats: () => stats.read() };
  };
}
