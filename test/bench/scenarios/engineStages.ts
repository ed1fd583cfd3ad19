/**
 * Where the cold mirror's time goes, from the engine's side: the real capture engine over the
 * same drop box, with a sink that acknowledges at once (no IPC, no store), run twice:
 *  - fetch only: `understand` replaced by a no-op, so only the IMAP side of the work is left;
 *  - fetch + understand: the real understandMessage (mailparser, forwards, authentication);
 *  - paced store: the same with a sink that serializes each batch (as the IPC layer does) and
 *    acknowledges it only after PACE_MS, like a store that takes its time: shows whether the
 *    engine's work overlaps the store's, and what the engine holds meanwhile.
 * The full app's time minus these is the hand-over (IPC) and the store. CPU seconds of the
 * process are reported too: on 2 cores, CPU is what competes with the renderer and Dovecot.
 * Each run is made in a child process of its own (core/stageChild.ts, bundled, plain node, as
 * main runs), so its peak RSS (VmHWM) is the engine's alone; V8 heap and Buffer peaks are sampled
 * (of main's thread only). The engine runs as in the app, in its worker thread behind main's
 * proxy (main/capture/worker), so the peak counts both threads; the fetch-only stage's worker
 * is the app's with understanding replaced (core/fetchOnlyWorker.ts). The profiled run is made
 * in-process instead, so that the profiler, which sees one thread, sees the engine's code.
 */
import { writeFileSync } from 'node:fs';
import type { CaptureBatch } from '../../../shared/domain/capture';
import type { ServerLogin } from '../../../shared/settings/account';
import { z } from 'zod';
import type { BatchSink, CaptureEngine, CaptureEngineOptions, CaptureSource, UnderstandBase } from '../../../main/capture/sync';
import { type BenchStack, imapLogin } from '../support/benchStack';
import { offlineDns } from '../support/offlineDns';
import { procMemory } from '../support/procStatus';

export type StageMode = 'fetch-only' | 'fetch+understand' | 'paced-store';

/** What a run needs to know about the mail stack; plain data, so it crosses to a child. */
export interface StageTarget {
  login: ServerLogin;
  owner: string;
  dropbox: string;
}

export function stageTarget(env: BenchStack): StageTarget {
  return { login: imapLogin(env.stack, env.dropbox), owner: env.owner.address, dropbox: env.dropbox.address };
}

/** Peaks of one run, in MB. */
export interface StageMemory {
  /** RSS when the run started */
  startRssMb: number;
  /** peak RSS during the run (VmHWM, reset at the start where Linux allows) */
  peakRssMb: number;
  heapUsedMb: number;
  heapTotalMb: number;
  arrayBuffersMb: number;
}

export interface StageRun {
  mode: StageMode;
  seconds: number;
  cpuSeconds: number;
  messages: number;
  captured: number;
  rejected: number;
  bytesReceived: number;
  bodyBytes: number;
  memory: StageMemory;
  /** most batches handed to the sink and not yet acknowledged at one time */
  maxInFlight: number;
}

/** Resets VmHWM to the current RSS (Linux ≥ 4.0); without it the peak is the process's. */
function resetPeakRss(): void {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // not Linux, or not allowed: the peak then covers the process's whole life
  }
}

const MB = 1024 * 1024;

/** BENCH_ENGINE='{"chunkSize":50,"batchBytes":2000000}' tries other engine settings. */
function engineTuning(): Pick<CaptureEngineOptions, 'chunkSize' | 'batchBytes'> {
  const raw = process.env.BENCH_ENGINE;
  if (raw === undefined || raw === '') return {};
  const parsed = z.object({ chunkSize: z.number().int().positive().optional(), batchBytes: z.number().int().positive().optional() }).parse(JSON.parse(raw));
  return { ...(parsed.chunkSize === undefined ? {} : { chunkSize: parsed.chunkSize }), ...(parsed.batchBytes === undefined ? {} : { batchBytes: parsed.batchBytes }) };
}

/** How long the 'paced-store' sink takes per batch. */
export const PACE_MS = 400;

/** What every stage's engine is given; the factory decides where it runs. */
export interface StageSetup {
  sources: CaptureSource[];
  checkpoints: ReadonlyMap<string, undefined>;
  sink: BatchSink;
  understandContext: UnderstandBase;
  tuning: Pick<CaptureEngineOptions, 'chunkSize' | 'batchBytes'>;
}

/**
 * Builds a stage's engine: in its worker thread as in the app (stageEngineWorker.ts, the stage
 * children), or in this thread (stageEngineInProcess.ts, for the profiler). Two modules, so a
 * stage child loads only the worker's side, as main does.
 */
export type StageEngineFactory = (setup: StageSetup, mode: StageMode) => CaptureEngine;

export async function runEngineStage(target: StageTarget, mode: StageMode, expected: number, timeoutMs: number, makeEngine: StageEngineFactory): Promise<StageRun> {
  resetPeakRss();
  const startRssKb = procMemory().rssKb;
  const peaks = { heapTotal: 0, heapUsed: 0, arrayBuffers: 0 };
  const sample = (): void => {
    const now = process.memoryUsage();
    peaks.heapTotal = Math.max(peaks.heapTotal, now.heapTotal);
    peaks.heapUsed = Math.max(peaks.heapUsed, now.heapUsed);
    peaks.arrayBuffers = Math.max(peaks.arrayBuffers, now.arrayBuffers);
  };
  const sampler = setInterval(sample, 50);
  let inFlight = 0;
  let maxInFlight = 0;
  let captured = 0;
  let rejected = 0;
  let lastCommit = 0;
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const sink = {
    async commit(batch: CaptureBatch) {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        if (mode === 'paced-store') {
          // What the IPC layer holds while the store works: the batch as JSON.
          const wire = JSON.stringify(batch);
          await new Promise((resolve) => setTimeout(resolve, PACE_MS));
          if (wire.length === 0) throw new Error('empty batch');
        }
      } finally {
        inFlight -= 1;
      }
      captured += batch.captured.length;
      rejected += batch.rejected.length;
      lastCommit = performance.now();
      if (captured + rejected >= expected) finish();
      return batch.checkpoint;
    },
  };
  const engine = makeEngine(
    {
      sources: [{ id: 'dropbox', kind: 'dropbox', server: target.login, mailbox: 'INBOX' }],
      checkpoints: new Map(),
      sink,
      understandContext: { own: { primary: target.owner, verified: [], pending: [] }, dropBox: { addresses: [target.dropbox], delimiter: '+' }, resolver: offlineDns },
      tuning: engineTuning(),
    },
    mode,
  );
  const cpu = process.cpuUsage();
  const started = performance.now();
  engine.start();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([done, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`engine (${mode}) took over ${timeoutMs} ms: ${captured + rejected}/${expected}`)), timeoutMs)))]);
  } finally {
    clearTimeout(timer);
    clearInterval(sampler);
  }
  sample();
  const used = process.cpuUsage(cpu);
  const memory: StageMemory = {
    startRssMb: startRssKb / 1024,
    peakRssMb: procMemory().peakRssKb / 1024,
    heapUsedMb: peaks.heapUsed / MB,
    heapTotalMb: peaks.heapTotal / MB,
    arrayBuffersMb: peaks.arrayBuffers / MB,
  };
  // After stop: the worker's last figures have then reached main.
  await engine.stop();
  const stats = engine.stats().dropbox;
  return {
    mode,
    seconds: (lastCommit - started) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6,
    messages: captured + rejected,
    captured,
    rejected,
    bytesReceived: stats?.bytesReceived ?? 0,
    bodyBytes: stats?.bodyBytes ?? 0,
    memory,
    maxInFlight,
  };
}
