/**
 * R8.3 what the uploader does on one IMAP connection to the account's sync folder: append a
 * message (\Seen, so it never shows as unread mail), expunge compacted batches, look at the
 * folder. Each job creates the folder when missing, except the look, which only reports.
 */
import type { ImapFlow } from 'imapflow';
import { SYNC_HEADER } from '../../shared/rules/replication/syncPayload';
import { compactionSearch, headerValue, selectCompactable, type CompactRequest } from './compaction';
import { ensureSyncFolder, syncFolderInfo } from './syncFolder';

/** The new message's UID when the server says (UIDPLUS), else undefined. */
export async function appendToFolder(client: ImapFlow, folder: string, raw: Buffer): Promise<number | undefined> {
  await ensureSyncFolder(client, folder);
  const appended = await client.append(folder, raw, ['\\Seen']);
  if (appended === false) throw new Error(`the server refused to store the message in ${folder}`);
  return appended.uid !== undefined && appended.uid > 0 ? appended.uid : undefined;
}

export async function compactFolder(client: ImapFlow, folder: string, request: CompactRequest): Promise<number> {
  if (!(await syncFolderInfo(client, folder)).exists) return 0;
  await client.mailboxOpen(folder);
  const found = await client.search(compactionSearch(request.replica), { uid: true });
  const candidates = Array.isArray(found) ? found : [];
  if (candidates.length === 0) return 0;
  const fetched = await client.fetchAll(candidates.join(','), { uid: true, internalDate: true, headers: [SYNC_HEADER, 'Message-ID'] }, { uid: true });
  const chosen = selectCompactable(
    fetched.map((m) => ({
      uid: m.uid,
      internalDate: m.internalDate instanceof Date ? m.internalDate : undefined,
      syncHeader: headerValue(m.headers, SYNC_HEADER),
      messageId: headerValue(m.headers, 'Message-ID'),
    })),
    request,
  );
  if (chosen.length === 0) return 0;
  // UID EXPUNGE where the server has UIDPLUS: only these, never another client's \Deleted mail.
  if (!(await client.messageDelete(chosen.join(','), { uid: true }))) throw new Error(`the server refused to expunge from ${folder}`);
  return chosen.length;
}

export { syncFolderInfo };
