/**
 * A short IMAP session for one job (find a copy, append a copy): connect, run, log out. Always
 * closed, so a failed job leaves no connection behind.
 */
import type { ImapFlow } from 'imapflow';
import type { ServerLogin } from '../../shared/settings/account';
import { withImapSession } from '../mail/imap/imapSession';

// handled: logout failing on a dead socket: close() instead
const logOut = (client: ImapFlow): Promise<void> => client.logout().catch(() => client.close());

export function withImap<T>(login: ServerLogin, fn: (client: ImapFlow) => Promise<T>, timeoutMs = 30_000): Promise<T> {
  return withImapSession(login, fn, timeoutMs, logOut);
}
