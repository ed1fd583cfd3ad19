/** account:save: the config, the new passwords for the keychain, and the outcome. */
import { useState } from 'react';
import type { AccountConfig, AccountView } from '../../../../../shared/settings/accountConfig';
import { isFailure } from '../../../../../shared/failures/failure';
import { api } from '../../../api/api';
import { reportError } from '../../../api/reportError';

export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; account: AccountView }
  | { status: 'keychain-unavailable' }
  | { status: 'core-error' };

export type Passwords = Partial<Record<'imap' | 'smtp' | 'dropbox', string>>;

export function useSaveAccount() {
  const [state, setState] = useState<SaveState>({ status: 'idle' });

  async function save(config: AccountConfig, passwords: Passwords): Promise<SaveState> {
    setState({ status: 'saving' });
    let next: SaveState;
    try {
      const answer = await api().invoke('account:save', { config, passwords });
      next = { status: 'saved', account: answer.account };
    } catch (err) {
      if (isFailure(err) && err.code === 'keychain-unavailable') next = { status: 'keychain-unavailable' };
      else {
        reportError('account:save', err);
        next = { status: 'core-error' };
      }
    }
    setState(next);
    return next;
  }

  /** back to idle, e.g. when the user edits again after "Saved" */
  const reset = () => setState((s) => (s.status === 'saving' ? s : { status: 'idle' }));

  return { state, save, reset };
}
