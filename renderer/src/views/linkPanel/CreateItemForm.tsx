/**
 * R4.10 "create a new deal / lead / project prefilled from the mail": the title from the subject,
 * the person from the counterparty, both editable before creating; created and linked in one
 * step (createItemFromThread). A counterparty who is not a person yet becomes one first.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemKind } from '../../../../shared/domain/crm';
import { personNameFrom } from '../../../../shared/rules/personName';
import { useCrmStore } from '../../session/sessionContext';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import type { ItemRow, ThreadRow } from '../../db/records';
import { PanelFormEnd, usePanelForm } from './panelForm';
import { titleFromSubject } from './titleFromSubject';
import { usePeopleOfThread } from './usePeopleOfThread';

export interface CreateItemFormProps {
  thread: ThreadRow;
  kind: ItemKind;
  onCreated(item: ItemRow): void;
  onCancel(): void;
}

export function CreateItemForm({ thread, kind, onCreated, onCancel }: CreateItemFormProps) {
  const { t } = useTranslation();
  const store = useCrmStore();
  const people = usePeopleOfThread(thread) ?? [];
  const [title, setTitle] = useState(() => titleFromSubject(thread.subject));
  const [address, setAddress] = useState<string | undefined>();
  const chosen = people.find((p) => p.mailbox.address === address) ?? people[0];

  async function create(): Promise<void> {
    const person = chosen?.person ?? (chosen && thread.ownerId === store.viewer.userId ? await store.createPerson({ name: personNameFrom(chosen.mailbox), emails: [chosen.mailbox.address] }) : undefined);
    const { item } = await store.createItemFromThread(thread.id, kind, {
      title: title.trim(),
      ...(person ? { personId: person.id } : {}),
      ...(person?.organizationId ? { organizationId: person.organizationId } : {}),
    });
    onCreated(item);
  }

  const { submit, missing, action } = usePanelForm(title, t('linkPanel.create.titleMissing'), create);

  const personOptions = people.map((p) => ({
    value: p.mailbox.address,
    label: p.person ? `${p.person.name} <${p.mailbox.address}>` : t('linkPanel.create.newPerson', { name: personNameFrom(p.mailbox), address: p.mailbox.address }),
  }));

  return (
    <form className="create-item" onSubmit={submit} aria-label={t(`linkPanel.create.title.${kind}`)} data-testid="create-item-form">
      <p className="create-item-title">{t(`linkPanel.create.title.${kind}`)}</p>
      <Field label={t('linkPanel.create.itemTitle')} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={500} error={missing} autoFocus />
      {personOptions.length > 0 && chosen && (
        <SelectField label={t('linkPanel.create.person')} options={personOptions} value={chosen.mailbox.address} onChange={setAddress} />
      )}
      <PanelFormEnd action={action} submitLabel={t(`linkPanel.create.submit.${kind}`)} onCancel={onCancel} />
    </form>
  );
}
