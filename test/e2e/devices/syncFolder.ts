/**
 * The account's sync folder (R8.3) seen from outside the app, over a plain IMAP connection as the
 * user: what the devices appended (read with the app's own reader, main/replication/syncMail.ts),
 * and messages put there by hand, as another program or a broken app could.
 */
import { readSyncMail } from '../../../main/replication/syncMail';
import type { DecodedSyncMessage } from '../../../shared/rules/replication/syncPayload';
import type { MailStack, StackUser } from '../../support/mail-stack';
import { withStackImap } from '../../support/mail-stack/withStackImap';

export const SYNC_FOLDER = 'Blindcopy';

/** Every message of the folder, oldest first, decoded as the app decodes it. */
export async function readSyncFolder(stack: MailStack, user: StackUser): Promise<Array<{ uid: number; decoded: DecodedSyncMessage }>> {
  const raws = await withStackImap(stack, user, async (client) => {
    const opened = await client.mailboxOpen(SYNC_FOLDER, { readOnly: true });
    if (opened.exists === 0) return [];
    const all = await client.fetchAll('1:*', { uid: true, source: true }, { uid: true });
    return all.map((m) => ({ uid: m.uid, source: m.source ?? Buffer.alloc(0) })).sort((a, b) => a.uid - b.uid);
  });
  return Promise.all(raws.map(async (m) => ({ uid: m.uid, decoded: await readSyncMail(m.source) })));
}

/** APPENDs raw messages to the folder, as seen; answers their UIDs. */
export async function appendToSyncFolder(stack: MailStack, user: StackUser, raws: readonly string[]): Promise<number[]> {
  return withStackImap(stack, user, async (client) => {
    const uids: number[] = [];
    for (const raw of raws) {
      const appended = await client.append(SYNC_FOLDER, raw, ['\\Seen']);
      if (appended === false || appended.uid === undefined) throw new Error('APPEND gave no UID (UIDPLUS expected of the test server)');
      uids.push(appended.uid);
    }
    return uids;
  });
}
