/** What the list shows: the filter's pages, or the search results narrowed to the filter. */
import { useMemo } from 'react';
import type { ThreadRow } from '../../db/records';
import type { InboxFilterKind } from '../../state/inboxState';
import { usePagedInbox, type InboxList } from './usePagedInbox';
import { useSearchResults } from './useSearchResults';

const FILTER_TEST: Record<InboxFilterKind, (t: ThreadRow) => boolean> = {
  all: () => true,
  linked: (t) => t.linked === 1,
  unlinked: (t) => t.linked === 0,
  shared: (t) => t.visibility === 'shared',
  private: (t) => t.visibility === 'private',
};

export function useInboxThreads(filter: InboxFilterKind, query: string): InboxList & { searching: boolean } {
  const searching = query.trim() !== '';
  const filterObject = useMemo(() => ({ kind: filter }), [filter]);
  const paged = usePagedInbox(filterObject, !searching);
  const found = useSearchResults(query);
  const narrowed = useMemo(() => found.threads.filter(FILTER_TEST[filter]), [found.threads, filter]);
  return searching ? { ...found, threads: narrowed, searching } : { ...paged, searching };
}
