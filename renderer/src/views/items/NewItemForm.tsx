/** "New deal / lead / project": a small form — title, value (deals), person, organization. */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemKind } from '../../../../shared/domain/crm';
import { useCrmStore } from '../../session/sessionContext';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { useAsyncAction } from '../../components/useAsyncAction';
import type { ItemRow } from '../../db/records';
import { ActionError } from './ActionError';
import { LIST_OF_KIND } from './kinds';
import { parseAmount } from './money';
import { MoneyFields } from './MoneyFields';
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
  const view = LIST_OF_KIND[kind];
  const [title, setTitle] = useState('');
  const money = useMoneyDraft(undefined, undefined);
  const [person, setPerson] = useState<Chosen>();
  const [organization, setOrganization] = useState<Chosen>();
  const [showProblems, setShowProblems] = useState(false);
  const action = useAsyncAction();
  const headingId = useId();

  const titleMissing = title.trim() === '';
  const amount = parseAmount(money.amount, i18n.language);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setShowProblems(true);
    if (titleMissing || (kind === 'deal' && amount.kind === 'invalid')) return;
    const refs = { ...(person ? { personId: person.id } : {}), ...(organization ? { organizationId: organization.id } : {}) };
    const input = { title: title.trim(), ...refs };
    const created = await action.run(() => {
      switch (kind) {
        case 'deal':
          return store.createDeal({ ...input, ...(amount.kind === 'amount' ? { value: amount.value, currency: money.currency } : {}) });
        case 'lead':
          return store.createLead(input);
        case 'project':
          return store.createProject(input);
      }
    });
    if (created) onCreated(created);
  }

  async function choosePerson(chosen: { id: string; name: string; organizationId?: string }) {
    setPerson({ id: chosen.id, name: chosen.name });
    if (organization || chosen.organizationId === undefined) return;
    const org = await store.queries.organization(chosen.organizationId);
    if (org) setOrganization({ id: org.id, name: org.name });
  }

  return (
    <form className="new-item" aria-labelledby={headingId} onSubmit={(e) => void submit(e)} noValidate data-testid="new-item-form">
      <h2 id={headingId}>{t(`items.new.${view}`)}</h2>
      <div className="field-row">
        <Field
          label={t('items.fields.title')}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          autoFocus
          required
          error={showProblems && titleMissing ? t('items.form.titleMissing') : undefined}
        />
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
      <ActionError error={action.error} />
      <div className="actions">
        <Button type="submit" variant="primary" busy={action.busy}>
          {t(`items.create.${view}`)}
        </Button>
        <Button onClick={onCancel}>{t('common.actions.cancel')}</Button>
      </div>
    </form>
  );
}
