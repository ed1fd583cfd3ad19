/**
 * The capture engine as main sees it: the CaptureEngine interface, with the engine itself in a
 * worker thread (engineWorker.ts). Why: a cold mirror's fetching and understanding churn
 * through V8's young generation, which Electron's main lets grow to 128 MB and accepts no flag
 * to bound; a worker takes `resourceLimits`, so main's peak memory stays near its resting size.
 *
 * Main keeps what must outlive a worker: the checkpoints the store acknowledged (a new worker
 * resumes from them, so a batch not acked is fetched again and nothing is lost or doubled) and
 * which messages were being understood (blame.ts). The engine's counters reach main only for a
 * `statsProbe` (tests, benchmarks: test/support/workerStats.ts sums them across workers). A worker that dies (out of
 * memory, a crash, a message main refuses) or hangs (no heartbeat) is ended; its sources report
 * 'error' with the reason and the time of the next try, and a new worker starts after a
 * back-off, once the batches already handed to the store are answered.
 */
import { type ResourceLimits, Worker } from 'node:worker_threads';
import type { Checkpoint, SealedCaptureBatch, SourceProgress } from '../../../shared/domain/capture';
import { AttachmentUnavailableError, type AttachmentUnavailableCode, UnknownSourceError } from '../sync/errors';
import type { CaptureEngine, CaptureSource, RetryPolicy, SourceStats, UnderstandBase } from '../sync/types';
import { nominalDelay } from '../../platform/backoff';
import { createBlame } from './blame';
import { createPendingRequests } from '../../platform/pendingRequests';
import { type EngineTuning, type FromWorker, FromWorkerSchema, type RecaptureItem, type ToWorker, type UnderstandBaseData, type WorkerDns } from './protocol';
import { captureWorkerFile, type WorkerFile } from './workerFile';

export type WorkerDeathReason = 'worker-out-of-memory' | 'worker-crashed' | 'worker-hung' | 'worker-invalid-message';

export interface WorkerEngineOptions {
  sources: readonly CaptureSource[];
  /** the checkpoints the store holds, by source id */
  checkpoints: ReadonlyMap<string, Checkpoint | undefined>;
  /** takes each batch as the worker sealed it (header + serialized body): main never opens it */
  sink: SealedBatchSink;
  /** read when a worker starts and on refreshContext() */
  understandContext: () => Omit<UnderstandBase, 'resolver'>;
  /** how the worker resolves DNS (default 'system': node:dns) */
  dns?: WorkerDns;
  onProgress?: (progress: SourceProgress) => void;
  /** R3.8's queue, kept in main so that it outlives workers */
  recapture?: { items(): RecaptureItem[]; done(sourceId: string, uids: readonly number[]): void };
  tuning?: EngineTuning;
  workerFile?: WorkerFile;
  resourceLimits?: ResourceLimits;
  /** delay before a new worker after one died, doubling per death in a row (default 1 s … 1 min) */
  restart?: Partial<RetryPolicy>;
  /** a worker not heard from for this long is hung, and ended (default 30 s) */
  hangMs?: number;
  /** told of each worker death (tests; main's log) */
  onWorkerDeath?: (reason: WorkerDeathReason) => void;
  /** test-only hook: the engine's counters, which nothing in the app reads */
  statsProbe?: WorkerStatsProbe;
}

/** The store's side of the hand-over, as main sees it: a sealed batch out, its checkpoint back. */
export interface SealedBatchSink {
  commit(batch: SealedCaptureBatch): Promise<Checkpoint>;
}

/** What main counts of a batch: taken before it goes to the store, so the batch is not kept. */
export interface BatchCounts {
  sourceId: string;
  captured: number;
  rejected: number;
  expunged: number;
}

/** What main learns of the engine's counters, for tests and benchmarks (test/support/workerStats.ts). */
export interface WorkerStatsProbe {
  /** the store acknowledged this batch */
  committed(batch: BatchCounts): void;
  /** a worker's counters (they start from zero in each worker) */
  update(stats: Record<string, SourceStats>): void;
  /** the worker died: its figures so far become part of the past */
  workerEnded(): void;
  /** the state a source is in while no worker runs it */
  setState(sourceId: string, state: SourceStats['state'], reason: string | undefined): void;
}

/** The engine in its worker; its counters go to `statsProbe`, not to a stats() of its own. */
export interface WorkerCaptureEngine extends Omit<CaptureEngine, 'stats'> {
  /** the understand context changed (own addresses): the worker gets it for its next chunks */
  refreshContext(): void;
}

/**
 * Young generation: small, so the engine's garbage (fetched bytes, parser output) is collected
 * young and often; it is what sets the thread's share of the peak (8 MB against 16: about 10 MB
 * less at the cold mirror's peak, for about 1 s more CPU over 5,000 messages). Old generation: the live
 * data is a couple of batches (8 MB of mail each) and the messages being understood; the bound
 * is far above that and stops a hostile message from taking the machine's memory.
 */
const DEFAULT_RESOURCE_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 1024 };
const DEFAULT_RESTART: RetryPolicy = { baseMs: 1000, maxMs: 60_000 };
/** Far above a heartbeat (1 s) and any single synchronous step of the engine. */
const DEFAULT_HANG_MS = 30_000;
/** Loading the worker's code (a few MB, or the sources under tsx in tests) on a busy machine. */
const STARTUP_MS = 60_000;
/** How long a stopping worker may take to log out before it is ended. */
const STOP_MS = 10_000;

interface Live {
  worker: Worker;
  /** its code is loaded: from then on, silence longer than hangMs is a hang */
  ready: boolean;
  lastHeard: number;
  reason: WorkerDeathReason | undefined;
}

const ATTACHMENT_CODES = new Set<string>(['bad-part', 'stale', 'not-found']);

function downloadError(message: Extract<FromWorker, { type: 'download-failed' }>): Error {
  if (message.name === 'AttachmentUnavailableError' && message.code !== undefined && ATTACHMENT_CODES.has(message.code)) {
    return new AttachmentUnavailableError(message.code as AttachmentUnavailableCode, message.message);
  }
  return Object.assign(new Error(message.message), { name: message.name });
}

/** Only the plain data crosses (a caller may hand in a full UnderstandBase, resolver and all). */
function baseData(base: Omit<UnderstandBase, 'resolver'>): UnderstandBaseData {
  const out: UnderstandBaseData = {
    own: { primary: base.own.primary, verified: [...base.own.verified], pending: [...base.own.pending] },
    dropBox: { addresses: [...base.dropBox.addresses], ...(base.dropBox.delimiter === undefined ? {} : { delimiter: base.dropBox.delimiter }) },
  };
  if (base.authservId !== undefined) out.authservId = base.authservId;
  return out;
}

export function createWorkerCaptureEngine(options: WorkerEngineOptions): WorkerCaptureEngine {
  const file = options.workerFile ?? captureWorkerFile();
  const restart = { ...DEFAULT_RESTART, ...options.restart };
  const hangMs = options.hangMs ?? DEFAULT_HANG_MS;
  const sourceIds = options.sources.map((s) => s.id);
  const checkpoints = new Map(options.checkpoints);
  const stats = options.statsProbe;
  const blame = createBlame();
  const lastProgress = new Map<string, SourceProgress>();
  const commitsInFlight = new Set<Promise<void>>();
  /** attachments asked of the worker, by request id */
  const downloads = createPendingRequests<Buffer>();
  let current: Live | undefined;
  let stopped = false;
  /** deaths since the store last acknowledged a batch: the back-off's exponent */
  let deathsInARow = 0;
  let restartTimer: NodeJS.Timeout | undefined;
  let hangWatch: NodeJS.Timeout | undefined;

  const send = (live: Live, message: ToWorker): void => {
    if (current === live) live.worker.postMessage(message);
  };

  function spawn(): void {
    const worker = new Worker(file.url, { ...(file.execArgv === undefined ? {} : { execArgv: file.execArgv }), resourceLimits: options.resourceLimits ?? DEFAULT_RESOURCE_LIMITS });
    const live: Live = { worker, ready: false, lastHeard: Date.now(), reason: undefined };
    current = live;
    worker.on('message', (raw: unknown) => onMessage(live, raw));
    worker.on('error', (err: Error & { code?: unknown }) => {
      live.reason ??= err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'worker-out-of-memory' : 'worker-crashed';
    });
    worker.on('exit', () => onExit(live));
    send(live, {
      type: 'init',
      sources: [...options.sources],
      checkpoints: [...checkpoints].flatMap(([id, c]) => (c === undefined ? [] : [[id, c] as [string, Checkpoint]])),
      base: baseData(options.understandContext()),
      tuning: options.tuning ?? {},
      dns: options.dns ?? 'system',
      reportStats: stats !== undefined,
      recapture: options.recapture?.items() ?? [],
      suspects: blame.suspects(),
      quarantined: blame.quarantined(),
    });
  }

  function end(live: Live, reason: WorkerDeathReason): void {
    live.reason ??= reason;
    void live.worker.terminate();
  }

  function onExit(live: Live): void {
    if (current !== live) return;
    current = undefined;
    if (stopped) return;
    const reason = live.reason ?? 'worker-crashed';
    blame.died();
    stats?.workerEnded();
    downloads.rejectAll(() => new Error('Capture was interrupted; try again.'));
    deathsInARow += 1;
    const delay = nominalDelay(deathsInARow, restart);
    const retryAt = Date.now() + delay;
    for (const sourceId of sourceIds) {
      stats?.setState(sourceId, 'error', reason);
      const last = lastProgress.get(sourceId);
      options.onProgress?.({ sourceId, state: 'error', done: last?.done ?? 0, total: last?.total ?? 0, reason, retryAt });
    }
    options.onWorkerDeath?.(reason);
    restartTimer = setTimeout(() => void restartAfterCommits(), delay);
  }

  /** The batches the dead worker handed over are answered first: the new one resumes after them. */
  async function restartAfterCommits(): Promise<void> {
    restartTimer = undefined;
    await Promise.allSettled([...commitsInFlight]);
    if (!stopped && current === undefined) spawn();
  }

  function commit(live: Live, id: number, batch: SealedCaptureBatch): void {
    // The batch goes to the store and is not kept here (see ipcBatchSink): what is needed once
    // it is answered is taken from its header now, and nothing below refers to the batch itself.
    const counts: BatchCounts = { sourceId: batch.sourceId, ...batch.counts };
    const answered = settleCommit(live, id, counts, options.sink.commit(batch));
    commitsInFlight.add(answered);
    void answered.finally(() => commitsInFlight.delete(answered));
  }

  function settleCommit(live: Live, id: number, counts: BatchCounts, committing: Promise<Checkpoint>): Promise<void> {
    return committing.then(
      (checkpoint) => {
        checkpoints.set(counts.sourceId, checkpoint);
        stats?.committed(counts);
        deathsInARow = 0;
        send(live, { type: 'committed', id, checkpoint });
      },
      (err: unknown) => send(live, { type: 'commit-failed', id, message: err instanceof Error ? err.message : 'The store did not commit the batch.' }),
    );
  }

  function onMessage(live: Live, raw: unknown): void {
    if (current !== live) return; // a dead worker's last words
    live.lastHeard = Date.now();
    const parsed = FromWorkerSchema.safeParse(raw);
    if (!parsed.success) {
      // A worker that breaks the protocol cannot be trusted with the next batch: end it; a
      // new one starts from the acknowledged checkpoints.
      end(live, 'worker-invalid-message');
      return;
    }
    // A commit goes on with the object as it arrived, checked but not zod's copy of it: the
    // copy would double what main allocates per batch, and main's young generation is what
    // this module exists to keep small. This is its one check in main: the registry sends it
    // on unchecked (emitChecked), the renderer checks it on its side.
    const message = parsed.data.type === 'commit' ? (raw as typeof parsed.data) : parsed.data;
    switch (message.type) {
      case 'ready':
        live.ready = true;
        return;
      case 'heartbeat':
        return;
      case 'commit':
        commit(live, message.id, message.batch);
        return;
      case 'progress':
        lastProgress.set(message.progress.sourceId, message.progress);
        options.onProgress?.(message.progress);
        return;
      case 'stats':
        stats?.update(message.stats as Record<string, SourceStats>);
        return;
      case 'recaptured':
        options.recapture?.done(message.sourceId, message.uids);
        return;
      case 'understanding':
        blame.understanding(message.key);
        return;
      case 'understood':
        blame.understood(message.key);
        return;
      case 'downloaded':
        downloads.resolve(message.id, Buffer.from(message.content.buffer, message.content.byteOffset, message.content.byteLength));
        return;
      case 'download-failed':
        downloads.reject(message.id, downloadError(message));
        return;
      case 'stopped':
        void live.worker.terminate();
        return;
    }
  }

  const knownSource = (sourceId: string): void => {
    if (!sourceIds.includes(sourceId)) throw new UnknownSourceError(sourceId);
  };

  return {
    start() {
      if (stopped) throw new Error('a stopped capture engine cannot be started again');
      if (current !== undefined || restartTimer !== undefined) return;
      spawn();
      hangWatch = setInterval(
        () => {
          if (current !== undefined && Date.now() - current.lastHeard > (current.ready ? hangMs : STARTUP_MS)) end(current, 'worker-hung');
        },
        Math.max(50, Math.min(1000, hangMs / 4)),
      );
      hangWatch.unref();
    },
    async stop() {
      stopped = true;
      clearTimeout(restartTimer);
      clearInterval(hangWatch);
      downloads.rejectAll(() => new Error('the capture engine is stopped'));
      const live = current;
      if (live === undefined) return;
      await new Promise<void>((resolve) => {
        live.worker.once('exit', () => resolve());
        const force = setTimeout(() => void live.worker.terminate(), STOP_MS);
        live.worker.once('exit', () => clearTimeout(force));
        live.worker.postMessage({ type: 'stop' } satisfies ToWorker);
      });
    },
    syncNow(sourceId) {
      knownSource(sourceId);
      if (current !== undefined) {
        send(current, { type: 'sync-now', sourceId, recapture: options.recapture?.items() ?? [] });
      } else if (restartTimer !== undefined && !stopped) {
        // "retry now" also skips the wait for a new worker
        clearTimeout(restartTimer);
        void restartAfterCommits();
      }
    },
    async downloadAttachment(sourceId, uidValidity, uid, part) {
      if (stopped) throw new Error('the capture engine is stopped');
      knownSource(sourceId);
      const live = current;
      if (live === undefined) throw new Error('Capture is restarting; try again.');
      const { id, answer } = downloads.open();
      send(live, { type: 'download', id, sourceId, uidValidity, uid, part });
      return answer;
    },
    refreshContext() {
      if (current !== undefined) send(current, { type: 'context', base: baseData(options.understandContext()) });
    },
  };
}
