/** The organizations list: found by name (all, by name, when nothing is typed), with people and mail. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCrmStore } from '../../session/sessionContext';
import type { OrganizationRow } from '../../db/records';
import { LIST_THREAD_CAP, mailSummary, type MailSummary } from './activity';

export interface OrganizationListRow extends MailSummary {
  organization: OrganizationRow;
  personCount: number;
}

export const ORGANIZATION_PAGE = 200;

export function useOrganizationList(query: string): OrganizationListRow[] | undefined {
  const store = useCrmStore();
  const q = query.trim();
  return useLiveQuery(async () => {
    const organizations = await store.queries.findOrganizations(q, ORGANIZATION_PAGE);
    return Promise.all(
      organizations.map(async (organization): Promise<OrganizationListRow> => {
        const [persons, threads] = await Promise.all([store.queries.personsOfOrganization(organization.id), store.queries.threadsOfOrganization(organization.id, { limit: LIST_THREAD_CAP })]);
        return { organization, personCount: persons.length, ...mailSummary(threads, organization.updatedAt) };
      }),
    );
  }, [store, q]);
}
