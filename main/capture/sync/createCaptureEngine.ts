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
 * (its transaction and commit, the views' queries that follow it, the ack's round trip), so
 * fewer, larger batches cost less CPU; what they cost instead is memory, and since the hand-over
 * is serialized once (the worker's JSON bytes pass through main unread and are freed once sent,
 * see worker/sealBatch.ts), that memory is the capture worker's, not main's heap: a batch is
 * built, serialized and sent while the next one is fetched and understood.
 * Measured (test/bench cold mirror, 1,000 messages, 28 MB fetched; one run each, app CPU = core
 * + renderer + browser; main-side RSS = the whole process, the worker's heap included):
 *   before the change, 100 / 2 MB: 22 batches, 10.5 CPU s, 242 MB (main's V8 heap 71 MB);
 *   100 / 2 MB: 23 batches, 8.6 CPU s, 228 MB (main's heap 61 MB, the worker's 64 MB);
 *   250 / 3 MB: 17 batches, 7.9 CPU s, 238 MB (the worker's heap 73 MB);
 *   250 / 4 MB: 13 batches, 7.2 CPU s, 250 MB (the worker's heap 72 MB);
 *   500 / 8 MB: 7 batches, 6.4–8.5 CPU s, 277–284 MB (the worker's heap 97 MB).
 * Earlier, with the batch's object graph cloned into main, 250 / 8 MB took main to 346 MB.
 * The mail of these messages averages 28 KB fetched, so the byte bound below cuts most batches
 * and the count matters for short mail. 250 / 3 MB: most of the CPU larger batches save, with
 * the process's peak still under what 100 / 2 MB cost before. Since then the worker's code is
 * held one byte per character, main gives back start-up's young generation when capture starts
 * and the batch JSON is written message by message (README "Main's memory"): at 250 / 3 MB the
 * peak is 187–205 MB over 1,500 messages and 219 MB over 5,000 (99 MB at rest).
 */
const DEFAULT_CHUNK_SIZE = 250;
/**
 * Message bytes fetched for one batch at most, for the same reason: a batch of long texts is
 * split earlier. (In the worker a batch is held twice at worst, one being serialized and sent
 * and the next being understood, and understood text takes about as much memory again as its
 * bytes, its JSON as much once more while it is encoded.)
 */
const DEFAULT_BATCH_BYTES = 3 * 1024 * 1024;
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
