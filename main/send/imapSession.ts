/**
 * A short IMAP session for one job (find a copy, append a copy): connect, run, log out. Always
 * closed, so a failed job leaves no connection behind. Reuses the project's imapflow options
 * (TLS required, logger off).
 */
import { ImapFlow } from 'imapflow';
import type { ServerLogin } from '../../shared/settings/account';
import { imapOptionsFor } from '../mail/imap/imapOptions';

export async function withImap<T>(login: ServerLogin, fn: (client: ImapFlow) => Promise<T>, timeoutMs = 30_000): Promise<T> {
  const client = new ImapFlow(imapOptionsFor(login, { connectionTimeout: timeoutMs, greetingTimeout: timeoutMs, socketTimeout: timeoutMs * 2 }));
  // imapflow emits 'error' besides rejecting the command; unhandled, it would crash main.
  client.on('error', () => undefined);
  try {
    await client.connect();
    return await fn(client);
  } finally {
    // handled: logout failing on a dead socket: close() instead
    await client.logout().catch(() => client.close());
  }
}
