/**
 * R7.1 the saved account's folders, listed by main with the password in the keychain
 * (account:listFolders): choosing folders to sync, or the drop-box folder, never asks for the
 * password again. Listed again when a save changes the IMAP server or its password.
 */
import { useEffect, useState } from 'react';
import type { AccountView } from '../../../../shared/settings/accountConfig';
import { isFailure } from '../../../../shared/failures/failure';
import { api } from '../../api/api';
import { reportError } from '../../api/reportError';

export type SavedFolders =
  | { status: 'idle' }
  | { status: 'listing' }
  | { status: 'listed'; folders: string[] }
  /** no saved login, or the server could not be reached: folders are typed by name */
  | { status: 'unavailable' };

export function useSavedFolders(account: AccountView | undefined): SavedFolders {
  const [state, setState] = useState<SavedFolders>({ status: 'idle' });
  const imap = account?.config?.imap;
  const key = imap && account.hasPassword.imap ? [imap.host, imap.port, imap.tls, imap.user, imap.pinnedCertificate?.sha256 ?? ''].join('|') : '';

  useEffect(() => {
    if (!key) return;
    let live = true;
    setState({ status: 'listing' });
    api()
      .invoke('account:listFolders', {})
      .then((result) => live && setState(result.ok ? { status: 'listed', folders: result.mailboxes } : { status: 'unavailable' }))
      .catch((err: unknown) => {
        // handled: without a list the folder fields take typed names; a refusal other than "nothing saved" is logged
        if (!(isFailure(err) && err.code === 'not-configured')) reportError('account:listFolders', err);
        if (live) setState({ status: 'unavailable' });
      });
    return () => {
      live = false;
    };
  }, [key]);

  return key ? state : { status: 'idle' };
}

export function foldersOf(state: SavedFolders): string[] | undefined {
  return state.status === 'listed' ? state.folders : undefined;
}
