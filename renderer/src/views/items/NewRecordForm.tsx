/** A "New person" / "New organization" form: a name, what else the kind asks for, create or cancel. */
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { useAsyncAction } from '../../components/useAsyncAction';
import { ActionError } from './ActionError';
import type { RecordView } from './recordKind';

export interface NewRecordFormProps<R> {
  view: RecordView;
  testId: 'person' | 'organization';
  /** the kind's own fields after the name; `showProblems` once the user tried to create */
  fields?: (showProblems: boolean) => ReactNode;
  /** whether the kind's own fields are not fit to create the record */
  fieldsInvalid?: boolean;
  create(name: string): Promise<R>;
  onCreated(record: R): void;
  onCancel(): void;
}

export function NewRecordForm<R>({ view, testId, fields, fieldsInvalid = false, create, onCreated, onCancel }: NewRecordFormProps<R>) {
  const { t } = useTranslation();
  const headingId = useId();
  const [name, setName] = useState('');
  const [showProblems, setShowProblems] = useState(false);
  const action = useAsyncAction();
  const nameMissing = name.trim() === '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setShowProblems(true);
    if (nameMissing || fieldsInvalid) return;
    const record = await action.run(() => create(name.trim()));
    if (record) onCreated(record);
  }

  return (
    <form className="new-item" aria-labelledby={headingId} onSubmit={(e) => void submit(e)} noValidate data-testid={`new-${testId}-form`}>
      <h2 id={headingId}>{t(`items.new.${view}`)}</h2>
      <div className="field-row">
        <Field
          label={t('items.fields.name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoFocus
          required
          error={showProblems && nameMissing ? t('items.form.nameMissing') : undefined}
        />
        {fields?.(showProblems)}
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
