/**
 * Why a session ended, and whether trying again can help. Reuses the connection test's
 * classification so the UI words the same failure the same way everywhere.
 */
import { classifyConnectionError } from '../../mail/connectionFailure';

export interface SessionFailure {
  /** a ConnectionFailureCode, or 'store-failed' when the sink refused a batch */
  reason: string;
  /**
   * Retrying cannot help until the user changes something (password, trusted certificate): the
   * source stops and says so instead of hammering the server (an account can get locked).
   */
  permanent: boolean;
  /** the server may be fine, our side (or theirs) is not: shown as 'error', not 'offline' */
  isError: boolean;
}

/** Internal: thrown by the engine when the sink's commit failed, to tell it apart from IMAP failures; the source reports `error`. */
export class SinkError extends Error {
  constructor(cause: unknown) {
    super('the store did not commit the batch', { cause });
    this.name = 'SinkError';
  }
}

const PERMANENT = new Set(['auth-failed', 'tls-untrusted', 'starttls-missing']);

export function classifySessionFailure(err: unknown): SessionFailure {
  if (err instanceof SinkError) return { reason: 'store-failed', permanent: false, isError: true };
  if (typeof err === 'object' && err !== null && (err as { mailboxMissing?: unknown }).mailboxMissing === true) {
    // Retried with back-off: the folder may be recreated (a UIDVALIDITY change looks like this).
    return { reason: 'mailbox-missing', permanent: false, isError: true };
  }
  if (typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'MailboxReplaced') {
    // Not a failure of anyone's: reconnect (after the short first back-off) and resync.
    return { reason: 'mailbox-replaced', permanent: false, isError: false };
  }
  const { code } = classifyConnectionError(err);
  return { reason: code, permanent: PERMANENT.has(code), isError: PERMANENT.has(code) || code === 'protocol' };
}
