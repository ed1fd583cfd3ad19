/**
 * Both ends of the capture worker's boundary refuse what is outside the protocol
 * (main/capture/worker/protocol.ts): main ends a worker that sends a bad message, without
 * handing anything of it to the store, and starts another; the worker dies on a bad message
 * from main, naming the field, never its value (logins carry passwords).
 */
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { SourceProgress } from '../../../../shared/domain/capture';
import { createWorkerCaptureEngine, type WorkerCaptureEngine, type WorkerDeathReason } from '../../../../main/capture/worker/engineProxy';
import { captureWorkerFile } from '../../../../main/capture/worker/workerFile';
import { createWorkerStats } from '../../../support/workerStats';

const source = {
  id: 'dropbox',
  kind: 'dropbox' as const,
  server: { host: '127.0.0.1', port: 1, tls: 'implicit' as const, user: 'crm', password: 'hunter2-secret' },
  mailbox: 'INBOX',
};
const baseData = { own: { primary: 'sam@seller.example', verified: [], pending: [] }, dropBox: { addresses: ['crm@seller.example'] } };
const base = { ...baseData, resolver: () => Promise.resolve([]) };

let engine: WorkerCaptureEngine | undefined;
afterEach(async () => {
  await engine?.stop();
  engine = undefined;
});

describe('the capture worker boundary', () => {
  it('main refuses a message outside the protocol: the worker is ended, the store sees nothing, a new worker starts', async () => {
    const commits: unknown[] = [];
    const progress: SourceProgress[] = [];
    const deaths: WorkerDeathReason[] = [];
    let twice: () => void = () => undefined;
    const secondDeath = new Promise<void>((resolve) => (twice = resolve));
    const stats = createWorkerStats(['dropbox']);
    engine = createWorkerCaptureEngine({
      sources: [source],
      checkpoints: new Map(),
      sink: { commit: (batch) => (commits.push(batch), Promise.resolve({ uidValidity: 1, lastUid: 1 })) },
      understandContext: () => base,
      onProgress: (p) => progress.push(p),
      workerFile: { url: new URL('./lyingWorker.ts', import.meta.url), execArgv: ['--import', 'tsx'] },
      restart: { baseMs: 20, maxMs: 20 },
      statsProbe: stats,
      onWorkerDeath: (reason) => {
        deaths.push(reason);
        if (deaths.length === 2) twice();
      },
    });
    engine.start();
    await secondDeath;
    expect(deaths).toEqual(['worker-invalid-message', 'worker-invalid-message']);
    expect(commits).toEqual([]);
    expect(progress[0]).toMatchObject({ sourceId: 'dropbox', state: 'error', reason: 'worker-invalid-message' });
    expect(stats.read().dropbox).toMatchObject({ state: 'error', reason: 'worker-invalid-message', batches: 0 });
  }, 30_000);

  it('the worker refuses a message outside the protocol, naming the field and not the password', async () => {
    const file = captureWorkerFile();
    const worker = new Worker(file.url, { execArgv: file.execArgv ?? [] });
    const failed = once(worker, 'error');
    worker.postMessage({ type: 'init', sources: [{ ...source, server: { ...source.server, port: 'imaps' } }], checkpoints: [], base: baseData, tuning: {}, dns: 'offline', recapture: [], suspects: [], quarantined: [] });
    const [err] = (await failed) as [Error];
    expect(err.message).toContain('invalid message from main');
    expect(err.message).toContain('sources.0.server.port');
    expect(err.message).not.toContain('hunter2');
    await worker.terminate();
  }, 30_000);
});
