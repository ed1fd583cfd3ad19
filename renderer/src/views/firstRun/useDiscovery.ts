/** Server autodiscovery for an address (account:discover), as state the account step shows. */
import { useCallback, useRef, useState } from 'react';
import type { DiscoveredServer, DiscoverySource, TriedSource } from '../../../../shared/ipc/discovery';
import { isFailure } from '../../../../shared/failures/failure';
import { api } from '../../api/api';
import { reportError } from '../../api/reportError';

export type DiscoveryState =
  | { status: 'idle' }
  | { status: 'searching' }
  | { status: 'found'; domain: string; source: DiscoverySource }
  | { status: 'not-found'; domain: string; tried: TriedSource[] }
  | { status: 'invalid-email' }
  | { status: 'core-error' };

export interface Discovered {
  imap: DiscoveredServer;
  smtp: DiscoveredServer;
}

export interface Discovery {
  state: DiscoveryState;
  discover(email: string): Promise<Discovered | undefined>;
}

export function useDiscovery(): Discovery {
  const [state, setState] = useState<DiscoveryState>({ status: 'idle' });
  const generation = useRef(0);

  /** Looks the address up; resolves with the servers when some were found. */
  const discover = useCallback(async (email: string): Promise<Discovered | undefined> => {
    const mine = ++generation.current;
    const domain = email.trim().split('@').pop() ?? '';
    setState({ status: 'searching' });
    let next: DiscoveryState;
    let found: Discovered | undefined;
    try {
      const answer = await api().invoke('account:discover', { email: email.trim() });
      if (answer.found) {
        next = { status: 'found', domain, source: answer.source };
        found = { imap: answer.imap, smtp: answer.smtp };
      } else next = { status: 'not-found', domain, tried: answer.tried };
    } catch (err) {
      if (isFailure(err) && err.code === 'invalid-email') next = { status: 'invalid-email' };
      else {
        reportError('account:discover', err);
        next = { status: 'core-error' };
      }
    }
    if (mine !== generation.current) return undefined;
    setState(next);
    return found;
  }, []);

  return { state, discover };
}
