/**
 * The capture worker of the 'fetch only' engine stage: the app's worker (engineWorker.ts) with
 * understanding replaced by a no-op, so only the IMAP side of the work is left. Bundled beside
 * the stage child as the app's worker is beside main (bundleCoreChild.ts).
 */
import { parentPort } from 'node:worker_threads';
import { runEngineWorker } from '../../../main/capture/worker/engineWorker';

if (parentPort === null) throw new Error('fetchOnlyWorker runs only as a worker thread');
runEngineWorker(parentPort, {
  // every message "rejected" with no work done
  understand: async (raw, ctx) => ({ kind: 'rejected', rejected: { source: ctx.source, reason: 'unparseable', size: raw.length } }),
});
