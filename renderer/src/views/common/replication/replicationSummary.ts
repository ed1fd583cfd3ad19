/**
 * R8.3 / R10.4: where the CRM's copy on the mail server stands, as one of a few plain states the
 * sidebar and Settings put into words: off, connecting, all saved, N changes waiting, or offline /
 * failing with the reason as a failure code (worded by the errors table, like every failure).
 * Pure, so the mapping is tested without a page.
 */
import { FailureCodeSchema, type FailureCode } from '../../../../../shared/failures/failureCodes';
import type { ReplicationStatus } from '../../../../../shared/domain/replication';

export type ReplicationSummary =
  | { kind: 'unknown' }
  | { kind: 'off' }
  | { kind: 'connecting'; pending: number }
  | { kind: 'saved' }
  | { kind: 'waiting'; pending: number }
  /** cannot reach the server; main tries again by itself at `retryAt` */
  | { kind: 'offline'; pending: number; reason: FailureCode; retryAt?: number }
  /** a problem the user must fix (password, certificate) or one main does not retry on its own */
  | { kind: 'error'; pending: number; reason: FailureCode; retryAt?: number };

/**
 * main's status reason is a failure code, or 'no-password' (the account's password is not stored,
 * which the errors table words as 'not-configured'); anything else is worded generically.
 */
export function reasonCode(reason: string | undefined, fallback: FailureCode): FailureCode {
  if (reason === 'no-password') return 'not-configured';
  const parsed = FailureCodeSchema.safeParse(reason);
  return parsed.success ? parsed.data : fallback;
}

/** `pending`: this device's changes not yet on the server (undefined while not counted yet) */
export function summarizeReplication(status: ReplicationStatus | undefined, pending: number | undefined): ReplicationSummary {
  if (status === undefined || pending === undefined) return { kind: 'unknown' };
  const retry = status.retryAt === undefined ? {} : { retryAt: status.retryAt };
  switch (status.state) {
    case 'disabled':
      return { kind: 'off' };
    case 'offline':
      return { kind: 'offline', pending, reason: reasonCode(status.reason, 'unreachable'), ...retry };
    case 'error':
      return { kind: 'error', pending, reason: reasonCode(status.reason, 'internal'), ...retry };
    case 'connecting':
      return pending === 0 ? { kind: 'saved' } : { kind: 'connecting', pending };
    case 'online':
      return pending === 0 ? { kind: 'saved' } : { kind: 'waiting', pending };
  }
}

/** the sidebar speaks up only when something keeps changes from reaching the server */
export function needsAttention(summary: ReplicationSummary): summary is Extract<ReplicationSummary, { kind: 'offline' | 'error' }> {
  return summary.kind === 'offline' || summary.kind === 'error';
}
