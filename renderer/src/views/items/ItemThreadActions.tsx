/**
 * Per conversation on an item's page: shared or private (R5.4, at any time, one by one) and
 * unlink (R4.10, with Undo for a few seconds). Only the conversation's owner may change it (R4.12); others see its state.
 */
import { useTranslation } from 'react-i18next';
import { canLink } from '../../../../shared/rules/permissions';
import { useCrmStore } from '../../session/sessionContext';
import { Button } from '../../components/Button';
import { Switch } from '../../components/Switch';
import type { AsyncAction } from '../../components/useAsyncAction';
import type { ThreadRow } from '../../db/records';
import { useUnlinkWithUndo } from '../common/undoableActions';
import { VisibilityBadge } from './VisibilityBadge';

export interface ItemThreadActionsProps {
  thread: ThreadRow;
  /** the item's title, for the undo toast's words */
  itemTitle: string;
  subjectId: string;
  action: AsyncAction;
}

export function ItemThreadActions({ thread, itemTitle, subjectId, action }: ItemThreadActionsProps) {
  const { t } = useTranslation();
  const store = useCrmStore();
  const unlinkWithUndo = useUnlinkWithUndo();
  if (!canLink(store.viewer, thread)) return <VisibilityBadge visibility={thread.visibility} />;
  const subject = thread.subject.trim() || t('items.thread.noSubject');
  return (
    <>
      <Switch
        label={t('items.thread.sharedSwitch')}
        checked={thread.visibility === 'shared'}
        describedBy={subjectId}
        busy={action.busy}
        testId="thread-shared"
        onChange={(shared) => void action.run(() => store.setThreadsVisibility([thread.id], shared ? 'shared' : 'private'))}
      />
      <Button
        variant="quiet"
        aria-label={t('items.thread.unlinkNamed', { subject })}
        busy={action.busy}
        onClick={() =>
          void action.run(() => unlinkWithUndo(thread, itemTitle))
        }
      >
        {t('items.thread.unlink')}
      </Button>
    </>
  );
}
