/** A capture worker for protocol.test.ts that answers main's 'init' with a batch outside the protocol. */
import { parentPort } from 'node:worker_threads';

const port = parentPort;
if (port === null) throw new Error('lyingWorker runs only as a worker thread');
port.once('message', () => {
  port.postMessage({ type: 'commit', id: 0, batch: { sourceId: 'dropbox', captured: 'everything' } });
});
