/**
 * A short IMAP session for one uploader job: connect with the project's options (TLS required,
 * a pinned certificate honoured, logger off), run, and close — waiting until the socket is
 * released, so the uploader's stop() leaves nothing behind, even after a failed login.
 */
import { ImapFlow } from 'imapflow';
import type { ServerLogin } from '../../shared/settings/account';
import { closeImapClient } from '../mail/imap/closeImapClient';
import { imapOptionsFor } from '../mail/imap/imapOptions';

export async function withFolderSession<T>(login: ServerLogin, fn: (client: ImapFlow) => Promise<T>, timeoutMs = 30_000): Promise<T> {
  const client = new ImapFlow(imapOptionsFor(login, { connectionTimeout: timeoutMs, greetingTimeout: timeoutMs, socketTimeout: timeoutMs * 2 }));
  // imapflow emits 'error' besides rejecting the command; unhandled, it would crash main.
  client.on('error', () => undefined);
  try {
    await client.connect();
    return await fn(client);
  } finally {
    await closeImapClient(client);
  }
}
