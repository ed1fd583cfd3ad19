/**
 * The capture engine: one runner per source, each mirroring its mailbox into the sink
 * (DESIGN "How data flows" 1–4). It starts from the checkpoints the store holds and afterwards
 * only from what the store answers to each commit.
 */
import type { ImapFlow } from 'imapflow';
import { MAX_CAPTURE_BYTES, understandMessage } from '../understand';
import { downloadAttachment } from './downloadAttachment';
import { UnknownSourceError } from './errors';
import { closeClient } from './imapClients';
import type { EngineDeps } from './sourceContext';
import { SourceRunner } from './sourceRunner';
import type { CaptureEngine, CaptureEngineOptions, RetryPolicy, SourceStats } from './types';

/** Reconnects: 1 s after the first failure, doubling, at most 5 min apart. */
const DEFAULT_RETRY: RetryPolicy = { baseMs: 1_000, maxMs: 5 * 60_000 };

/**
 * Messages per batch at most. Every batch costs the store a fixed share besides its messages
 * (its transaction and commit, the views' queries that follow it, the ack's round trip): 100
 * took about 15% less CPU than 50 over a cold mirror (test/bench, 1,500 messages, runs with the
 * machine otherwise quiet: 12.3 CPU seconds and 7.9 s against 14.5 and 9.7 s; the renderer and
 * IndexedDB's process gained most). The 2 MB below still cuts most batches (30 instead of 41). What bounds main's memory is the byte limit below: every batch
 * is materialized in main (from the capture worker, checked, handed to IPC) and all of it is
 * alive while that happens, so V8 counts it as surviving, and main's young generation grows with
 * what survives and, in Electron, cannot be capped. Batches of 200 with no tighter byte bound
 * grew it to 128 MB; 100 within 2 MB keep main's peak where 50 did (about 240 MB in the bench).
 */
const DEFAULT_CHUNK_SIZE = 100;
/**
 * Message bytes fetched for one batch at most, for the same reason: a batch of long texts is
 * split earlier. (In the worker a batch is held twice at worst, one committing and the next
 * being understood, and understood text takes about as much memory again as its bytes.)
 */
const DEFAULT_BATCH_BYTES = 2 * 1024 * 1024;
const DEFAULT_POLL_INTERVAL_MS = 60_000;
/**
 * A setup step (connect and login, SELECT) that takes longer has met a server that stopped
 * answering: imapflow alone would wait for its socketTimeout (5 min). Generous for a SELECT of a
 * large mailbox with QRESYNC on a slow link, short enough that a stuck attempt costs seconds.
 */
const DEFAULT_STEP_TIMEOUT_MS = 30_000;

export { UnknownSourceError } from './errors';

export function createCaptureEngine(options: CaptureEngineOptions): CaptureEngine {
  const understandContext = options.understandContext;
  const deps: EngineDeps = {
    sink: options.sink,
    clock: options.clock,
    understandBase: typeof understandContext === 'function' ? understandContext : () => understandContext,
    understand: options.understand ?? understandMessage,
    chunkSize: Math.max(1, options.chunkSize ?? DEFAULT_CHUNK_SIZE),
    batchBytes: Math.max(1, options.batchBytes ?? DEFAULT_BATCH_BYTES),
    maxMessageBytes: options.maxMessageBytes ?? MAX_CAPTURE_BYTES,
    pollIntervalMs: options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS,
    stepTimeoutMs: options.stepTimeoutMs ?? DEFAULT_STEP_TIMEOUT_MS,
    qresync: options.qresync ?? true,
    retry: { ...DEFAULT_RETRY, ...options.retry },
    knownUids: options.knownUids,
    recapture: options.recapture,
  };
  const runners = new Map<string, SourceRunner>();
  for (const source of options.sources) {
    if (runners.has(source.id)) throw new Error(`capture source "${source.id}" is listed twice`);
    const onProgress = options.onProgress;
    runners.set(
      source.id,
      new SourceRunner(source, options.checkpoints.get(source.id), deps, (update) => onProgress?.({ sourceId: source.id, ...update })),
    );
  }
  const temporaryClients = new Set<ImapFlow>();
  let stopped = false;

  const runner = (sourceId: string): SourceRunner => {
    const found = runners.get(sourceId);
    if (found === undefined) throw new UnknownSourceError(sourceId);
    return found;
  };

  return {
    start() {
      if (stopped) throw new Error('a stopped capture engine cannot be started again');
      for (const r of runners.values()) r.start();
    },
    async stop() {
      stopped = true;
      await Promise.all([...runners.values()].map((r) => r.stop()));
      await Promise.all([...temporaryClients].map((client) => closeClient(client)));
    },
    syncNow(sourceId) {
      runner(sourceId).syncNow();
    },
    async downloadAttachment(sourceId, uidValidity, uid, part) {
      if (stopped) throw new Error('the capture engine is stopped');
      const r = runner(sourceId);
      return downloadAttachment(r.context, r.currentSession, uidValidity, uid, part, temporaryClients);
    },
    stats() {
      const out: Record<string, SourceStats> = {};
      for (const [id, r] of runners) out[id] = r.stats();
      return out;
    },
  };
}
