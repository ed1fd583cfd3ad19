/**
 * "Are you sure?" for an action that cannot be undone: says what will happen, offers Cancel
 * (focused first, so Enter does no harm) and the action itself. An error stays in the dialog.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { Dialog } from './Dialog';
import { Notice } from './Notice';

export interface ConfirmDialogProps {
  title: ReactNode;
  /** what will happen, in words */
  children: ReactNode;
  confirmLabel: string;
  closeLabel: string;
  onConfirm(): void;
  onCancel(): void;
  busy?: boolean;
  error?: ReactNode;
  /** destructive: the action button is drawn in the error colour */
  danger?: boolean;
  testId?: string;
}

export function ConfirmDialog({ title, children, confirmLabel, closeLabel, onConfirm, onCancel, busy, error, danger, testId }: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog title={title} closeLabel={closeLabel} onClose={onCancel} className="dialog-confirm" testId={testId}>
      <div className="dialog-text">{children}</div>
      {error && (
        <Notice tone="error" announce="alert">
          {error}
        </Notice>
      )}
      <div className="dialog-actions">
        <Button data-autofocus onClick={onCancel}>
          {t('common.actions.cancel')}
        </Button>
        <Button variant="primary" className={danger ? 'btn-danger' : undefined} busy={busy} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
