/**
 * The one deal / lead / project the thread is linked to (R4.8), why (R4.11), and "Unlink",
 * which automatic linking then leaves alone (sticky, R4.11) — with Undo for a few seconds.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useCrmStore } from '../../session/sessionContext';
import { Button } from '../../components/Button';
import { useAsyncAction } from '../../components/useAsyncAction';
import { useFormat } from '../../components/useFormat';
import type { ThreadRow } from '../../db/records';
import { ErrorNotice } from '../common/ErrorNotice';
import { useUnlinkWithUndo } from '../common/undoableActions';
import { ItemKindTag } from '../common/ItemKindTag';
import { useLinkReasonText } from './linkReason';

export function LinkedItemCard({ thread }: { thread: ThreadRow & { link: NonNullable<ThreadRow['link']> } }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const store = useCrmStore();
  const reason = useLinkReasonText();
  const action = useAsyncAction();
  const unlinkWithUndo = useUnlinkWithUndo();
  const { link } = thread;
  const { kind, itemId } = link;
  const item = useLiveQuery(async () => (await store.queries.item({ kind, itemId })) ?? null, [store, kind, itemId]);

  const unlink = () =>
    void action.run(async () => {
      await unlinkWithUndo(thread, item?.title);
    });

  return (
    <div className="linked-item" data-testid="linked-item" data-kind={kind}>
      <div className="linked-item-head">
        <ItemKindTag kind={kind} />
        {item && item.status !== 'open' && <span className="item-status">{t(`linkPanel.status.${item.status}`)}</span>}
      </div>
      <p className="linked-item-title" data-testid="linked-item-title">
        {item === null ? t('linkPanel.item.missing') : (item?.title ?? '')}
      </p>
      <p className="link-reason" data-testid="link-reason">
        {reason(link)}
        <span className="link-when"> · {dateTime(link.at)}</span>
      </p>
      <ErrorNotice error={action.error} testId="link-error" />
      <div className="actions">
        <Button onClick={unlink} busy={action.busy} data-testid="unlink">
          {t('linkPanel.item.unlink')}
        </Button>
      </div>
    </div>
  );
}
