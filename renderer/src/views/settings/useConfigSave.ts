/** A settings section's save: the stored config with the section's change, then the new view. */
import type { AccountConfig, AccountView } from '../../../../shared/settings/accountConfig';
import { useSaveAccount, type Passwords, type SaveState } from '../common/account/useSaveAccount';

export interface ConfigSave {
  state: SaveState;
  save(change: (config: AccountConfig) => AccountConfig, passwords?: Passwords): Promise<SaveState>;
  reset(): void;
}

export function useConfigSave(account: AccountView, onSaved: (account: AccountView) => void): ConfigSave {
  const saving = useSaveAccount();
  return {
    state: saving.state,
    reset: saving.reset,
    async save(change, passwords = {}) {
      if (!account.config) return saving.state;
      const outcome = await saving.save(change(account.config), passwords);
      if (outcome.status === 'saved') onSaved(outcome.account);
      return outcome;
    },
  };
}
