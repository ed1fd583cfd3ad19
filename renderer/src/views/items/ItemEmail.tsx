/**
 * An item's email section (R4.10, R5.2, R5.4): its conversations newest first, why each is
 * linked, shared or private, unlink — and "Link a conversation" to add one from the inbox.
 */
import { useId, useState } from 'react';
import { useMomentNote } from '../../components/useMomentNote';
import { useTranslation } from 'react-i18next';
import { useCrmStore } from '../../session/sessionContext';
import { Button } from '../../components/Button';
import { useAsyncAction } from '../../components/useAsyncAction';
import type { ItemRow, ThreadRow } from '../../db/records';
import { ActionError } from './ActionError';
import { ItemThreadActions } from './ItemThreadActions';
import { LinkReason } from './LinkReason';
import { LinkThreadPanel } from './LinkThreadPanel';
import { PagedThreadList, ThreadCount } from './ThreadList';
import { useThreadPages } from './useThreadPages';

export function ItemEmail({ item }: { item: ItemRow }) {
  const { t } = useTranslation();
  const store = useCrmStore();
  const headingId = useId();
  const action = useAsyncAction();
  const [linking, setLinking] = useState(false);
  // a confirmation while it is news; an unlink is said by the undo toast (issue 20.6)
  const [said, say] = useMomentNote(item.id);
  const pages = useThreadPages((request) => store.queries.threadsOfItem({ kind: item.kind, itemId: item.id }, request), [store, item.kind, item.id]);
  const subjectOf = (thread: ThreadRow) => thread.subject.trim() || t('items.thread.noSubject');

  return (
    <section className="record-section" aria-labelledby={headingId} data-testid="item-email">
      <div className="rec-section-head">
        <h3 id={headingId}>
          {t('items.email.title')}
          <ThreadCount pages={pages} />
        </h3>
        {!linking && (
          <Button
            onClick={() => setLinking(true)}
          >
            {t('items.email.link')}
          </Button>
        )}
      </div>
      <p className="section-text">{t('items.email.sharingHint')}</p>
      {linking && (
        <LinkThreadPanel
          item={item}
          action={action}
          onClose={() => setLinking(false)}
          onLinked={(thread) => {
            setLinking(false);
            say(t('items.email.linked', { subject: subjectOf(thread) }));
          }}
        />
      )}
      <p role="status" className="rec-said">
        {said}
      </p>
      <ActionError error={action.error} />
      <PagedThreadList
        pages={pages}
        label={t('items.email.title')}
        empty={t('items.email.empty')}
        testId="item-threads"
        details={(thread) => thread.link && <LinkReason link={thread.link} />}
        actions={(thread, subjectId) => (
          <ItemThreadActions thread={thread} itemTitle={item.title} subjectId={subjectId} action={action} />
        )}
      />
    </section>
  );
}
