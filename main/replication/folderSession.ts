/**
 * A short IMAP session for one uploader job: connect with the project's options (TLS required,
 * a pinned certificate honoured, logger off), run, and close — waiting until the socket is
 * released, so the uploader's stop() leaves nothing behind, even after a failed login.
 */
import type { ImapFlow } from 'imapflow';
import type { ServerLogin } from '../../shared/settings/account';
import { closeImapClient } from '../mail/imap/closeImapClient';
import { withImapSession } from '../mail/imap/imapSession';

export async function withFolderSession<T>(login: ServerLogin, fn: (client: ImapFlow) => Promise<T>, timeoutMs = 30_000): Promise<T> {
  return withImapSession(login, fn, timeoutMs, closeImapClient);
}
