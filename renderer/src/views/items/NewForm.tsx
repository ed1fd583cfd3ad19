/**
 * The frame of every "New …" form on a list page (deal, lead, project, person, organization):
 * heading, the kind's fields, create or cancel. Problems show once the user tried to create;
 * nothing is created while `invalid`.
 */
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { useAsyncAction } from '../../components/useAsyncAction';
import { ActionError } from './ActionError';
import type { ItemsViewKind } from './kinds';

export interface NewFormProps<R> {
  view: ItemsViewKind;
  testId: string;
  /** the fields are not fit to create the record */
  invalid: boolean;
  create(): Promise<R>;
  onCreated(record: R): void;
  onCancel(): void;
  /** the fields; `showProblems` once the user tried to create */
  children(showProblems: boolean): ReactNode;
}

export function NewForm<R>({ view, testId, invalid, create, onCreated, onCancel, children }: NewFormProps<R>) {
  const { t } = useTranslation();
  const headingId = useId();
  const [showProblems, setShowProblems] = useState(false);
  const action = useAsyncAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setShowProblems(true);
    if (invalid) return;
    const record = await action.run(create);
    if (record) onCreated(record);
  }

  return (
    <form className="new-item" aria-labelledby={headingId} onSubmit={(e) => void submit(e)} noValidate data-testid={testId}>
      <h2 id={headingId}>{t(`items.new.${view}`)}</h2>
      {children(showProblems)}
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

/** The first field of a "New …" form, the name or title: required, and focused when the form opens. */
export function NameField({ label, value, onChange, missing }: { label: string; value: string; onChange(value: string): void; missing: string | undefined }) {
  return <Field label={label} value={value} onChange={(e) => onChange(e.target.value)} autoFocus required error={missing} />;
}
