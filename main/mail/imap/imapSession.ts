/**
 * A short IMAP session for one job: connect with the project's options (TLS required, a pinned
 * certificate honoured, logger off), run, and always close — how is the caller's choice: a plain
 * logout, or closeImapClient where stop() must leave no socket behind.
 */
import { ImapFlow } from 'imapflow';
import type { ServerLogin } from '../../../shared/settings/account';
import { imapOptionsFor } from './imapOptions';

export async function withImapSession<T>(login: ServerLogin, fn: (client: ImapFlow) => Promise<T>, timeoutMs: number, close: (client: ImapFlow) => Promise<void>): Promise<T> {
  const client = new ImapFlow(imapOptionsFor(login, { connectionTimeout: timeoutMs, greetingTimeout: timeoutMs, socketTimeout: timeoutMs * 2 }));
  // imapflow emits 'error' besides rejecting the command; unhandled, it would crash main.
  client.on('error', () => undefined);
  try {
    await client.connect();
    return await fn(client);
  } finally {
    await close(client);
  }
}
