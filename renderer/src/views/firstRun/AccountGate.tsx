/**
 * Shows the first run while no account is saved (account:get answers without a config), and
 * the app itself once there is one. If the core does not answer, the app is shown: its shell
 * says that the core is not connected.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { AccountView } from '../../../../shared/settings/accountConfig';
import { api } from '../../api/api';
import { FirstRun } from './FirstRun';
import { reportError } from '../../api/reportError';

type GateState = 'loading' | 'first-run' | 'ready';

export interface AccountGateProps {
  children: ReactNode;
  /** the saved account, at start and after the first run (e.g. to mirror it into the CRM store) */
  onAccount?(account: AccountView): void;
}

export function AccountGate({ children, onAccount }: AccountGateProps) {
  const [state, setState] = useState<GateState>('loading');
  const report = useRef(onAccount);
  useEffect(() => {
    report.current = onAccount;
  });

  useEffect(() => {
    let live = true;
    Promise.resolve()
      .then(() => api().invoke('account:get', {}))
      .then((view) => {
        if (!live) return;
        setState(view.config ? 'ready' : 'first-run');
        if (view.config) report.current?.(view);
      })
      .catch((err: unknown) => {
        // the app opens as set up; Settings shows that the core did not answer
        reportError('account:get', err);
        if (live) setState('ready');
      });
    return () => {
      live = false;
    };
  }, []);

  function done(account: AccountView): void {
    setState('ready');
    report.current?.(account);
  }

  if (state === 'loading') return <div className="gate-loading" aria-busy="true" />;
  if (state === 'first-run') return <FirstRun onDone={done} />;
  return <>{children}</>;
}
