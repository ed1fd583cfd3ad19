/**
 * R2.6 when to try again after the n-th failure in a row: exponential (base · 2^(n-1)), capped,
 * with jitter so that many queued messages (or many clients after a server outage) do not all
 * come back in the same second. "Equal jitter": between half and all of the step, so the delay
 * still grows with every failure.
 */
export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 15_000, maxMs: 30 * 60_000 };

export function retryDelay(failures: number, random: () => number = Math.random, options: BackoffOptions = DEFAULT_BACKOFF): number {
  const exponent = Math.min(Math.max(failures, 1) - 1, 30);
  const step = Math.min(options.maxMs, options.baseMs * 2 ** exponent);
  return Math.round(step / 2 + (step / 2) * Math.min(Math.max(random(), 0), 1));
}
