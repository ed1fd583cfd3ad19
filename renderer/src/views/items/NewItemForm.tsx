/** "New deal / lead / project": a small form — title, value (deals), person, organization. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemKind } from '../../../../shared/domain/crm';
import { useCrmStore } from '../../session/sessionContext';
import type { ItemRow } from '../../db/records';
import { LIST_OF_KIND } from './kinds';
import { parseAmount } from './money';
import { MoneyFields } from './MoneyFields';
import { NameField, NewForm } from './NewForm';
import { OrganizationPicker } from './OrganizationPicker';
import { PersonPicker } from './PersonPicker';
import { RefChoice } from './RefChoice';
import { useMoneyDraft } from './useMoneyDraft';

interface Chosen {
  id: string;
  name: string;
}

export interface NewItemFormProps {
  kind: ItemKind;
  onCreated(item: ItemRow): void;
  onCancel(): void;
}

export function NewItemForm({ kind, onCreated, onCancel }: NewItemFormProps) {
  const { t, i18n } = useTranslation();
  const store = useCrmStore();
  const [title, setTitle] = useState('');
  const money = useMoneyDraft(undefined, undefined);
  const [person, setPerson] = useState<Chosen>();
  const [organization, setOrganization] = useState<Chosen>();

  const titleMissing = title.trim() === '';
  const amount = parseAmount(money.amount, i18n.language);

  function create(): Promise<ItemRow> {
    const refs = { ...(person ? { personId: person.id } : {}), ...(organization ? { organizationId: organization.id } : {}) };
    const input = { title: title.trim(), ...refs };
    switch (kind) {
      case 'deal':
        return store.createDeal({ ...input, ...(amount.kind === 'amount' ? { value: amount.value, currency: money.currency } : {}) });
      case 'lead':
        return store.createLead(input);
      case 'project':
        return store.createProject(input);
    }
  }

  async function choosePerson(chosen: { id: string; name: string; organizationId?: string }) {
    setPerson({ id: chosen.id, name: chosen.name });
    if (organization || chosen.organizationId === undefined) return;
    const org = await store.queries.organization(chosen.organizationId);
    if (org) setOrganization({ id: org.id, name: org.name });
  }

  return (
    <NewForm
      view={LIST_OF_KIND[kind]}
      testId="new-item-form"
      invalid={titleMissing || (kind === 'deal' && amount.kind === 'invalid')}
      create={create}
      onCreated={onCreated}
      onCancel={onCancel}
    >
      {(showProblems) => (
        <>
          <div className="field-row">
            <NameField label={t('items.fields.title')} value={title} onChange={setTitle} missing={showProblems && titleMissing ? t('items.form.titleMissing') : undefined} />
            {kind === 'deal' && <MoneyFields draft={money} error={showProblems && amount.kind === 'invalid' ? t('items.form.amountInvalid') : undefined} />}
          </div>
          <div className="field-row">
            <RefChoice label={t('items.fields.person')} chosen={person} onClear={() => setPerson(undefined)}>
              <PersonPicker label={t('items.fields.person')} onPick={(p) => void choosePerson(p)} />
            </RefChoice>
            <RefChoice label={t('items.fields.organization')} chosen={organization} onClear={() => setOrganization(undefined)}>
              <OrganizationPicker label={t('items.fields.organization')} onPick={(o) => setOrganization({ id: o.id, name: o.name })} />
            </RefChoice>
          </div>
        </>
      )}
    </NewForm>
  );
}
