/** The capture worker's entry (a worker_threads thread started by engineProxy.ts): the real engine. */
import { parentPort } from 'node:worker_threads';
import { runEngineWorker } from './engineWorker';

if (parentPort === null) throw new Error('captureWorker runs only as a worker thread');
runEngineWorker(parentPort);
