/**
 * Where the cold mirror's time goes, from the engine's side: the real capture engine over the
 * same drop box, with a sink that acknowledges at once (no IPC, no store), run twice:
 *  - fetch only: `understand` replaced by a no-op, so only the IMAP side of the work is left;
 *  - fetch + understand: the real understandMessage (mailparser, forwards, authentication).
 * The full app's time minus these is the hand-over (IPC) and the store. CPU seconds of this
 * process are reported too: on 2 cores, CPU is what competes with the renderer and Dovecot.
 */
import type { CaptureBatch } from '../../../shared/domain/capture';
import { createCaptureEngine } from '../../../main/capture/sync';
import type { UnderstandFn } from '../../../main/capture/sync';
import type { BenchStack } from '../support/benchStack';
import { imapLogin } from '../support/benchStack';
import { offlineDns } from '../support/offlineDns';

export type StageMode = 'fetch-only' | 'fetch+understand';

export interface StageRun {
  mode: StageMode;
  seconds: number;
  cpuSeconds: number;
  messages: number;
  captured: number;
  rejected: number;
  bytesReceived: number;
  bodyBytes: number;
}

/** Stands in for understandMessage: every message "rejected" with no work done. */
const skipUnderstanding: UnderstandFn = async (raw, ctx) => ({ kind: 'rejected', rejected: { source: ctx.source, reason: 'unparseable', size: raw.length } });

export async function runEngineStage(env: BenchStack, mode: StageMode, expected: number, timeoutMs: number): Promise<StageRun> {
  let captured = 0;
  let rejected = 0;
  let lastCommit = 0;
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const sink = {
    async commit(batch: CaptureBatch) {
      captured += batch.captured.length;
      rejected += batch.rejected.length;
      lastCommit = performance.now();
      if (captured + rejected >= expected) finish();
      return batch.checkpoint;
    },
  };
  const engine = createCaptureEngine({
    sources: [{ id: 'dropbox', kind: 'dropbox', server: imapLogin(env.stack, env.dropbox), mailbox: 'INBOX' }],
    checkpoints: new Map(),
    sink,
    understandContext: { own: { primary: env.owner.address, verified: [], pending: [] }, dropBox: { addresses: [env.dropbox.address], delimiter: '+' }, resolver: offlineDns },
    clock: { now: () => Date.now() },
    ...(mode === 'fetch-only' ? { understand: skipUnderstanding } : {}),
  });
  const cpu = process.cpuUsage();
  const started = performance.now();
  engine.start();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([done, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`engine (${mode}) took over ${timeoutMs} ms: ${captured + rejected}/${expected}`)), timeoutMs)))]);
  } finally {
    clearTimeout(timer);
  }
  const used = process.cpuUsage(cpu);
  const stats = engine.stats().dropbox;
  await engine.stop();
  return {
    mode,
    seconds: (lastCommit - started) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6,
    messages: captured + rejected,
    captured,
    rejected,
    bytesReceived: stats?.bytesReceived ?? 0,
    bodyBytes: stats?.bodyBytes ?? 0,
  };
}
