/** What the list shows: the filter's pages, or the search results narrowed to the filter. */
import { useMemo } from 'react';
import type { ThreadRow } from '../../db/records';
import type { InboxFilterKind } from '../../state/inboxState';
import { useUndoState } from '../../state/undo';
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
  // a thread whose delete waits for the undo toast (state/undo.ts) is gone already for the user
  const hidden = useUndoState((s) => s.hidden);
  const shown = useMemo(() => {
    const list = searching ? narrowed : paged.threads;
    return hidden.size === 0 ? list : list.filter((t) => !hidden.has(`thread:${t.id}`));
  }, [searching, narrowed, paged.threads, hidden]);
  return searching ? { ...found, threads: shown, searching } : { ...paged, threads: shown, searching };
}
