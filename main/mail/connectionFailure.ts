/**
 * Sorts a failed connection into one of the few cases a user can act on. Works on the error
 * shapes of imapflow and nodemailer (which pass Node's socket/TLS/DNS codes through).
 */
import type { ConnectionFailureCode } from '../../shared/ipc/connection';

const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ECONNRESET', 'EADDRNOTAVAIL']);
const TIMEOUT = new Set(['CONNECT_TIMEOUT', 'GREETING_TIMEOUT', 'UPGRADE_TIMEOUT', 'ETIMEOUT', 'ETIMEDOUT', 'ESOCKETTIMEDOUT']);
const UNTRUSTED = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_UNTRUSTED',
]);

interface ErrorShape {
  code?: unknown;
  /** nodemailer keeps the socket/TLS/DNS code here and puts its own in `code` */
  originalCode?: unknown;
  authenticationFailed?: unknown;
  tlsFailed?: unknown;
  responseCode?: unknown;
  responseText?: unknown;
  response?: unknown;
  message?: unknown;
}

export interface ClassifiedFailure {
  code: ConnectionFailureCode;
  serverText?: string;
}

export function classifyConnectionError(err: unknown): ClassifiedFailure {
  const e = (typeof err === 'object' && err !== null ? err : {}) as ErrorShape;
  const code = typeof e.originalCode === 'string' ? e.originalCode : typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' ? e.message : '';
  const serverText = typeof e.responseText === 'string' ? e.responseText : typeof e.response === 'string' ? e.response : undefined;
  if (e.authenticationFailed === true || code === 'EAUTH') return withText('auth-failed', serverText);
  if (UNTRUSTED.has(code)) return { code: 'tls-untrusted' };
  if (/does not support STARTTLS|STARTTLS.*(not|un)(supported|available)|Must issue a STARTTLS/i.test(message)) {
    return { code: 'starttls-missing' };
  }
  if (e.tlsFailed === true || code.startsWith('ERR_SSL') || code === 'ETLS' || (code === 'ESOCKET' && /SSL|TLS/i.test(message))) {
    return { code: 'tls-failed' };
  }
  if (TIMEOUT.has(code)) return { code: 'timeout' };
  if (UNREACHABLE.has(code) || code === 'ECONNECTION') return { code: 'unreachable' };
  if (code.startsWith('ParserError') || code === 'InvalidResponse' || code === 'UnexpectedTag') return { code: 'protocol' };
  if (code === 'NoConnection' || code === 'EConnectionClosed' || code.startsWith('ClosedAfterConnect')) {
    return { code: 'unreachable' };
  }
  return { code: 'protocol', serverText: serverText ?? (message ? message.slice(0, 300) : undefined) };
}

function withText(code: ConnectionFailureCode, serverText: string | undefined): ClassifiedFailure {
  return serverText ? { code, serverText: serverText.slice(0, 300) } : { code };
}
