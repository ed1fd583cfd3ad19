/** People as a record kind: found by name or address; their organization, addresses, items and mail. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { looksLikeAddress } from '../../../../shared/rules/emailAddress';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { openCompose } from '../../state/compose';
import type { AsyncAction } from '../../components/useAsyncAction';
import type { PersonRow } from '../../db/records';
import { useCrmStore } from '../../session/sessionContext';
import { ActionError } from './ActionError';
import { LIST_THREAD_CAP, mailSummary } from './activity';
import { EmailAddresses } from './EmailAddresses';
import { CreatedFact, OrganizationFact } from './Facts';
import { NewRecordForm } from './NewRecordForm';
import { OrganizationPicker } from './OrganizationPicker';
import type { RecordKind } from './recordKind';
import { RecordItems } from './RecordItems';
import { RecordThreads } from './RecordThreads';
import { RefChoice } from './RefChoice';
import { useThreadPages } from './useThreadPages';

/** A person's page below the header: organization, created, email addresses (one primary), their deals, leads and projects, their conversations. */
function PersonBody({ record: person, action }: { record: PersonRow; action: AsyncAction }) {
  const { t } = useTranslation();
  const store = useCrmStore();
  const id = person.id;
  const items = useLiveQuery(() => store.queries.itemsOfPerson(id), [store, id]);
  const threadPages = useThreadPages((request) => store.queries.threadsOfPerson(id, request), [store, id]);
  return (
    <>
      <dl className="rec-facts">
        <OrganizationFact organizationId={person.organizationId} onChange={(organizationId) => action.run(() => store.updatePerson(id, { organizationId }))} />
        <CreatedFact at={person.createdAt} />
      </dl>
      <ActionError error={action.error} />
      <EmailAddresses person={person} action={action} />
      <RecordItems items={items ?? []} empty={t('items.person.noItems')} />
      <RecordThreads pages={threadPages} empty={t('items.person.noThreads')} />
    </>
  );
}

/** R10.5 "Email": compose to the person at their primary address. */
function PersonActions({ record: person }: { record: PersonRow }) {
  const { t } = useTranslation();
  const address = person.emails[0];
  if (address === undefined) return null;
  const to = person.name.trim() !== '' ? { address, name: person.name } : { address };
  return (
    <Button variant="secondary" onClick={() => openCompose({ to: [to] })} title={t('items.person.emailNamed', { name: person.name || address })} data-testid="person-email">
      {t('items.person.email')}
    </Button>
  );
}

/** "New person": name, email address, organization. */
function NewPersonForm({ onCreated, onCancel }: { onCreated(person: PersonRow): void; onCancel(): void }) {
  const { t } = useTranslation();
  const store = useCrmStore();
  const [email, setEmail] = useState('');
  const [organization, setOrganization] = useState<{ id: string; name: string }>();
  const emailBad = !looksLikeAddress(email);
  return (
    <NewRecordForm
      view="persons"
      testId="person"
      fieldsInvalid={emailBad}
      create={(name) => store.createPerson({ name, emails: [email.trim()], ...(organization ? { organizationId: organization.id } : {}) })}
      onCreated={onCreated}
      onCancel={onCancel}
      fields={(showProblems) => (
        <>
          <Field
            label={t('items.fields.email')}
            type="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            required
            error={showProblems && emailBad ? t('items.form.emailInvalid') : undefined}
          />
          <RefChoice label={t('items.fields.organization')} chosen={organization} onClear={() => setOrganization(undefined)}>
            <OrganizationPicker label={t('items.fields.organization')} onPick={(o) => setOrganization({ id: o.id, name: o.name })} />
          </RefChoice>
        </>
      )}
    />
  );
}

export const PERSONS: RecordKind<PersonRow, { organizationName?: string }> = {
  view: 'persons',
  testId: 'person',
  findRows: async (store, query, limit) => {
    const persons = await store.queries.findPersons(query, limit);
    return Promise.all(
      persons.map(async (person) => {
        const [threads, organization] = await Promise.all([
          store.queries.threadsOfPerson(person.id, { limit: LIST_THREAD_CAP }),
          person.organizationId === undefined ? undefined : store.queries.organization(person.organizationId),
        ]);
        return { record: person, organizationName: organization?.name, ...mailSummary(threads, person.updatedAt) };
      }),
    );
  },
  columns: [
    { header: (t) => t('items.columns.email'), className: 'address-cell', cell: (row) => row.record.emails[0] },
    { header: (t) => t('items.columns.organization'), cell: (row) => row.organizationName ?? '' },
  ],
  load: (store, id) => store.queries.person(id),
  rename: (store, id, name) => store.updatePerson(id, { name }),
  remove: (store, id) => store.deletePerson(id),
  HeaderActions: PersonActions,
  DetailBody: PersonBody,
  NewForm: NewPersonForm,
};
