/**
 * What the core child reported about the capture hand-over, and waits on it: until N messages
 * are committed, until one Message-ID is, until capture is idle. Every wait is woken by an
 * event from the child, none polls.
 */
import type { FromChild } from './protocol';

export interface BatchRecord {
  batchId: string;
  emittedAt: number;
  messageIds: string[];
  rejected: number;
  committedAt: number | undefined;
}

/**
 * Where the time between capture:start and the last ack went. One batch is in flight at a time,
 * so the two parts add up to the whole; main works on the next chunk while a batch is in flight,
 * so `mainMs` is only the part of main's work the store had to wait for.
 */
export interface HandOverSplit {
  /** capture:start → first batch out, plus each ack → next batch out: main fetching and understanding, not hidden behind the store */
  mainMs: number;
  /** each batch out → its ack: bridge, the renderer's parse and IndexedDB commit */
  storeMs: number;
  batches: number;
}

export class CommitLog {
  captureStartedAt: number | undefined;
  lastCommitAt = 0;
  committedMessages = 0;
  state = 'none';
  /** set when the core went away: every wait fails at once instead of at its timeout */
  private failure: string | undefined;
  private readonly batches = new Map<string, BatchRecord>();
  private readonly committedAtById = new Map<string, number>();
  private readonly waiters = new Set<() => void>();

  record(event: FromChild): void {
    switch (event.type) {
      case 'captureStarted':
        this.captureStartedAt ??= event.at;
        break;
      case 'emitted':
        this.batches.set(event.batchId, { batchId: event.batchId, emittedAt: event.at, messageIds: event.messageIds, rejected: event.rejected, committedAt: undefined });
        break;
      case 'committed': {
        const batch = this.batches.get(event.batchId);
        if (batch === undefined || batch.committedAt !== undefined) break;
        batch.committedAt = event.at;
        this.lastCommitAt = Math.max(this.lastCommitAt, event.at);
        this.committedMessages += batch.messageIds.length + batch.rejected;
        for (const id of batch.messageIds) this.committedAtById.set(id, event.at);
        break;
      }
      case 'progress':
        this.state = event.state;
        break;
      default:
        return;
    }
    for (const wake of [...this.waiters]) wake();
  }

  fail(reason: string): void {
    this.failure ??= reason;
    for (const wake of [...this.waiters]) wake();
  }

  committedAt(messageId: string): number | undefined {
    return this.committedAtById.get(messageId);
  }

  /** Resolves once `done()` holds, checked after every event; rejects after `timeoutMs`. */
  waitFor(done: () => boolean, timeoutMs: number, what: () => string): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const check = (): void => {
        if (this.failure !== undefined) {
          cleanup();
          reject(new Error(`${this.failure} while waiting for ${what()}`));
          return;
        }
        if (!done()) return;
        cleanup();
        resolve();
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what()}`));
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
      check();
    });
  }

  split(): HandOverSplit {
    const done = [...this.batches.values()].filter((b) => b.committedAt !== undefined).sort((a, b) => a.emittedAt - b.emittedAt);
    let mainMs = 0;
    let storeMs = 0;
    let previous = this.captureStartedAt ?? done[0]?.emittedAt ?? 0;
    for (const b of done) {
      const committedAt = b.committedAt ?? b.emittedAt;
      mainMs += Math.max(0, b.emittedAt - previous);
      storeMs += committedAt - b.emittedAt;
      previous = committedAt;
    }
    return { mainMs, storeMs, batches: done.length };
  }
}
