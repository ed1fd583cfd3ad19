/** The account facts while compose is open, refreshed when the sender addresses change. */
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/api';
import { loadAccountFacts, type AccountFacts } from './accountFacts';
import { reportError } from '../../api/reportError';

export type AccountFactsState = { status: 'loading' } | { status: 'ready'; facts: AccountFacts } | { status: 'no-account' } | { status: 'core-error' };

export function useAccountFacts(active: boolean): AccountFactsState {
  const [state, setState] = useState<AccountFactsState>({ status: 'loading' });
  const load = useCallback((live: () => boolean) => {
    loadAccountFacts(api())
      .then((facts) => live() && setState(facts ? { status: 'ready', facts } : { status: 'no-account' }))
      .catch((err: unknown) => {
        reportError('compose: account facts', err);
        if (live()) setState({ status: 'core-error' });
      });
  }, []);

  useEffect(() => {
    if (!active) return;
    let live = true;
    const isLive = () => live;
    load(isLive);
    const offChanged = api().on('addresses:changed', () => load(isLive));
    const offConfirmed = api().on('addresses:confirmed', () => load(isLive));
    return () => {
      live = false;
      offChanged();
      offConfirmed();
    };
  }, [active, load]);

  return state;
}
