/**
 * A second IMAP client IDLE-ing on a mailbox, timing each EXISTS the server pushes. It splits
 * capture latency into the server's part (delivery → notification: Dovecot waits a moment
 * before it tells IDLE clients about a change) and the app's (notification → committed).
 */
import { ImapFlow } from 'imapflow';
import type { MailStack, StackUser } from '../../support/mail-stack';
import { preciseNow } from '../core/protocol';

export interface ExistsWatcher {
  /** when the mailbox was first reported to hold `count` messages */
  timeOf(count: number): number | undefined;
  waitFor(count: number, timeoutMs: number): Promise<number>;
  close(): Promise<void>;
}

export async function watchExists(stack: MailStack, user: StackUser): Promise<ExistsWatcher> {
  const client = new ImapFlow({ ...stack.imapConfig(user), disableAutoIdle: false, autoIdleDelay: 50 });
  client.on('error', () => undefined);
  const seen = new Map<number, number>();
  const waiters = new Set<() => void>();
  client.on('exists', (event: { count: number; prevCount: number }) => {
    const at = preciseNow();
    for (let n = event.prevCount + 1; n <= event.count; n++) if (!seen.has(n)) seen.set(n, at);
    for (const wake of [...waiters]) wake();
  });
  await client.connect();
  await client.mailboxOpen('INBOX', { readOnly: true });
  return {
    timeOf: (count) => seen.get(count),
    waitFor(count, timeoutMs) {
      return new Promise((resolve, reject) => {
        const check = (): void => {
          const at = seen.get(count);
          if (at === undefined) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(at);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no EXISTS for message ${count} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    async close() {
      await client.logout().catch(() => client.close());
    },
  };
}
