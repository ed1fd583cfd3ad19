/**
 * A coalescing wake-up for one source's loop. Everything that should make the loop look again
 * notifies it: an IDLE `exists`, syncNow(), stop(), a lost connection. The loop then checks its
 * state, so one primitive serves them all, and many `exists` events during a catch-up coalesce
 * into a single further catch-up.
 */
export class Wakeup {
  private pending = false;
  private waiter: (() => void) | undefined;

  notify(): void {
    this.pending = true;
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.();
  }

  /**
   * Consumes a pending notification, or waits for the next one (or `timeoutMs`). One waiter only.
   * Resolves true when notified, false when the time ran out.
   */
  async wait(timeoutMs?: number): Promise<boolean> {
    if (!this.pending) {
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        this.waiter = resolve;
        if (timeoutMs !== undefined) {
          timer = setTimeout(() => {
            if (this.waiter === resolve) this.waiter = undefined;
            resolve();
          }, timeoutMs);
        }
      });
      // A timer left running would keep the process (and a test) alive after stop().
      clearTimeout(timer);
    }
    const notified = this.pending;
    this.pending = false;
    return notified;
  }
}

/** Thrown when an engine stops while something of it was still waiting. Internal control flow: the engine's own loops end on it; never leaves the engine. */
export class StoppedError extends Error {
  constructor() {
    super('the capture engine was stopped');
    this.name = 'StoppedError';
  }
}

/**
 * `promise`, unless `signal` aborts first. Used for the store's answer: stop() must not hang on
 * a renderer that went away mid-commit (the store keeps whatever it committed, and the next
 * start reads its checkpoint, so nothing is lost by not waiting).
 */
export function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new StoppedError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(new StoppedError());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err);
      },
    );
  });
}
