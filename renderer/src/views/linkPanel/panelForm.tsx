/**
 * What the link panel's "create from the mail" forms share: one required text (a title, a name)
 * checked on submit before anything is created, and the end of the form — what went wrong, then
 * create and cancel.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { useAsyncAction, type AsyncAction } from '../../components/useAsyncAction';
import { ErrorNotice } from '../common/ErrorNotice';

/** `missing`: the required text's error, set by a submit while it is blank. */
export function usePanelForm(required: string, missingText: string, create: () => Promise<void>) {
  const [missing, setMissing] = useState<string | undefined>();
  const action = useAsyncAction();

  function submit(event: FormEvent): void {
    event.preventDefault();
    if (required.trim() === '') {
      setMissing(missingText);
      return;
    }
    setMissing(undefined);
    void action.run(create);
  }

  return { submit, missing, action };
}

export function PanelFormEnd({ action, submitLabel, onCancel }: { action: AsyncAction; submitLabel: string; onCancel(): void }) {
  const { t } = useTranslation();
  return (
    <>
      <ErrorNotice error={action.error} />
      <div className="actions">
        <Button type="submit" variant="primary" busy={action.busy}>
          {submitLabel}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          {t('common.actions.cancel')}
        </Button>
      </div>
    </>
  );
}
