/**
 * R4.10 "create a new deal / lead / project prefilled from the mail": the title from the subject,
 * the person from the counterparty, both editable before creating; created and linked in one
 * step (createItemFromThread). A counterparty who is not a person yet becomes one first.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemKind } from '../../../../shared/domain/crm';
import { personNameFrom } from '../../../../shared/rules/personName';
import { useCrmStore } from '../../session/sessionContext';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { useAsyncAction } from '../../components/useAsyncAction';
import type { ItemRow, ThreadRow } from '../../db/records';
import { ErrorNotice } from '../common/ErrorNotice';
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
  const [titleError, setTitleError] = useState<string | undefined>();
  const action = useAsyncAction();
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

  function submit(event: FormEvent): void {
    event.preventDefault();
    if (title.trim() === '') {
      setTitleError(t('linkPanel.create.titleMissing'));
      return;
    }
    setTitleError(undefined);
    void action.run(create);
  }

  const personOptions = people.map((p) => ({
    value: p.mailbox.address,
    label: p.person ? `${p.person.name} <${p.mailbox.address}>` : t('linkPanel.create.newPerson', { name: personNameFrom(p.mailbox), address: p.mailbox.address }),
  }));

  return (
    <form className="create-item" onSubmit={submit} aria-label={t(`linkPanel.create.title.${kind}`)} data-testid="create-item-form">
      <p className="create-item-title">{t(`linkPanel.create.title.${kind}`)}</p>
      <Field label={t('linkPanel.create.itemTitle')} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={500} error={titleError} autoFocus />
      {personOptions.length > 0 && chosen && (
        <SelectField label={t('linkPanel.create.person')} options={personOptions} value={chosen.mailbox.address} onChange={setAddress} />
      )}
      <ErrorNotice error={action.error} />
      <div className="actions">
        <Button type="submit" variant="primary" busy={action.busy}>
          {t(`linkPanel.create.submit.${kind}`)}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          {t('common.actions.cancel')}
        </Button>
      </div>
    </form>
  );
}
