/**
 * Requests across a boundary whose answers come back later as messages: the capture worker's
 * batches (worker → main → store), attachment downloads (main → worker), and main's batches to
 * the renderer's store (acked over IPC). One helper for all of them: ids, the pending map, an
 * optional timeout, and closing rejects everything still pending, so no caller waits forever on
 * a peer that went away.
 *
 * It does not validate answers: they arrive typed, checked once where they crossed the boundary
 * (the worker protocol's schemas, the IPC registry), and checking them again here would be a
 * second check in the same process.
 *
 * What a request is about stays with its caller: a pending entry holds its id and callbacks only
 * (main must not keep a batch alive while the store commits it; batchRetention.test.ts).
 */
export interface PendingRequests<T, K extends string | number = number> {
  /**
   * A new request: its id (a counter, or `key` when given) and the answer to come. `timeoutMs`
   * rejects it with `timeoutError()` when no answer arrives in time.
   */
  open(options?: { key?: K; timeoutMs?: number; timeoutError?: () => Error }): { id: K; answer: Promise<T> };
  /** the answer to request `id`; ignored when it is no longer pending (late, or timed out) */
  resolve(id: K, value: T): void;
  reject(id: K, error: Error): void;
  /** every pending request fails with `error()` (the peer is gone) */
  rejectAll(error: () => Error): void;
}

interface Pending<T> {
  resolve(value: T): void;
  reject(error: Error): void;
  timer: ReturnType<typeof setTimeout> | undefined;
}

export function createPendingRequests<T, K extends string | number = number>(): PendingRequests<T, K> {
  const pending = new Map<K, Pending<T>>();
  let next = 0;
  const take = (id: K): Pending<T> | undefined => {
    const entry = pending.get(id);
    if (entry === undefined) return undefined;
    pending.delete(id);
    clearTimeout(entry.timer);
    return entry;
  };
  return {
    open(options = {}) {
      const id = options.key ?? (next++ as K);
      const answer = new Promise<T>((resolve, reject) => {
        const { timeoutMs, timeoutError } = options;
        const timer = timeoutMs === undefined ? undefined : setTimeout(() => take(id)?.reject(timeoutError?.() ?? new Error('no answer in time')), timeoutMs);
        pending.set(id, { resolve, reject, timer });
      });
      return { id, answer };
    },
    resolve(id, value) {
      take(id)?.resolve(value);
    },
    reject(id, error) {
      take(id)?.reject(error);
    },
    rejectAll(error) {
      for (const id of [...pending.keys()]) take(id)?.reject(error());
    },
  };
}
