/** "New person": name, email address, organization. */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCrmStore } from '../../session/sessionContext';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { useAsyncAction } from '../../components/useAsyncAction';
import type { PersonRow } from '../../db/records';
import { ActionError } from './ActionError';
import { looksLikeEmail } from './emailAddress';
import { OrganizationPicker } from './OrganizationPicker';
import { RefChoice } from './RefChoice';

export function NewPersonForm({ onCreated, onCancel }: { onCreated(person: PersonRow): void; onCancel(): void }) {
  const { t } = useTranslation();
  const store = useCrmStore();
  const headingId = useId();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [organization, setOrganization] = useState<{ id: string; name: string }>();
  const [showProblems, setShowProblems] = useState(false);
  const action = useAsyncAction();
  const nameMissing = name.trim() === '';
  const emailBad = !looksLikeEmail(email);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setShowProblems(true);
    if (nameMissing || emailBad) return;
    const person = await action.run(() =>
      store.createPerson({ name: name.trim(), emails: [email.trim()], ...(organization ? { organizationId: organization.id } : {}) }),
    );
    if (person) onCreated(person);
  }

  return (
    <form className="new-item" aria-labelledby={headingId} onSubmit={(e) => void submit(e)} noValidate data-testid="new-person-form">
      <h2 id={headingId}>{t('items.new.persons')}</h2>
      <div className="field-row">
        <Field
          label={t('items.fields.name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoFocus
          required
          error={showProblems && nameMissing ? t('items.form.nameMissing') : undefined}
        />
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
      </div>
      <ActionError error={action.error} />
      <div className="actions">
        <Button type="submit" variant="primary" busy={action.busy}>
          {t('items.create.persons')}
        </Button>
        <Button onClick={onCancel}>{t('common.actions.cancel')}</Button>
      </div>
    </form>
  );
}
