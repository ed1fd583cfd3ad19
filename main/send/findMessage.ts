/**
 * Whether a mailbox holds a message with one of the given Message-IDs (R2.3, R2.6). IMAP SEARCH
 * HEADER matches substrings, so the id is searched with its angle brackets: with 128 random bits
 * in it, nothing else contains `<id>`.
 */
import type { ImapFlow } from 'imapflow';

export async function mailboxHasMessage(client: ImapFlow, mailbox: string, messageIds: readonly string[]): Promise<boolean> {
  const lock = await client.getMailboxLock(mailbox, { readOnly: true });
  try {
    for (const id of messageIds) {
      const uids = await client.search({ header: { 'message-id': `<${id}>` } }, { uid: true });
      if (Array.isArray(uids) && uids.length > 0) return true;
    }
    return false;
  } finally {
    lock.release();
  }
}
