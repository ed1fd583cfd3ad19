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
  /** a sync-folder batch (R8.3): its operation ids and snapshot parts (`<id>#<part>`) */
  opIds: string[];
  snapshotParts: string[];
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
  private readonly committedAtByOp = new Map<string, number>();
  private readonly committedParts = new Map<string, number>();
  private readonly emittedAtByOp = new Map<string, number>();
  private readonly uploads = new Map<string, { receivedAt: number; answeredAt: number }>();
  /** when the first batch of the sync folder (R8.3) left main, and the last one was committed */
  firstReplicaEmittedAt: number | undefined;
  lastReplicaCommitAt = 0;
  private readonly waiters = new Set<() => void>();

  record(event: FromChild): void {
    switch (event.type) {
      case 'captureStarted':
        this.captureStartedAt ??= event.at;
        break;
      case 'emitted':
        this.batches.set(event.batchId, {
          batchId: event.batchId,
          emittedAt: event.at,
          messageIds: event.messageIds,
          rejected: event.rejected,
          opIds: event.opIds ?? [],
          snapshotParts: event.snapshotParts ?? [],
          committedAt: undefined,
        });
        if ((event.opIds?.length ?? 0) + (event.snapshotParts?.length ?? 0) > 0) this.firstReplicaEmittedAt ??= event.at;
        for (const id of event.opIds ?? []) if (!this.emittedAtByOp.has(id)) this.emittedAtByOp.set(id, event.at);
        break;
      case 'uploaded':
        if (event.ok) for (const id of event.opIds) if (!this.uploads.has(id)) this.uploads.set(id, { receivedAt: event.receivedAt, answeredAt: event.answeredAt });
        break;
      case 'committed': {
        const batch = this.batches.get(event.batchId);
        if (batch === undefined || batch.committedAt !== undefined) break;
        batch.committedAt = event.at;
        this.lastCommitAt = Math.max(this.lastCommitAt, event.at);
        this.committedMessages += batch.messageIds.length + batch.rejected;
        for (const id of batch.messageIds) this.committedAtById.set(id, event.at);
        for (const id of batch.opIds) if (!this.committedAtByOp.has(id)) this.committedAtByOp.set(id, event.at);
        for (const part of batch.snapshotParts) if (!this.committedParts.has(part)) this.committedParts.set(part, event.at);
        if (batch.opIds.length + batch.snapshotParts.length > 0) this.lastReplicaCommitAt = Math.max(this.lastReplicaCommitAt, event.at);
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

  /** when the store first committed a sync-folder batch holding this operation (R8.3) */
  opCommittedAt(opId: string): number | undefined {
    return this.committedAtByOp.get(opId);
  }

  /** when main first emitted a sync-folder batch holding this operation to the page */
  opEmittedAt(opId: string): number | undefined {
    return this.emittedAtByOp.get(opId);
  }

  /** when main received the page's upload holding this operation, and answered it (the APPEND done) */
  opUploaded(opId: string): { receivedAt: number; answeredAt: number } | undefined {
    return this.uploads.get(opId);
  }

  /** when the store committed the batch holding this snapshot part (`<id>#<part>`) */
  partCommittedAt(part: string): number | undefined {
    return this.committedParts.get(part);
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
