/**
 * The account's address and display name, for the Rejected list's advice (R3.8: does the
 * sender look like the user?). Undefined until main answered, or when it could not: then no
 * sender looks like the user and nobody is told to add an address of theirs.
 */
import { useEffect, useState } from 'react';
import type { AdviceUser } from '../../../../shared/rules/rejectionAdvice';
import { api } from '../../api/api';
import { reportError } from '../../api/reportError';

export function useAdviceUser(): AdviceUser | undefined {
  const [user, setUser] = useState<AdviceUser | undefined>(undefined);
  useEffect(() => {
    let live = true;
    api()
      .invoke('account:get', {})
      .then((view) => {
        if (live && view.config) setUser({ primary: view.config.email, displayName: view.config.displayName });
      })
      .catch((err: unknown) => reportError('rejected: read the account for advice', err));
    return () => {
      live = false;
    };
  }, []);
  return user;
}
