/** The drop box as the user edits it: a folder of the account, or a separate login. */
import type { DropboxConfig } from '../../../../../shared/settings/accountConfig';
import { draftOf, emptyServer, settingsOf, type ServerDraft } from './serverDraft';

export type DropboxMode = DropboxConfig['mode'];

export interface DropboxDraft {
  mode: DropboxMode;
  /** mode folder: the account's folder that receives the BCC copies */
  folder: string;
  /** mode login: the separate mailbox's server and login */
  server: ServerDraft;
  /** mode login: the folder of that mailbox to read (INBOX unless a rule files elsewhere) */
  mailbox: string;
}

export const DEFAULT_DROPBOX_MAILBOX = 'INBOX';

export function emptyDropbox(): DropboxDraft {
  return { mode: 'folder', folder: '', server: emptyServer('imap'), mailbox: DEFAULT_DROPBOX_MAILBOX };
}

export function dropboxDraftOf(config: DropboxConfig): DropboxDraft {
  return config.mode === 'folder'
    ? { ...emptyDropbox(), folder: config.mailbox }
    : { mode: 'login', folder: '', server: draftOf(config.server), mailbox: config.mailbox };
}

export function dropboxConfigOf(draft: DropboxDraft): DropboxConfig | undefined {
  if (draft.mode === 'folder') {
    const mailbox = draft.folder.trim();
    return mailbox ? { mode: 'folder', mailbox } : undefined;
  }
  const server = settingsOf(draft.server);
  const mailbox = draft.mailbox.trim();
  return server && mailbox ? { mode: 'login', server, mailbox } : undefined;
}

/**
 * The separate login, first filled from the account's own server: usually the same host, and a
 * certificate trusted for that host and port is trusted for this login too.
 */
export function loginPrefill(account: ServerDraft, user: string): ServerDraft {
  return { ...account, user, password: '' };
}
