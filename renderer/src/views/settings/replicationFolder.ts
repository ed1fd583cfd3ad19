/**
 * R8.3: the sync folder's name as typed in Settings, checked before it is saved. IMAP list
 * wildcards (* %) and control characters cannot name a folder we create; INBOX and the drop box
 * hold mail, and the sync folder must hold nothing but the CRM's copy.
 */
import type { AccountConfig } from '../../../../shared/settings/accountConfig';

export type FolderProblem = 'invalid' | 'dropbox';

const UNUSABLE = /[*%\u0000-\u001f\u007f]/;

export function replicationFolderProblem(typed: string, config: Pick<AccountConfig, 'dropbox'>): FolderProblem | undefined {
  const name = typed.trim();
  if (name.length === 0 || name.length > 200 || UNUSABLE.test(name) || name.toUpperCase() === 'INBOX') return 'invalid';
  if (config.dropbox.mode === 'folder' && config.dropbox.mailbox === name) return 'dropbox';
  return undefined;
}
