/** A person's or organization's conversations: where each is linked, and whether it is shared. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThreadRow } from '../../db/records';
import { openItem } from './itemsNav';
import type { ThreadPages } from './useThreadPages';
import { PagedThreadList, ThreadCount } from './ThreadList';
import { linkKeyOf, useLinkedTitles } from './useLinkedTitles';
import { VisibilityBadge } from './VisibilityBadge';

export function RecordThreads({ pages, empty }: { pages: ThreadPages; empty: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const titles = useLinkedTitles(pages.threads);

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
        <ThreadCount pages={pages} />
      </h3>
      <PagedThreadList
        pages={pages}
        label={t('items.email.conversations')}
        empty={empty}
        testId="record-thread-list"
        details={linkedTo}
        actions={(thread) => <VisibilityBadge visibility={thread.visibility} />}
      />
    </section>
  );
}
