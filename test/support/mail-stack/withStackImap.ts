/**
 * A short IMAP session as one of the stack's users, for tests that look into a mailbox: connect,
 * run, and close — the socket released when it resolves (some tests count sockets), even after a
 * failed login. Auto-IDLE is off: a test's session only does what it asks for.
 */
import { ImapFlow } from 'imapflow';
import { closeImapClient } from '../../../main/mail/imap/closeImapClient';
import type { MailStack } from './types';
import type { StackUser } from './users';

export async function withStackImap<T>(stack: MailStack, user: StackUser, fn: (client: ImapFlow) => Promise<T>): Promise<T> {
  const client = new ImapFlow({ ...stack.imapConfig(user), disableAutoIdle: true });
  // imapflow emits 'error' besides rejecting the command; the test sees the rejection
  client.on('error', () => undefined);
  try {
    await client.connect();
    return await fn(client);
  } finally {
    await closeImapClient(client);
  }
}
