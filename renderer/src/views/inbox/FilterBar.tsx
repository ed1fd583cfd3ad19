/** All / Unlinked / Linked / Shared / Private, each with how many threads it holds. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCrmStore } from '../../session/sessionContext';
import { cx } from '../../components/classNames';
import { useFormat } from '../../components/useFormat';
import { INBOX_FILTERS, useInboxState } from '../../state/inboxState';

export function FilterBar() {
  const { t, i18n } = useTranslation();
  const { number } = useFormat();
  // "12K" beyond ten thousand, so five filters fit the list's width; the full number on hover
  const compact = useMemo(() => new Intl.NumberFormat(i18n.language, { notation: 'compact', maximumFractionDigits: 1 }), [i18n.language]);
  const short = (n: number) => (n < 10_000 ? number(n) : compact.format(n));
  const store = useCrmStore();
  const counts = useLiveQuery(() => store.queries.inboxCounts(), [store]);
  const filter = useInboxState((s) => s.filter);
  const setFilter = useInboxState((s) => s.setFilter);
  return (
    <div className="inbox-filters" role="group" aria-label={t('inbox.filters.label')}>
      {INBOX_FILTERS.map((kind) => (
        <button
          key={kind}
          type="button"
          className={cx('inbox-filter', kind === filter && 'is-current')}
          aria-pressed={kind === filter}
          data-filter={kind}
          onClick={() => setFilter(kind)}
        >
          {t(`inbox.filters.${kind}`)}
          {counts && (
            <span className="inbox-filter-count" title={number(counts[kind])}>
              {short(counts[kind])}
            </span>
          )}
        </button>
      ))}
    </div>
  );
}
