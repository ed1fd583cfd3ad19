/**
 * R4.13: on the page of a deal, lead or project the user has just created, a one-time offer of
 * the recent unlinked conversations of its person (and organization), each linked with one click
 * ("by you", R4.11). Automatic linking keeps to R4.6; this is the user's own choice. The offer
 * goes when it is dismissed, when nothing is left to link, or when the page is left.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import type { AsyncAction } from '../../components/useAsyncAction';
import type { ItemRow, ThreadRow } from '../../db/records';
import { useCrmStore } from '../../session/sessionContext';
import { useItemsNav } from './itemsNav';
import { ThreadList } from './ThreadList';

export function EarlierConversations({ item, action }: { item: ItemRow; action: AsyncAction }) {
  const justCreated = useItemsNav((s) => s.justCreated);
  const setJustCreated = useItemsNav((s) => s.setJustCreated);
  // leaving the page ends the offer: it is made once
  useEffect(() => () => setJustCreated(undefined), [setJustCreated]);
  if (justCreated !== item.id) return null;
  return <Offer item={item} action={action} onDone={() => setJustCreated(undefined)} />;
}

function Offer({ item, action, onDone }: { item: ItemRow; action: AsyncAction; onDone(): void }) {
  const { t } = useTranslation();
  const store = useCrmStore();
  const headingId = useId();
  const [now] = useState(() => Date.now());
  const ref = { kind: item.kind, itemId: item.id };
  const threads = useLiveQuery(() => store.queries.earlierThreadsFor(ref, now), [store, item.kind, item.id, now]);
  const [linkedAny, setLinkedAny] = useState(false);

  if (threads === undefined) return null;
  if (threads.length === 0) {
    return linkedAny ? (
      <p role="status" className="rec-said" data-testid="earlier-done">
        {t('items.earlier.allLinked')}
      </p>
    ) : null;
  }

  const link = async (list: readonly ThreadRow[]) => {
    const done = await action.run(async () => {
      for (const thread of list) await store.linkThread(thread.id, ref);
      return true;
    });
    if (done) setLinkedAny(true);
  };

  return (
    <section className="record-section earlier-offer" aria-labelledby={headingId} data-testid="earlier-conversations">
      <div className="rec-section-head">
        <h3 id={headingId}>{t('items.earlier.title', { count: threads.length })}</h3>
        <span className="earlier-actions">
          {threads.length > 1 && (
            <Button busy={action.busy} onClick={() => void link(threads)}>
              {t('items.earlier.linkAll')}
            </Button>
          )}
          <Button variant="quiet" onClick={onDone}>
            {t('items.earlier.dismiss')}
          </Button>
        </span>
      </div>
      <p className="section-text">{t('items.earlier.text')}</p>
      <ThreadList
        threads={threads}
        label={t('items.earlier.title', { count: threads.length })}
        empty={null}
        testId="earlier-thread-list"
        actions={(thread, subjectId) => (
          <Button busy={action.busy} aria-describedby={subjectId} onClick={() => void link([thread])}>
            {t('items.earlier.link')}
          </Button>
        )}
      />
    </section>
  );
}
