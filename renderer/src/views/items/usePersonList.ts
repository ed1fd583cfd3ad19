/**
 * The people list: found by name or address (all of them, by name, when nothing is typed), each
 * with its organization's name and a summary of its mail.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCrmStore } from '../../session/sessionContext';
import type { PersonRow } from '../../db/records';
import { LIST_THREAD_CAP, mailSummary, type MailSummary } from './activity';

export interface PersonListRow extends MailSummary {
  person: PersonRow;
  organizationName?: string;
}

/** How many people one page shows; the search field narrows it down. */
export const PERSON_PAGE = 200;

export function usePersonList(query: string): PersonListRow[] | undefined {
  const store = useCrmStore();
  const q = query.trim();
  return useLiveQuery(async () => {
    const persons = await store.queries.findPersons(q, PERSON_PAGE);
    return Promise.all(
      persons.map(async (person): Promise<PersonListRow> => {
        const [threads, organization] = await Promise.all([
          store.queries.threadsOfPerson(person.id, { limit: LIST_THREAD_CAP }),
          person.organizationId === undefined ? undefined : store.queries.organization(person.organizationId),
        ]);
        return { person, organizationName: organization?.name, ...mailSummary(threads, person.updatedAt) };
      }),
    );
  }, [store, q]);
}
