/** A person's or organization's conversations: where each is linked, and whether it is shared. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/useFormat';
import type { ThreadRow } from '../../db/records';
import { openItem } from './itemsNav';
import type { ThreadPages } from './useThreadPages';
import { ThreadList, threadCount } from './ThreadList';
import { linkKeyOf, useLinkedTitles } from './useLinkedTitles';
import { VisibilityBadge } from './VisibilityBadge';

export function RecordThreads({ pages, empty }: { pages: ThreadPages; empty: string }) {
  const { threads, more, showMore } = pages;
  const { t } = useTranslation();
  const headingId = useId();
  const titles = useLinkedTitles(threads);
  const format = useFormat();

  function linkedTo(thread: ThreadRow) {
    const link = thread.link;
    const title = link ? titles.get(linkKeyOf(link)) : undefined;
    if (!link || title === undefined) return <span className="muted">{t('items.linkPanel.notLinked')}</span>;
    return (
      <span>
        {t(`items.thread.on.${link.kind}`)}{' '}
        <button type="button" className="rec-link" onClick={() => openItem({ kind: link.kind, itemId: link.itemId })}>
          {title}
        </button>
      </span>
    );
  }

  return (
    <section className="record-section" aria-labelledby={headingId} data-testid="record-threads">
      <h3 id={headingId}>
        {t('items.email.conversations')}
        {threads !== undefined && <span className="rec-count">{threadCount(t, format, threads.length, more)}</span>}
      </h3>
      {threads === undefined ? (
        <p className="muted" aria-busy="true">
          {t('items.loading')}
        </p>
      ) : (
        <ThreadList
          threads={threads}
          label={t('items.email.conversations')}
          empty={empty}
          testId="record-thread-list"
          more={more ? { label: t('items.email.showMore'), onMore: showMore } : undefined}
          details={linkedTo}
          actions={(thread) => <VisibilityBadge visibility={thread.visibility} />}
        />
      )}
    </section>
  );
}
