/**
 * R4.10 "create a person prefilled from the mail": the name from the display name (or the
 * address), the address fixed, an organization by name — an existing one when the name matches.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mailbox } from '../../../../shared/domain/mail';
import { personNameFrom } from '../../../../shared/rules/personName';
import { useCrmStore } from '../../session/sessionContext';
import { Field } from '../../components/Field';
import { foldText } from '../../db/derivedFields';
import type { PersonRow } from '../../db/records';
import type { CrmStore } from '../../store';
import { PanelFormEnd, usePanelForm } from './panelForm';

async function organizationNamed(store: CrmStore, name: string): Promise<string | undefined> {
  const wanted = name.trim();
  if (wanted === '') return undefined;
  const same = (await store.queries.findOrganizations(wanted, 10)).find((o) => foldText(o.name) === foldText(wanted));
  return (same ?? (await store.createOrganization({ name: wanted }))).id;
}

export function CreatePersonForm({ mailbox, onCreated, onCancel }: { mailbox: Mailbox; onCreated(person: PersonRow): void; onCancel(): void }) {
  const { t } = useTranslation();
  const store = useCrmStore();
  const [name, setName] = useState(() => personNameFrom(mailbox));
  const [organization, setOrganization] = useState('');
  const { submit, missing, action } = usePanelForm(name, t('linkPanel.person.nameMissing'), async () => {
    const organizationId = await organizationNamed(store, organization);
    const person = await store.createPerson({ name: name.trim(), emails: [mailbox.address], ...(organizationId ? { organizationId } : {}) });
    onCreated(person);
  });

  return (
    <form className="create-person" onSubmit={submit} aria-label={t('linkPanel.person.formLabel', { address: mailbox.address })} data-testid="create-person-form">
      <Field label={t('linkPanel.person.name')} value={name} onChange={(e) => setName(e.target.value)} error={missing} autoFocus />
      <p className="create-person-address">{mailbox.address}</p>
      <Field label={t('linkPanel.person.organization')} hint={t('linkPanel.person.organizationHint')} value={organization} onChange={(e) => setOrganization(e.target.value)} />
      <PanelFormEnd action={action} submitLabel={t('linkPanel.person.create')} onCancel={onCancel} />
    </form>
  );
}
