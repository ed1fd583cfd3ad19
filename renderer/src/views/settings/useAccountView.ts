/** The saved account (account:get), loaded once for the settings and replaced after each save. */
import { useEffect, useState } from 'react';
import type { AccountView } from '../../../../shared/settings/accountConfig';
import { api } from '../../api/api';
import { reportError } from '../../api/reportError';

export type AccountViewState = { status: 'loading' } | { status: 'loaded'; account: AccountView } | { status: 'core-error' };

export function useAccountView() {
  const [state, setState] = useState<AccountViewState>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    Promise.resolve()
      .then(() => api().invoke('account:get', {}))
      .then((account) => live && setState({ status: 'loaded', account }))
      .catch((err: unknown) => {
        reportError('account:get', err);
        if (live) setState({ status: 'core-error' });
      });
    return () => {
      live = false;
    };
  }, []);

  return { state, replace: (account: AccountView) => setState({ status: 'loaded', account }) };
}
