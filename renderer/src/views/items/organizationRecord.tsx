/** Organizations as a record kind: found by name; their people and their mail. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { AsyncAction } from '../../components/useAsyncAction';
import type { OrganizationRow } from '../../db/records';
import { useCrmStore } from '../../session/sessionContext';
import { ActionError } from './ActionError';
import { LIST_THREAD_CAP, mailSummary } from './activity';
import { NewRecordForm } from './NewRecordForm';
import { OrganizationDomains } from './OrganizationDomains';
import { OrganizationPersons } from './OrganizationPersons';
import type { RecordKind } from './recordKind';
import { RecordThreads } from './RecordThreads';
import { useThreadPages } from './useThreadPages';

/** An organization's page below the header: its people, its conversations. */
function OrganizationBody({ record: organization, action }: { record: OrganizationRow; action: AsyncAction }) {
  const { t } = useTranslation();
  const store = useCrmStore();
  const id = organization.id;
  const persons = useLiveQuery(() => store.queries.personsOfOrganization(id), [store, id]);
  const threadPages = useThreadPages((request) => store.queries.threadsOfOrganization(id, request), [store, id]);
  return (
    <>
      <OrganizationPersons persons={persons} />
      <OrganizationDomains organization={organization} action={action} />
      <RecordThreads pages={threadPages} empty={t('items.organization.noThreads')} />
      <ActionError error={action.error} />
    </>
  );
}

/** "New organization": its name. */
function NewOrganizationForm({ onCreated, onCancel }: { onCreated(organization: OrganizationRow): void; onCancel(): void }) {
  const store = useCrmStore();
  return <NewRecordForm view="organizations" testId="organization" create={(name) => store.createOrganization({ name })} onCreated={onCreated} onCancel={onCancel} />;
}

export const ORGANIZATIONS: RecordKind<OrganizationRow, { personCount: number }> = {
  view: 'organizations',
  testId: 'organization',
  findRows: async (store, query, limit) => {
    const organizations = await store.queries.findOrganizations(query, limit);
    return Promise.all(
      organizations.map(async (organization) => {
        const [persons, threads] = await Promise.all([store.queries.personsOfOrganization(organization.id), store.queries.threadsOfOrganization(organization.id, { limit: LIST_THREAD_CAP })]);
        return { record: organization, personCount: persons.length, ...mailSummary(threads, organization.updatedAt) };
      }),
    );
  },
  columns: [{ header: (t) => t('items.columns.persons'), numeric: true, cell: (row, format) => format.number(row.personCount) }],
  load: (store, id) => store.queries.organization(id),
  rename: (store, id, name) => store.renameOrganization(id, { name }),
  remove: (store, id) => store.deleteOrganization(id),
  DetailBody: OrganizationBody,
  NewForm: NewOrganizationForm,
};
