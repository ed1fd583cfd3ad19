/**
 * R4.1 / R4.3 who the conversation is with: each counterparty as the person it is linked to (and
 * that person's organization), or with "Create person" when it is not one yet (R4.10).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCrmStore } from '../../session/sessionContext';
import { Button } from '../../components/Button';
import type { OrganizationRow, ThreadRow } from '../../db/records';
import { CreatePersonForm } from './CreatePersonForm';
import { PEOPLE_SHOWN, usePeopleOfThread, type ThreadPerson } from './usePeopleOfThread';

function useOrganizations(ids: readonly string[]): Map<string, OrganizationRow> {
  const store = useCrmStore();
  const key = [...new Set(ids)].sort().join(',');
  const rows = useLiveQuery(async () => Promise.all(key.split(',').filter(Boolean).map((id) => store.queries.organization(id))), [store, key]);
  return new Map((rows ?? []).filter((o): o is OrganizationRow => o !== undefined).map((o) => [o.id, o]));
}

function PersonLine({ entry, organization, onCreate }: { entry: ThreadPerson; organization: OrganizationRow | undefined; onCreate(): void }) {
  const { t } = useTranslation();
  const { mailbox, person } = entry;
  return (
    <li className="person-line" data-testid="person-line" data-address={mailbox.address}>
      <span className="person-avatar" aria-hidden="true">
        {(person?.name ?? mailbox.name ?? mailbox.address).trim().charAt(0).toUpperCase()}
      </span>
      <span className="person-text">
        <span className="person-name">{person?.name ?? mailbox.name ?? mailbox.address}</span>
        <span className="person-address">{mailbox.address}</span>
        {organization && <span className="person-organization">{organization.name}</span>}
        {!person && <span className="person-unknown">{t('linkPanel.people.notAPerson')}</span>}
      </span>
      {!person && (
        <Button variant="quiet" onClick={onCreate} aria-label={t('linkPanel.people.createFor', { address: mailbox.address })}>
          {t('linkPanel.people.create')}
        </Button>
      )}
    </li>
  );
}

export function PeopleSection({ thread }: { thread: ThreadRow }) {
  const { t } = useTranslation();
  const people = usePeopleOfThread(thread);
  const [creatingFor, setCreatingFor] = useState<string | undefined>();
  const organizations = useOrganizations([...thread.organizationIds, ...(people ?? []).flatMap((p) => (p.person?.organizationId ? [p.person.organizationId] : []))]);
  if (!people) return null;
  if (people.length === 0) return <p className="muted">{t('linkPanel.people.none')}</p>;
  const creating = people.find((p) => p.mailbox.address === creatingFor);
  const linkedOrgs = [...organizations.values()];
  return (
    <>
      <ul className="people">
        {people.map((entry) => (
          <PersonLine
            key={entry.mailbox.address}
            entry={entry}
            organization={entry.person?.organizationId ? organizations.get(entry.person.organizationId) : undefined}
            onCreate={() => setCreatingFor(entry.mailbox.address)}
          />
        ))}
      </ul>
      {thread.counterparties.length > PEOPLE_SHOWN && <p className="muted">{t('linkPanel.people.more', { count: thread.counterparties.length - PEOPLE_SHOWN })}</p>}
      {creating && !creating.person && <CreatePersonForm mailbox={creating.mailbox} onCreated={() => setCreatingFor(undefined)} onCancel={() => setCreatingFor(undefined)} />}
      {linkedOrgs.length > 0 && (
        <div className="organizations" data-testid="organizations">
          <h4 className="panel-subtitle">{t('linkPanel.people.organizations', { count: linkedOrgs.length })}</h4>
          <ul>
            {linkedOrgs.map((o) => (
              <li key={o.id}>{o.name}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
