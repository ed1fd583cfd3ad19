/**
 * The one back-off of main: exponential (base · 2^(n-1)), capped. Capture's reconnects and the
 * outbox's retries (R2.6) add "equal jitter", half fixed and half random, so a retry never comes
 * sooner than half the nominal delay (no tight loops) and many clients or queued messages do not
 * come back in the same second; the capture worker's restart uses the nominal delay.
 * (p-retry does not fit: every user schedules its next attempt on a timer or on disk, none
 * loops around one call.)
 */
export interface RetryPolicy {
  /** first delay after a failure; doubles per failed attempt */
  baseMs: number;
  /** ceiling of the delay */
  maxMs: number;
}

/** The delay before attempt `failures` (1 = first retry), without jitter. */
export function nominalDelay(failures: number, policy: RetryPolicy): number {
  const exponent = Math.min(Math.max(failures, 1) - 1, 30);
  return Math.min(policy.maxMs, policy.baseMs * 2 ** exponent);
}

/** The delay before attempt `failures` (1 = first retry), with equal jitter. */
export function backoffDelay(failures: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const nominal = nominalDelay(failures, policy);
  return Math.round(nominal / 2 + (nominal / 2) * Math.min(Math.max(random(), 0), 1));
}
