/** The current names of a person and an organization, live (they may be renamed elsewhere). */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCrmStore } from '../../session/sessionContext';

export function usePersonName(id: string | undefined): string | undefined {
  const store = useCrmStore();
  return useLiveQuery(async () => (id === undefined ? undefined : (await store.queries.person(id))?.name), [store, id]);
}

export function useOrganizationName(id: string | undefined): string | undefined {
  const store = useCrmStore();
  return useLiveQuery(async () => (id === undefined ? undefined : (await store.queries.organization(id))?.name), [store, id]);
}
