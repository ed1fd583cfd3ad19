/** Reconnect delays: exponential, capped, with jitter so many clients do not reconnect in step. */
import type { RetryPolicy } from './types';

export const DEFAULT_RETRY: RetryPolicy = { baseMs: 1_000, maxMs: 5 * 60_000 };

/**
 * Delay before attempt `failures` (1 = first retry): "equal jitter", half fixed and half random,
 * so a retry never comes sooner than half the nominal delay (no tight loops) nor all at once.
 */
export function backoffDelay(failures: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const exponent = Math.min(Math.max(failures - 1, 0), 30);
  const nominal = Math.min(policy.maxMs, policy.baseMs * 2 ** exponent);
  return Math.round(nominal / 2 + (nominal / 2) * random());
}
