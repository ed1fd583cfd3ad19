/**
 * Server autodiscovery for an address (account:discover), as state the account step shows.
 * Servers that main marks as needing confirmation (named by DNS outside the mail domain) are held
 * back: the draft gets them, and a password can go to them, only after the user accepts them.
 */
import { useCallback, useRef, useState } from 'react';
import type { DiscoveredServer, DiscoverySource, GuessedHost, TriedSource } from '../../../../shared/ipc/discovery';
import { isFailure } from '../../../../shared/failures/failure';
import { api } from '../../api/api';
import { reportError } from '../../api/reportError';

export type DiscoveryState =
  | { status: 'idle' }
  | { status: 'searching' }
  /** guessed: the hosts probed, when the usual host names were tried */
  | { status: 'found'; domain: string; source: DiscoverySource; guessed?: GuessedHost[] }
  /** found, but outside the mail domain: shown with their hosts until the user accepts or declines */
  | { status: 'confirm'; domain: string; source: DiscoverySource; hosts: string[]; servers: Discovered }
  | { status: 'declined'; domain: string }
  | { status: 'not-found'; domain: string; tried: TriedSource[]; guessed?: GuessedHost[] }
  | { status: 'invalid-email' }
  | { status: 'core-error' };

export interface Discovered {
  imap: DiscoveredServer;
  smtp: DiscoveredServer;
}

export interface Discovery {
  state: DiscoveryState;
  /**
   * resolves with the servers when they may be used at once (none needs confirmation); with one
   * side only when guessing found just that one (within the mail domain, so usable at once too)
   */
  discover(email: string): Promise<Partial<Discovered> | undefined>;
  /** the servers waiting for confirmation, now accepted by the user */
  accept(): Discovered | undefined;
  /** the servers waiting for confirmation are not used */
  decline(): void;
}

export function useDiscovery(): Discovery {
  const [state, setState] = useState<DiscoveryState>({ status: 'idle' });
  const generation = useRef(0);

  /** Looks the address up; resolves with the servers when some were found. */
  const discover = useCallback(async (email: string): Promise<Partial<Discovered> | undefined> => {
    const mine = ++generation.current;
    const domain = email.trim().split('@').pop() ?? '';
    setState({ status: 'searching' });
    let next: DiscoveryState;
    let found: Partial<Discovered> | undefined;
    try {
      const answer = await api().invoke('account:discover', { email: email.trim() });
      if (answer.found && answer.needsConfirmation) {
        const servers = { imap: answer.imap, smtp: answer.smtp };
        next = { status: 'confirm', domain: answer.needsConfirmation.domain, source: answer.source, hosts: answer.needsConfirmation.hosts, servers };
      } else if (answer.found) {
        next = { status: 'found', domain, source: answer.source, ...(answer.guessed && { guessed: answer.guessed }) };
        found = { imap: answer.imap, smtp: answer.smtp };
      } else {
        next = { status: 'not-found', domain, tried: answer.tried, ...(answer.guessed && { guessed: answer.guessed }) };
        found = answer.partial;
      }
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

  function accept(): Discovered | undefined {
    if (state.status !== 'confirm') return undefined;
    // a lookup started since would answer for another address: this acceptance is for these hosts only
    generation.current++;
    setState({ status: 'found', domain: state.domain, source: state.source });
    return state.servers;
  }

  function decline(): void {
    if (state.status !== 'confirm') return;
    generation.current++;
    setState({ status: 'declined', domain: state.domain });
  }

  return { state, discover, accept, decline };
}
