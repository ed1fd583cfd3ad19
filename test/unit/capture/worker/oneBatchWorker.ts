/** A capture worker for batchRetention.test.ts that answers main's 'init' with one valid batch. */
import { parentPort } from 'node:worker_threads';
import { sealBatch } from '../../../../main/capture/worker/sealBatch';

const port = parentPort;
if (port === null) throw new Error('oneBatchWorker runs only as a worker thread');
port.once('message', () => {
  port.postMessage({ type: 'ready' });
  const batch = sealBatch({ sourceId: 'dropbox', sourceKind: 'dropbox', batchId: 'b1', reset: false, captured: [], rejected: [], expunged: [7], checkpoint: { uidValidity: 1, lastUid: 9 } });
  port.postMessage({ type: 'commit', id: 0, batch }, [batch.body.buffer]);
});
