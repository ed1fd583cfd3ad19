/**
 * Sorts a failed SMTP attempt (R2.6): temporary (try again later, with back-off) or permanent
 * (stop, show the server's words). And whether the message might have gone out anyway.
 *
 * - A server reply decides by its class: 4xx (and 503) temporary, 5xx permanent, as nodemailer's
 *   `permanent` flag says. A 535 is a wrong password: permanent until the user fixes it.
 * - No reply: network trouble is temporary; TLS and login problems need the user: permanent.
 * - Uncertain: the connection broke without a reply after it was up (reset, socket timeout). The
 *   server may have taken the message just before, so the next attempt first looks for it.
 *   Failures that can only happen before DATA (refused, DNS, connect/greeting/TLS timeouts, TLS,
 *   auth) and every error with a server reply are certain: nothing was accepted.
 */
import type { SendError } from '../../shared/rules/send/outboxEntry';
import { classifyConnectionError } from '../mail/connectionFailure';

interface SmtpErrorShape {
  code?: unknown;
  originalCode?: unknown;
  responseCode?: unknown;
  response?: unknown;
  permanent?: unknown;
  timeoutType?: unknown;
  message?: unknown;
}

export interface ClassifiedSendFailure {
  error: SendError;
  /** the message may have been accepted: check the server before sending it again */
  uncertain: boolean;
}

const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'EADDRNOTAVAIL']);
const BEFORE_TRANSACTION_TIMEOUTS = new Set(['CONNECT_TIMEOUT', 'GREETING_TIMEOUT', 'UPGRADE_TIMEOUT']);
const MAX_TEXT = 1000;

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value.slice(0, MAX_TEXT) : undefined;
}

export function classifySendError(err: unknown): ClassifiedSendFailure {
  const e = (typeof err === 'object' && err !== null ? err : {}) as SmtpErrorShape;
  const code = typeof e.code === 'string' ? e.code : '';
  const originalCode = typeof e.originalCode === 'string' ? e.originalCode : '';

  if (typeof e.responseCode === 'number') {
    const responseCode = e.responseCode;
    const permanent = typeof e.permanent === 'boolean' ? e.permanent : responseCode >= 500 && responseCode < 600 && responseCode !== 503;
    const failure: SendError = {
      kind: permanent ? 'permanent' : 'temporary',
      code: code === 'EAUTH' ? 'auth-failed' : 'rejected',
      responseCode,
    };
    const words = text(e.response) ?? text(e.message);
    return { error: words === undefined ? failure : { ...failure, text: words }, uncertain: false };
  }

  const connection = classifyConnectionError(err);
  const temporary = connection.code === 'unreachable' || connection.code === 'timeout' || connection.code === 'protocol';
  const failure: SendError = { kind: temporary ? 'temporary' : 'permanent', code: connection.code };
  const words = connection.serverText ?? text(e.message);
  const certain =
    NOT_CONNECTED.has(originalCode) ||
    NOT_CONNECTED.has(code) ||
    code === 'EDNS' ||
    code === 'EAUTH' ||
    (typeof e.timeoutType === 'string' && BEFORE_TRANSACTION_TIMEOUTS.has(e.timeoutType)) ||
    !temporary;
  return { error: words === undefined ? failure : { ...failure, text: words }, uncertain: !certain };
}
