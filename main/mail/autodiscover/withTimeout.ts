/** Bounds a promise we cannot cancel (a DNS query, an injected fetcher) by a timer. Internal: autodiscovery turns it into a 'timeout' entry of the tried sources (a result, not a failure). */
export class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
}

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`no answer within ${ms} ms`)), ms);
  });
  // The race keeps a handler on `promise`, so its late rejection is never "unhandled".
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Our TimeoutError, and the DOMException that AbortSignal.timeout() makes fetch throw. */
export function isTimeout(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'name' in err && err.name === 'TimeoutError';
}
