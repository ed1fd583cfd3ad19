/**
 * Before timed mirrors: one pass that asks Dovecot for what the app's first FETCH asks (size,
 * envelope, structure), so its cache holds them (the files themselves are in the page cache
 * since delivery). Without it the first timed run, whichever tool it is, pays for Dovecot
 * parsing every message once, which is a property of a freshly delivered mailbox, not of
 * either client.
 */
import { ImapFlow } from 'imapflow';
import type { BenchStack } from './benchStack';

export async function primeServer(env: BenchStack): Promise<void> {
  const client = new ImapFlow({ ...env.stack.imapConfig(env.dropbox), disableAutoIdle: true });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.mailboxOpen('INBOX', { readOnly: true });
    await client.fetchAll('1:*', { uid: true, size: true, envelope: true, bodyStructure: true, internalDate: true }, { uid: true });
  } finally {
    await client.logout().catch(() => client.close());
  }
}
