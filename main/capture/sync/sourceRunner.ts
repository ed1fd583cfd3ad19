/**
 * The life of one source: sessions one after another. imapflow never reconnects by itself, so
 * when a session fails the runner waits (exponential back-off with jitter, shown as 'offline'
 * with retryAt) and starts a new one. Failures that retrying cannot fix (wrong password,
 * untrusted certificate) stop the source in 'error' until syncNow(): a wrong password retried
 * in a loop gets accounts locked.
 */
import type { Checkpoint } from '../../../shared/domain/capture';
import { backoffDelay } from '../../platform/backoff';
import { classifySessionFailure } from './failure';
import { Wakeup } from './signals';
import type { EngineDeps, ProgressUpdate, SourceContext } from './sourceContext';
import { SyncSession } from './syncSession';
import type { CaptureSource, SourceStats } from './types';

export class SourceRunner {
  private readonly ctx: SourceContext;
  private readonly onProgress: (update: ProgressUpdate) => void;
  private stopped = false;
  private loop: Promise<void> | undefined;
  private session: SyncSession | undefined;
  /** what syncNow()/stop() wake while no session runs (back-off wait, parked after an error) */
  private pause: Wakeup | undefined;
  private failures = 0;
  private readonly random: () => number;
  private readonly stopping = new AbortController();

  constructor(source: CaptureSource, checkpoint: Checkpoint | undefined, deps: EngineDeps, onProgress: (update: ProgressUpdate) => void, random: () => number = Math.random) {
    this.onProgress = onProgress;
    this.random = random;
    const stats: SourceStats = {
      connectAttempts: 0,
      reconnects: 0,
      batches: 0,
      captured: 0,
      rejected: 0,
      expunged: 0,
      bytesReceived: 0,
      bodyBytes: 0,
      attachmentBytes: 0,
      state: 'connecting',
    };
    this.ctx = {
      source,
      deps,
      committed: checkpoint,
      stats,
      stopSignal: this.stopping.signal,
      seen: undefined,
      progress: (update) => {
        stats.state = update.state;
        if (update.reason === undefined) delete stats.reason;
        else stats.reason = update.reason;
        this.onProgress(update);
      },
      healthy: () => {
        this.failures = 0;
      },
    };
  }

  get context(): SourceContext {
    return this.ctx;
  }

  get currentSession(): SyncSession | undefined {
    return this.session;
  }

  start(): void {
    if (this.loop === undefined && !this.stopped) this.loop = this.run();
  }

  syncNow(): void {
    this.session?.wakeUp();
    this.pause?.notify();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.stopping.abort();
    this.pause?.notify();
    await this.session?.close();
    await this.loop;
  }

  stats(): SourceStats {
    return { ...this.ctx.stats, bytesReceived: this.ctx.stats.bytesReceived + (this.session?.liveBytes() ?? 0) };
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      const session = new SyncSession(this.ctx);
      this.session = session;
      let failure: unknown;
      try {
        await session.run();
      } catch (err) {
        failure = err;
      } finally {
        await session.close();
        this.session = undefined;
      }
      if (this.stopped) break;
      await this.afterFailure(failure);
    }
  }

  private async afterFailure(err: unknown): Promise<void> {
    const failure = classifySessionFailure(err);
    this.ctx.stats.reconnects += 1;
    const pause = new Wakeup();
    this.pause = pause;
    try {
      if (this.stopped) return;
      if (failure.permanent) {
        this.ctx.progress({ state: 'error', done: 0, total: 0, reason: failure.reason });
        await pause.wait();
        this.failures = 0;
        return;
      }
      this.failures += 1;
      const delay = backoffDelay(this.failures, this.ctx.deps.retry, this.random);
      const retryAt = this.ctx.deps.clock.now() + delay;
      this.ctx.progress({ state: failure.isError ? 'error' : 'offline', done: 0, total: 0, reason: failure.reason, retryAt });
      await pause.wait(delay);
    } finally {
      this.pause = undefined;
    }
  }
}
