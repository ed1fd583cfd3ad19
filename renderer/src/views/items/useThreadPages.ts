/**
 * A record's conversations a page at a time: the first page, then one more each time the user
 * asks ("Show older conversations"). A live query, so new mail and relinks show at once; the
 * store reads only as many rows as are shown (a busy customer has thousands of threads).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { ThreadRow } from '../../db/records';
import type { InboxPage, ThreadPageRequest } from '../../store';

export const RECORD_PAGE = 50;

export interface ThreadPages {
  /** undefined while the first page loads */
  threads: ThreadRow[] | undefined;
  /** older conversations exist beyond those shown */
  more: boolean;
  showMore(): void;
}

export function useThreadPages(load: (request: ThreadPageRequest) => Promise<InboxPage>, deps: readonly unknown[]): ThreadPages {
  const [limit, setLimit] = useState(RECORD_PAGE);
  // `load` is rebuilt on every render; `deps` name what it reads
  const page = useLiveQuery(() => load({ limit }), [...deps, limit]);
  return { threads: page?.threads, more: page?.next !== undefined, showMore: () => setLimit((n) => n + RECORD_PAGE) };
}
