/**
 * The two connections of a source (DESIGN "How data flows" 1). Commands on one IMAP connection
 * run one after the other, so new-mail notices come on a connection of their own that does
 * nothing but IDLE, while the other fetches.
 */
import { ImapFlow, type ImapFlowOptions } from 'imapflow';
import type { ServerLogin } from '../../../shared/settings/account';
import { imapOptionsFor } from '../../mail/imap/imapOptions';

export type ConnectionRole = 'fetch' | 'idle';

export interface ClientTuning {
  qresync: boolean;
  /** IDLE is renewed this often; on servers without IDLE this is the poll interval */
  pollIntervalMs: number;
}

export function clientOptions(server: ServerLogin, role: ConnectionRole, tuning: ClientTuning): ImapFlowOptions {
  const base = imapOptionsFor(server);
  return {
    ...base,
    // QRESYNC turns EXPUNGE into VANISHED with UIDs, and lets SELECT report what vanished while
    // we were away (the `expunge` events), instead of comparing UID lists.
    qresync: tuning.qresync,
    // Both connections IDLE when they have nothing to do: the IDLE one at once (that is its job),
    // the fetch one after a while, which keeps it from being dropped as inactive between syncs.
    disableAutoIdle: false,
    autoIdleDelay: role === 'idle' ? 50 : 30_000,
    maxIdleTime: tuning.pollIntervalMs,
    // Where IDLE is missing imapflow polls instead. NOOP on the selected mailbox is the standard
    // way to get the untagged EXISTS / EXPUNGE that IDLE would have pushed (RFC 3501 6.1.2).
    missingIdleCommand: 'NOOP',
  };
}

/**
 * A client not yet connected, so whoever closes the session can also cut a connect() short.
 * The 'error' listener is attached first: an unhandled 'error' event would crash main.
 */
export function createClient(options: ImapFlowOptions, onGone: () => void): ImapFlow {
  const client = new ImapFlow(options);
  // imapflow emits 'error' at most once and then 'close'; both mean this connection is over.
  client.on('error', () => onGone());
  client.on('close', () => onGone());
  return client;
}

/** Best effort LOGOUT, then the socket closed and released (main/mail/imap/closeImapClient.ts). */
export { closeImapClient as closeClient } from '../../mail/imap/closeImapClient';
