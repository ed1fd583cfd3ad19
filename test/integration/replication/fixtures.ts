/**
 * Shared set-up for the replication tests (R8.3): operations to upload, the account's sync folder
 * read back over a plain IMAP connection, and a status log with event-driven waits.
 */
import type { ReplicationStatus } from '../../../shared/domain/replication';
import type { Op } from '../../../shared/rules/replication/operations';
import type { MailStack, StackUser } from '../../support/mail-stack';
import { at, createDeal, op } from '../../unit/rules/replication/builders';
import { withStackImap as withImap } from '../../support/mail-stack/withStackImap';

/** Runs `fn` on a fresh IMAP connection as `user`; the socket is released when it resolves (tests count sockets). */
export { withImap };

/** `count` operations of `replica`, clocks `from`…, each creating a deal. */
export function deals(replica: string, count: number, from = 0): Op[] {
  return Array.from({ length: count }, (_, i) => op(at(replica, from + i), createDeal(`deal:${replica}${from + i}`, `Deal ${from + i}`)));
}

export interface FolderMessage {
  uid: number;
  flags: string[];
  source: Buffer;
  internalDate: Date | undefined;
}

/** Every message of the folder, oldest first; undefined when the folder does not exist. */
export async function folderMessages(stack: MailStack, user: StackUser, folder: string): Promise<FolderMessage[] | undefined> {
  return withImap(stack, user, async (client) => {
    const status = await client.status(folder, { messages: true }).catch(() => undefined);
    if (status === undefined || status === false) return undefined;
    const opened = await client.mailboxOpen(folder, { readOnly: true });
    if (opened.exists === 0) return [];
    const all = await client.fetchAll('1:*', { uid: true, flags: true, source: true, internalDate: true }, { uid: true });
    return all
      .map((m) => ({ uid: m.uid, flags: [...(m.flags ?? [])], source: m.source ?? Buffer.alloc(0), internalDate: m.internalDate instanceof Date ? m.internalDate : undefined }))
      .sort((a, b) => a.uid - b.uid);
  });
}

/** APPENDs raw messages to the folder (created when missing); answers their UIDs. */
export async function appendRaw(stack: MailStack, user: StackUser, folder: string, raws: ReadonlyArray<string | Buffer>, date?: Date): Promise<number[]> {
  return withImap(stack, user, async (client) => {
    await client.mailboxCreate(folder).catch(() => undefined);
    const uids: number[] = [];
    for (const raw of raws) {
      const appended = await client.append(folder, raw, ['\\Seen'], date);
      if (appended !== false && appended.uid !== undefined) uids.push(appended.uid);
    }
    return uids;
  });
}

/** Statuses as reported, with a wait that is event driven, not a polling sleep. */
export class StatusLog {
  readonly events: ReplicationStatus[] = [];
  private readonly listeners = new Set<(s: ReplicationStatus) => void>();

  readonly record = (status: ReplicationStatus): void => {
    this.events.push(status);
    for (const listener of [...this.listeners]) listener(status);
  };

  waitFor(match: (s: ReplicationStatus) => boolean, timeoutMs: number, what: string): Promise<ReplicationStatus> {
    const latest = this.events.at(-1);
    if (latest !== undefined && match(latest)) return Promise.resolve(latest);
    return new Promise((resolve, reject) => {
      const listener = (s: ReplicationStatus): void => {
        if (!match(s)) return;
        cleanup();
        resolve(s);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; statuses ${JSON.stringify(this.events)}`));
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.listeners.delete(listener);
      };
      this.listeners.add(listener);
    });
  }
}
