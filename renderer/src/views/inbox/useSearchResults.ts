/**
 * Search results (store.queries.search: every word, the last one a prefix), newest first, live.
 * The store answers at most 500; the list asks for more in steps as the user scrolls.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import { useCrmStore } from '../../session/sessionContext';
import type { InboxList } from './usePagedInbox';

/**
 * Threads asked for at a time: two screens' worth. A search's cost grows with the matches it has
 * to find (each a walk through the index), so the first answer asks for no more than is seen;
 * the benchmark times the same first page (test/bench/store-page/timedQueries.ts).
 */
const STEP = 50;
const MAX = 500;

export function useSearchResults(query: string): InboxList {
  const store = useCrmStore();
  const [limit, setLimit] = useState(STEP);
  useEffect(() => setLimit(STEP), [query]);
  const trimmed = query.trim();
  const threads = useLiveQuery(() => (trimmed === '' ? [] : store.queries.search({ query, limit })), [store, query, limit]);
  const hasMore = threads !== undefined && threads.length >= limit && limit < MAX;
  const loadMore = useCallback(() => setLimit((l) => Math.min(MAX, l + STEP)), []);
  return { threads: threads ?? [], loading: threads === undefined, hasMore, loadMore };
}
