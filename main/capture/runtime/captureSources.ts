/**
 * Which mailboxes to mirror, from the account settings: the drop box always; with replication on
 * (R8.3) the account's sync folder, read as a `replica` source; with sync on (R7.1) the chosen
 * folders of the account, or all of them but Trash, Junk, Drafts and the sync folder.
 */
import { ImapFlow } from 'imapflow';
import { replicaSourceId } from '../../../shared/domain/replication';
import type { AccountConfig } from '../../../shared/settings/accountConfig';
import type { ServerLogin } from '../../../shared/settings/account';
import { imapOptionsFor } from '../../mail/imap/imapOptions';
import type { CaptureSource } from '../sync';

const DROPBOX_SOURCE_ID = 'dropbox';

const SKIPPED_SPECIAL_USE = new Set(['\\Trash', '\\Junk', '\\Drafts', '\\All']);
const DAY_MS = 24 * 3600 * 1000;

export async function captureSources(
  config: AccountConfig,
  logins: { imap: ServerLogin | undefined; dropbox: ServerLogin | undefined },
  now: number,
  listFolders: (server: ServerLogin) => Promise<{ path: string; specialUse?: string }[]> = listImapFolders,
): Promise<CaptureSource[]> {
  const dropboxServer = config.dropbox.mode === 'login' ? logins.dropbox : logins.imap;
  if (!dropboxServer) return [];
  const sources: CaptureSource[] = [{ id: DROPBOX_SOURCE_ID, kind: 'dropbox', server: dropboxServer, mailbox: config.dropbox.mailbox }];
  if (config.replication.enabled && logins.imap) {
    sources.push({ id: replicaSourceId(config.replication.folder), kind: 'replica', server: logins.imap, mailbox: config.replication.folder });
  }
  if (!config.sync.enabled || !logins.imap) return sources;
  const dropboxFolder = config.dropbox.mode === 'folder' ? config.dropbox.mailbox : undefined;
  const folders =
    config.sync.folders === 'all'
      ? (await listFolders(logins.imap)).filter((f) => !f.specialUse || !SKIPPED_SPECIAL_USE.has(f.specialUse)).map((f) => f.path)
      : config.sync.folders;
  const since = now - config.sync.sinceDays * DAY_MS;
  for (const mailbox of folders) {
    // The sync folder holds the CRM's own changes, never mail, whether replication is on or not.
    if (mailbox === dropboxFolder || mailbox === config.replication.folder) continue;
    sources.push({ id: `sync:${mailbox}`, kind: 'sync', server: logins.imap, mailbox, since });
  }
  return sources;
}

async function listImapFolders(server: ServerLogin): Promise<{ path: string; specialUse?: string }[]> {
  const client = new ImapFlow(imapOptionsFor(server));
  // handled: an 'error' event also fails connect() or list(), which reject and reach the caller
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.list()).map((m) => ({ path: m.path, specialUse: m.specialUse }));
  } finally {
    // handled: logout failing on a dead socket: close() instead
    await client.logout().catch(() => client.close());
  }
}
