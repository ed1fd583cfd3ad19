/**
 * The inbox list for one filter, loaded page by page as the user scrolls (pageRanges.ts): every
 * loaded range stays live through its own Dexie liveQuery, and loading more closes the open page
 * at its last thread and opens the next one. Nothing reads more than the pages scrolled to.
 * While capture catches up and the user is not acting, the pages are read again and their new
 * answers reach React about once a second (throttledLiveQuery.ts, coalescedUpdates.ts).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useCrmStore } from '../../session/sessionContext';
import { catchingUp } from '../../session/syncState';
import { userRecentlyActive } from '../../session/userActivity';
import type { ThreadRow } from '../../db/records';
import type { InboxCursor, InboxFilter } from '../../store';
import { coalesceUpdates, type CoalescedUpdates } from './coalescedUpdates';
import { throttledLiveQuery } from './throttledLiveQuery';
import { cursorOf, joinPages, notPast, pageRanges, rangeKey, readRange, type PageResult } from './pageRanges';

export interface InboxList {
  threads: ThreadRow[];
  /** the first page has not arrived yet */
  loading: boolean;
  hasMore: boolean;
  loadMore(): void;
}

/** how often the list follows the store while a first sync (or a long catch-up) commits batches */
const LIST_REFRESH_WHILE_SYNCING_MS = 1000;

/** the user's own changes show at once, catch-up or not */
const listBusy = (): boolean => catchingUp() && !userRecentlyActive();

export function usePagedInbox(filter: InboxFilter, enabled: boolean): InboxList {
  const store = useCrmStore();
  const filterKey = JSON.stringify(filter);
  const [paging, setPaging] = useState<{ filterKey: string; ends: InboxCursor[] }>({ filterKey, ends: [] });
  const ends = useMemo(() => (paging.filterKey === filterKey ? paging.ends : []), [paging, filterKey]);
  const [results, setResults] = useState<ReadonlyMap<string, PageResult>>(new Map());
  const subscriptions = useRef(new Map<string, { unsubscribe(): void }>());
  const updates = useRef<CoalescedUpdates<string, PageResult>>(undefined);
  updates.current ??= coalesceUpdates<string, PageResult>(
    (answers) =>
      setResults((prev) => {
        const next = new Map(prev);
        for (const [key, result] of answers) next.set(key, result);
        return next;
      }),
    { gapMs: LIST_REFRESH_WHILE_SYNCING_MS, busy: listBusy },
  );
  useEffect(() => () => updates.current?.dispose(), []);
  const ranges = useMemo(() => pageRanges(ends), [ends]);

  // a new filter starts from the top with fresh subscriptions
  useEffect(() => {
    const subs = subscriptions.current;
    return () => {
      for (const sub of subs.values()) sub.unsubscribe();
      subs.clear();
      updates.current?.reset();
      setResults(new Map());
    };
  }, [filterKey, enabled]);

  useEffect(() => {
    if (!enabled) return;
    const parsed = JSON.parse(filterKey) as InboxFilter;
    const subs = subscriptions.current;
    const wanted = new Set(ranges.map(rangeKey));
    for (const [key, sub] of subs) {
      if (wanted.has(key)) continue;
      sub.unsubscribe();
      subs.delete(key);
    }
    for (const range of ranges) {
      const key = rangeKey(range);
      if (subs.has(key)) continue;
      // while capture catches up, each page is read again at most once a gap, not after every batch
      const observable = throttledLiveQuery(() => readRange(store.queries, parsed, range), { gapMs: LIST_REFRESH_WHILE_SYNCING_MS, busy: listBusy });
      subs.set(
        key,
        observable.subscribe({
          next: (result) => updates.current?.push(key, result),
          error: () => updates.current?.push(key, { threads: [] }),
        }),
      );
    }
  }, [ranges, filterKey, enabled, store]);

  const pageResults = useMemo(
    () =>
      ranges.map((range, i) => {
        const own = results.get(rangeKey(range));
        const end = range.end;
        if (own || !end) return own;
        // a page just closed: show what the open page held until its own query answers
        const wasOpen = i === ranges.length - 2 ? results.get(rangeKey(range.start ? { start: range.start } : {})) : undefined;
        return wasOpen && { threads: wasOpen.threads.filter((t) => notPast(t, end)) };
      }),
    [ranges, results],
  );
  const threads = useMemo(() => joinPages(pageResults), [pageResults]);
  const open = pageResults[pageResults.length - 1];

  const loadMore = useCallback(() => {
    const last = open?.threads[open.threads.length - 1];
    if (!open?.next || !last) return;
    const end = cursorOf(last);
    setPaging({ filterKey, ends: [...ends, end] });
  }, [open, ends, filterKey]);

  return { threads, loading: enabled && pageResults[0] === undefined, hasMore: open?.next !== undefined, loadMore };
}
