/**
 * The account connection test: log in, list folders, optionally check the drop-box folder,
 * log out. Nothing is saved. Failures come back as a ConnectionTestResult the UI can word.
 */
import { ImapFlow } from 'imapflow';
import type { ConnectionTestResult } from '../../../shared/ipc/connection';
import type { ServerLogin } from '../../../shared/settings/account';
import { connectionTestFailure } from '../connectionTestFailure';
import { imapOptionsFor } from './imapOptions';

export async function testImapConnection(
  server: ServerLogin,
  options: { mailbox?: string; timeoutMs?: number } = {},
): Promise<ConnectionTestResult> {
  const timeout = options.timeoutMs ?? 15_000;
  const client = new ImapFlow(
    imapOptionsFor(server, { connectionTimeout: timeout, greetingTimeout: timeout, socketTimeout: timeout }),
  );
  // imapflow emits 'error' on the client as well as rejecting; an unhandled one would crash main.
  client.on('error', () => undefined);
  try {
    await client.connect();
    const list = await client.list();
    const mailboxes = list.map((m) => m.path);
    if (options.mailbox && !mailboxes.includes(options.mailbox)) {
      return { ok: false, code: 'mailbox-missing', serverText: options.mailbox };
    }
    const capabilities = [...client.capabilities.keys()].sort();
    return { ok: true, capabilities, mailboxes };
  } catch (err) {
    return connectionTestFailure(err, server, 'imap');
  } finally {
    // handled: logout failing on a dead socket: close() instead
    await client.logout().catch(() => client.close());
  }
}
