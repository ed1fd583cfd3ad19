/**
 * R3.7 deleting a message or a whole thread, after a confirmation that says what it means:
 * gone from the inbox and every item, and not brought back by the next sync.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { TrashIcon } from '../../components/MailIcons';
import { useAsyncAction } from '../../components/useAsyncAction';
import { useFailureText } from '../common/failureText';

export interface DeleteButtonProps {
  what: 'message' | 'thread';
  /** the subject or the author, so the dialog names what goes */
  name: string;
  onDelete(): Promise<unknown>;
  onDeleted?(): void;
  /** only the bin, named for screen readers and on hover (a title bar) */
  iconOnly?: boolean;
}

export function DeleteButton({ what, name, onDelete, onDeleted, iconOnly }: DeleteButtonProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const action = useAsyncAction();

  async function confirm(): Promise<void> {
    if (await action.run(async () => (await onDelete(), true))) {
      setAsking(false);
      onDeleted?.();
    }
  }

  return (
    <>
      <Button
        variant="quiet"
        className={iconOnly ? 'btn-delete btn-icon' : 'btn-delete'}
        onClick={() => setAsking(true)}
        data-testid={`delete-${what}`}
        aria-label={iconOnly ? t(`thread.delete.${what}.button`) : undefined}
        title={iconOnly ? t(`thread.delete.${what}.button`) : undefined}
      >
        <TrashIcon />
        {!iconOnly && t(`thread.delete.${what}.button`)}
      </Button>
      {asking && (
        <ConfirmDialog
          title={t(`thread.delete.${what}.title`)}
          confirmLabel={t(`thread.delete.${what}.confirm`)}
          closeLabel={t('thread.close')}
          onConfirm={() => void confirm()}
          onCancel={() => {
            action.reset();
            setAsking(false);
          }}
          busy={action.busy}
          error={action.error === undefined ? undefined : <ErrorText error={action.error} />}
          danger
          testId={`confirm-delete-${what}`}
        >
          <p>
            <strong>{name}</strong>
          </p>
          <p>{t(`thread.delete.${what}.explain`)}</p>
        </ConfirmDialog>
      )}
    </>
  );
}

function ErrorText({ error }: { error: unknown }) {
  return <>{useFailureText()(error)}</>;
}
