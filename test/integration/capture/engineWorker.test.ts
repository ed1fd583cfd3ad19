/**
 * The capture engine in its worker thread (main/capture/worker), against the real mail stack:
 * a worker that crashes, hangs or runs out of memory is replaced and the mirror completes with
 * every message committed exactly once (a new worker resumes from the store's checkpoints), and
 * a message that kills every worker ends up Rejected as unparseable instead of stopping capture.
 * The faults are committed by faultyWorker.ts on messages whose subject names them.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResourceLimits } from 'node:worker_threads';
import { describe, expect, it, vi } from 'vitest';
import { createWorkerCaptureEngine, type WorkerDeathReason } from '../../../main/capture/worker/engineProxy';
import { captureSuite, type CaptureStack, deliverAll, ownerMail, ProgressLog, serverLogin, understandBase } from './fixtures';
import { createWorkerStats } from '../../support/workerStats';
import { RecordingStore } from './recordingStore';
import { openedSink } from '../../support/captureBatchEvent';

const suite = captureSuite();

/** Mails 1..count; mail `at` carries the fault in its subject. */
function mails(c: CaptureStack, count: number, at: number, fault: string): string[] {
  return Array.from({ length: count }, (_, i) => ownerMail(c, `m${i + 1}`, i + 1 === at ? { subject: `${fault} m${i + 1}` } : {}));
}

function startFaulty(c: CaptureStack, options: { hangMs?: number; resourceLimits?: ResourceLimits } = {}) {
  process.env.BLINDCOPY_FAULT_DIR = mkdtempSync(join(tmpdir(), 'blindcopy-fault-'));
  const store = new RecordingStore();
  const progress = new ProgressLog();
  const deaths: WorkerDeathReason[] = [];
  const stats = createWorkerStats(['dropbox']);
  const engine = createWorkerCaptureEngine({
    sources: [{ id: 'dropbox', kind: 'dropbox', server: serverLogin(c.stack, c.dropbox), mailbox: 'INBOX' }],
    checkpoints: new Map(),
    sink: openedSink(store),
    understandContext: () => understandBase(c),
    // as understandBase's resolver: no network from tests
    dns: 'offline',
    onProgress: progress.record,
    tuning: { chunkSize: 4, retry: { baseMs: 50, maxMs: 1000 } },
    workerFile: { url: new URL('./faultyWorker.ts', import.meta.url), execArgv: ['--import', 'tsx'] },
    restart: { baseMs: 50, maxMs: 500 },
    onWorkerDeath: (reason) => deaths.push(reason),
    statsProbe: stats,
    ...options,
  });
  suite.running.add(engine);
  engine.start();
  return { engine, store, progress, deaths, stats };
}

describe('the capture engine in a worker thread', () => {
  it('a worker that crashes mid-mirror is replaced, and every message is committed once', async () => {
    const c = await suite.dropBoxFor('worker-crash');
    await deliverAll(c, mails(c, 14, 7, 'crash-once'));
    const { store, progress, deaths } = startFaulty(c);
    await store.waitFor(() => store.messages.size === 14, 30_000, 'all 14 captured');
    expect(deaths).toEqual(['worker-crashed']);
    expect(store.redelivered).toBe(0);
    expect(store.regressions).toBe(0);
    expect(progress.events.some((p) => p.state === 'error' && p.reason === 'worker-crashed' && p.retryAt !== undefined)).toBe(true);
  });

  it('a message that kills every worker is rejected as unparseable; the others are captured', async () => {
    const c = await suite.dropBoxFor('worker-poison');
    await deliverAll(c, mails(c, 10, 5, 'crash-always'));
    const { stats, store, deaths } = startFaulty(c);
    await store.waitFor(() => store.copies.size === 10, 30_000, 'all 10 committed');
    expect(store.messages.size).toBe(9);
    const rejected = [...store.copies.values()].filter((copy) => copy.kind === 'rejected');
    expect(rejected).toHaveLength(1);
    expect(rejected[0]?.kind === 'rejected' && rejected[0].rejected).toMatchObject({ reason: 'unparseable', subject: 'crash-always m5', detail: 'understanding failed: CaptureWorkerDied' });
    // in flight with neighbours once, then alone once: two deaths, never more
    expect(deaths).toEqual(['worker-crashed', 'worker-crashed']);
    expect(store.redelivered).toBe(0);
    // the worker's figures reach main a moment after the commit (stats every 250 ms)
    await vi.waitFor(() => expect(stats.read().dropbox).toMatchObject({ captured: 9, rejected: 1 }));
  });

  it('a hung worker (no heartbeat) is ended and replaced', async () => {
    const c = await suite.dropBoxFor('worker-hang');
    await deliverAll(c, mails(c, 8, 3, 'hang-once'));
    const { store, deaths } = startFaulty(c, { hangMs: 1500 });
    await store.waitFor(() => store.messages.size === 8, 30_000, 'all 8 captured');
    expect(deaths).toEqual(['worker-hung']);
    expect(store.redelivered).toBe(0);
  });

  it('a worker out of memory is replaced', async () => {
    const c = await suite.dropBoxFor('worker-oom');
    await deliverAll(c, mails(c, 8, 6, 'oom-once'));
    const { store, deaths } = startFaulty(c, { resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 96 } });
    await store.waitFor(() => store.messages.size === 8, 60_000, 'all 8 captured');
    expect(deaths).toEqual(['worker-out-of-memory']);
    expect(store.redelivered).toBe(0);
  });
});
