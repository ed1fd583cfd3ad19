/**
 * Main hands a batch from the capture worker to the store and keeps nothing of it while the
 * store commits (a second or more per batch in the cold mirror): what outlives V8's scavenges
 * grows main's young generation, which in Electron cannot be capped. It still counts the batch
 * once the store answers.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Checkpoint, SealedCaptureBatch } from '../../../../shared/domain/capture';
import { createWorkerCaptureEngine, type WorkerCaptureEngine } from '../../../../main/capture/worker/engineProxy';
import { collected } from '../../../support/collectGarbage';
import { createWorkerStats } from '../../../support/workerStats';

const source = {
  id: 'dropbox',
  kind: 'dropbox' as const,
  server: { host: '127.0.0.1', port: 1, tls: 'implicit' as const, user: 'crm', password: 'secret' },
  mailbox: 'INBOX',
};
const base = { own: { primary: 'sam@seller.example', verified: [], pending: [] }, dropBox: { addresses: ['crm@seller.example'] }, resolver: () => Promise.resolve([]) };

let engine: WorkerCaptureEngine | undefined;
afterEach(async () => {
  await engine?.stop();
  engine = undefined;
});

describe('a batch on its way from the capture worker to the store', () => {
  it('is not kept by main while the store commits it, and is counted once acknowledged', async () => {
    let ref: WeakRef<SealedCaptureBatch> | undefined;
    let answer: (checkpoint: Checkpoint) => void = () => undefined;
    let arrived: () => void = () => undefined;
    const handedOver = new Promise<void>((resolve) => (arrived = resolve));
    const stats = createWorkerStats(['dropbox']);
    engine = createWorkerCaptureEngine({
      sources: [source],
      checkpoints: new Map(),
      sink: {
        commit(batch) {
          ref = new WeakRef(batch);
          arrived();
          return new Promise<Checkpoint>((resolve) => (answer = resolve));
        },
      },
      understandContext: () => base,
      workerFile: { url: new URL('./oneBatchWorker.ts', import.meta.url), execArgv: ['--import', 'tsx'] },
      statsProbe: stats,
    });
    engine.start();
    await handedOver;
    expect(await collected(ref as WeakRef<SealedCaptureBatch>)).toBe(true);
    answer({ uidValidity: 1, lastUid: 9 });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(stats.read().dropbox).toMatchObject({ batches: 1, captured: 0, rejected: 0, expunged: 1 });
  }, 30_000);
});
