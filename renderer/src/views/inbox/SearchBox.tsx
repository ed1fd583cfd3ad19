/** Search over subjects, people and text (store.queries.search); "/" comes here, Esc clears. */
import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useInboxState } from '../../state/inboxState';

const DEBOUNCE_MS = 150;

export function SearchBox({ inputRef }: { inputRef: RefObject<HTMLInputElement | null> }) {
  const { t } = useTranslation();
  const query = useInboxState((s) => s.query);
  const setQuery = useInboxState((s) => s.setQuery);
  const [text, setText] = useState(query);

  // the store's query can be cleared from elsewhere (Esc, "Clear search")
  useEffect(() => setText(query), [query]);
  useEffect(() => {
    if (text === query) return;
    const timer = window.setTimeout(() => setQuery(text), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, query, setQuery]);

  return (
    <div className="inbox-search" role="search">
      <svg className="icon inbox-search-icon" width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="m10.5 10.5 3.5 3.5" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      </svg>
      <input
        ref={inputRef}
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-label={t('inbox.search.label')}
        placeholder={t('inbox.search.placeholder')}
        aria-keyshortcuts="/"
        data-testid="inbox-search"
        spellCheck={false}
      />
      <kbd className="inbox-search-key" aria-hidden="true">
        /
      </kbd>
    </div>
  );
}
