/**
 * R8.3 the account's sync folder exists before anything reads or writes it: created when missing
 * (the first device to replicate makes it), by whichever of the uploader and the downloader gets
 * there first. Two devices creating it at once is fine: the loser's CREATE fails, and the folder
 * is there all the same.
 */
import type { ImapFlow } from 'imapflow';

async function folderStatus(client: ImapFlow, path: string): Promise<{ messages: number } | undefined> {
  try {
    const status = await client.status(path, { messages: true });
    return status === false ? undefined : { messages: status.messages ?? 0 };
  } catch {
    // handled: NO [NONEXISTENT] (or a server's own wording of it): the folder is not there.
    return undefined;
  }
}

/** Whether the folder exists, and how many messages it holds; creates nothing. */
export async function syncFolderInfo(client: ImapFlow, path: string): Promise<{ exists: boolean; messages: number }> {
  const status = await folderStatus(client, path);
  return status === undefined ? { exists: false, messages: 0 } : { exists: true, messages: status.messages };
}

/** Creates the folder unless it exists; throws only when it is still missing afterwards. */
export async function ensureSyncFolder(client: ImapFlow, path: string): Promise<void> {
  if ((await folderStatus(client, path)) !== undefined) return;
  try {
    await client.mailboxCreate(path);
  } catch (err) {
    // Created meanwhile by another device or connection: that is what we wanted.
    if ((await folderStatus(client, path)) === undefined) throw err;
  }
}
