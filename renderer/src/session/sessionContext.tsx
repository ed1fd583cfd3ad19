/** Hands the session's store to the views. */
import { createContext, useContext } from 'react';
import type { CrmStore } from '../store';
import type { Session } from './session';

export const SessionContext = createContext<Session | undefined>(undefined);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside of SessionContext');
  return session;
}

export function useCrmStore(): CrmStore {
  return useSession().store;
}
