/** "New organization": its name. */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCrmStore } from '../../session/sessionContext';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { useAsyncAction } from '../../components/useAsyncAction';
import type { OrganizationRow } from '../../db/records';
import { ActionError } from './ActionError';

export function NewOrganizationForm({ onCreated, onCancel }: { onCreated(organization: OrganizationRow): void; onCancel(): void }) {
  const { t } = useTranslation();
  const store = useCrmStore();
  const headingId = useId();
  const [name, setName] = useState('');
  const [showProblems, setShowProblems] = useState(false);
  const action = useAsyncAction();
  const missing = name.trim() === '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setShowProblems(true);
    if (missing) return;
    const organization = await action.run(() => store.createOrganization({ name: name.trim() }));
    if (organization) onCreated(organization);
  }

  return (
    <form className="new-item" aria-labelledby={headingId} onSubmit={(e) => void submit(e)} noValidate data-testid="new-organization-form">
      <h2 id={headingId}>{t('items.new.organizations')}</h2>
      <div className="field-row">
        <Field
          label={t('items.fields.name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoFocus
          required
          error={showProblems && missing ? t('items.form.nameMissing') : undefined}
        />
      </div>
      <ActionError error={action.error} />
      <div className="actions">
        <Button type="submit" variant="primary" busy={action.busy}>
          {t('items.create.organizations')}
        </Button>
        <Button onClick={onCancel}>{t('common.actions.cancel')}</Button>
      </div>
    </form>
  );
}
