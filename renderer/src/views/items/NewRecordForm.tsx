/** A "New person" / "New organization" form: a name, what else the kind asks for, create or cancel. */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NameField, NewForm } from './NewForm';
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
  const [name, setName] = useState('');
  const nameMissing = name.trim() === '';

  return (
    <NewForm view={view} testId={`new-${testId}-form`} invalid={nameMissing || fieldsInvalid} create={() => create(name.trim())} onCreated={onCreated} onCancel={onCancel}>
      {(showProblems) => (
        <div className="field-row">
          <NameField label={t('items.fields.name')} value={name} onChange={setName} missing={showProblems && nameMissing ? t('items.form.nameMissing') : undefined} />
          {fields?.(showProblems)}
        </div>
      )}
    </NewForm>
  );
}
