/**
 * R2.3 the Sent copy: found by special use (\Sent, from SPECIAL-USE or, without it, imapflow's
 * list of well-known names), searched for the message's id first, appended (\Seen, dated like
 * the message) only when absent. So a server that files sent mail itself (Gmail, many hosted
 * servers) keeps its own copy, and a copy stored by an earlier run is never stored twice.
 */
import type { ImapFlow } from 'imapflow';
import type { SentCopyState } from '../../shared/rules/send/outboxEntry';
import type { ServerLogin } from '../../shared/settings/account';
import { mailboxHasMessage } from './findMessage';
import { withImap } from './imapSession';

export async function findSentFolder(client: ImapFlow): Promise<string | undefined> {
  const folders = await client.list();
  // a flag the server reported beats imapflow's guess from the folder name
  const bySource = (source: string | undefined) => folders.find((f) => f.specialUse === '\\Sent' && f.specialUseSource === source);
  return (bySource('extension') ?? bySource('user') ?? folders.find((f) => f.specialUse === '\\Sent'))?.path;
}

export interface SentCopyInput {
  raw: Buffer;
  /** our id and, if the server replaced it, the server's */
  messageIds: readonly string[];
  date: Date;
}

export async function fileSentCopy(login: ServerLogin, input: SentCopyInput, timeoutMs?: number): Promise<Exclude<SentCopyState, 'pending'>> {
  return withImap(
    login,
    async (client) => {
      const sent = await findSentFolder(client);
      if (sent === undefined) return 'no-folder';
      if (await mailboxHasMessage(client, sent, input.messageIds)) return 'found';
      await client.append(sent, input.raw, ['\\Seen'], input.date);
      return 'stored';
    },
    timeoutMs,
  );
}
