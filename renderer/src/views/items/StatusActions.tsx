/** The status buttons of a deal, lead or project (R4.5); deleting asks first, then offers Undo (issue 20.6). */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCrmStore } from '../../session/sessionContext';
import { Button } from '../../components/Button';
import { ConfirmButton } from '../../components/ConfirmButton';
import type { AsyncAction } from '../../components/useAsyncAction';
import type { ItemRow } from '../../db/records';
import { useDeleteWithUndo } from '../common/undoableActions';
import { convertLead } from './convertLead';
import { openRecord } from './itemsNav';
import { LIST_OF_KIND, statusKey } from './kinds';
import { statusActions, type StatusAction } from './statusActions';

export interface StatusActionsProps {
  item: ItemRow;
  action: AsyncAction;
  /** after the item was deleted (the delete itself waits for the undo toast to end) */
  onRemoved(): void;
}

export function StatusActions({ item, action, onRemoved }: StatusActionsProps) {
  const { t } = useTranslation();
  const store = useCrmStore();
  const ref = { kind: item.kind, itemId: item.id };
  const view = LIST_OF_KIND[item.kind];
  const groupRef = useRef<HTMLDivElement>(null);
  const [changedTo, setChangedTo] = useState<string>();
  const deleteWithUndo = useDeleteWithUndo();

  // the button that was pressed is gone after a status change: keep the keyboard here, and say it
  useEffect(() => {
    if (changedTo !== undefined && changedTo === item.status) groupRef.current?.querySelector('button')?.focus();
  }, [changedTo, item.status]);

  async function perform(choice: StatusAction) {
    if (choice.key === 'delete') {
      deleteWithUndo(item.kind, item.id, () => store.deleteItem(ref));
      onRemoved();
      return;
    }
    if (choice.key === 'convert' && item.kind === 'lead') {
      const deal = await action.run(() => convertLead(store, item));
      if (deal) openRecord('deals', deal.id);
      return;
    }
    const status = choice.status;
    if (status !== undefined && (await action.run(() => store.setItemStatus(ref, status)))) setChangedTo(status);
  }

  return (
    <div ref={groupRef} className="actions status-actions" role="group" aria-label={t('items.actions.label')} data-testid="status-actions">
      <span role="status" className="visually-hidden">
        {changedTo === item.status ? t('items.actions.changed', { status: t(statusKey(item.kind, item.status)) }) : ''}
      </span>
      {statusActions(item.kind, item.status).map((choice) =>
        choice.key === 'delete' ? (
          <ConfirmButton
            key={choice.key}
            label={t(`items.actions.delete.${view}`)}
            question={t(`items.actions.deleteQuestion.${view}`)}
            confirmLabel={t('items.actions.deleteConfirm')}
            cancelLabel={t('common.actions.cancel')}
            busy={action.busy}
            variant="quiet"
            onConfirm={() => perform(choice)}
          />
        ) : (
          <Button key={choice.key} variant={choice.primary ? 'primary' : 'secondary'} busy={action.busy} onClick={() => void perform(choice)}>
            {t(`items.actions.${choice.key}`)}
          </Button>
        ),
      )}
    </div>
  );
}
