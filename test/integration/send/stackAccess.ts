/**
 * What the send tests need from the mail stack: our own ServerLogin shapes for its users (the
 * stack's certificate pinned, as a user would pin it) and a look into a user's mailboxes.
 */
import type { ServerLogin } from '../../../shared/settings/account';
import type { MailStack, StackUser } from '../../support/mail-stack';
import { withStackImap as withClient } from '../../support/mail-stack/withStackImap';

export function logins(stack: MailStack, user: StackUser): { smtp: ServerLogin; imap: ServerLogin } {
  const pinnedCertificate = { pem: stack.caCert, sha256: stack.certFingerprint256 };
  const base = { host: stack.host, user: user.user, password: user.password, pinnedCertificate };
  return {
    smtp: { ...base, port: stack.ports.smtp, tls: 'starttls' },
    imap: { ...base, port: stack.ports.imaps, tls: 'implicit' },
  };
}

export { withClient };

/** The full sources of every message in `mailbox` whose Message-ID is `<id>`. */
export async function sourcesWithId(stack: MailStack, user: StackUser, mailbox: string, id: string): Promise<string[]> {
  return withClient(stack, user, async (client) => {
    const lock = await client.getMailboxLock(mailbox);
    try {
      const uids = await client.search({ header: { 'message-id': `<${id}>` } }, { uid: true });
      if (!Array.isArray(uids) || uids.length === 0) return [];
      const messages = await client.fetchAll(uids, { source: true }, { uid: true });
      return messages.map((m) => m.source?.toString('utf8') ?? '');
    } finally {
      lock.release();
    }
  });
}

/** Every message source in a mailbox (for tests that look for mail by content). */
export async function allSources(stack: MailStack, user: StackUser, mailbox: string): Promise<string[]> {
  return withClient(stack, user, async (client) => {
    const lock = await client.getMailboxLock(mailbox);
    try {
      if (client.mailbox === false || client.mailbox.exists === 0) return [];
      const messages = await client.fetchAll('1:*', { source: true });
      return messages.map((m) => m.source?.toString('utf8') ?? '');
    } finally {
      lock.release();
    }
  });
}

/** The header block of a source, unfolded, for header assertions. */
export function headerBlock(source: string): string {
  const end = source.indexOf('\r\n\r\n');
  return (end < 0 ? source : source.slice(0, end)).replace(/\r\n[ \t]+/g, ' ');
}

export function headerValue(source: string, name: string): string | undefined {
  const match = new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(headerBlock(source));
  return match?.[1]?.trim();
}

/** Polls until `check` returns something (mail arrives asynchronously through LMTP). */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}
