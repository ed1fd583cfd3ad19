/**
 * The inbox list in keyset ranges. Each loaded page covers the threads between two cursors
 * (start, end] in the inbox order (newest first); only the last page is open-ended and says
 * whether more follow. A page re-reads only its own range, so new mail, a link or a deletion
 * re-reads the page it touches, at any depth, and never shifts a thread out of sight.
 */
import type { ThreadRow } from '../../db/records';
import type { CrmQueries, InboxCursor, InboxFilter } from '../../store';

export const PAGE_SIZE = 100;

export interface PageRange {
  start?: InboxCursor;
  end?: InboxCursor;
}

export interface PageResult {
  threads: ThreadRow[];
  /** only on the open last page: where the next page would start */
  next?: InboxCursor;
}

export function cursorOf(thread: ThreadRow): InboxCursor {
  return { lastDate: thread.lastDate, id: thread.id };
}

/** A thread at or before `end` in the inbox order, i.e. inside a page that ends at `end`. */
export function notPast(thread: ThreadRow, end: InboxCursor): boolean {
  return thread.lastDate > end.lastDate || (thread.lastDate === end.lastDate && thread.id >= end.id);
}

export function rangeKey({ start, end }: PageRange): string {
  const at = (c: InboxCursor | undefined) => (c ? `${c.lastDate}:${c.id}` : '');
  return `${at(start)}|${at(end)}`;
}

/** The ranges of `ends.length` closed pages and the open one after them. */
export function pageRanges(ends: readonly InboxCursor[]): PageRange[] {
  const closed = ends.map((end, i) => {
    const start = i > 0 ? ends[i - 1] : undefined;
    return start ? { start, end } : { end };
  });
  const last = ends[ends.length - 1];
  return [...closed, last ? { start: last } : {}];
}

/** The threads of one range, read page by page through the store's keyset query. */
export async function readRange(queries: CrmQueries, filter: InboxFilter, range: PageRange): Promise<PageResult> {
  const { start, end } = range;
  if (!end) return queries.inboxPage({ filter, limit: PAGE_SIZE, ...(start ? { after: start } : {}) });
  const threads: ThreadRow[] = [];
  let after = start;
  for (;;) {
    const page = await queries.inboxPage({ filter, limit: PAGE_SIZE, ...(after ? { after } : {}) });
    for (const thread of page.threads) {
      if (!notPast(thread, end)) return { threads };
      threads.push(thread);
    }
    if (!page.next) return { threads };
    after = page.next;
  }
}

/** The pages' threads in order, each once (a thread that moved can briefly be in two ranges). */
export function joinPages(results: readonly (PageResult | undefined)[]): ThreadRow[] {
  const seen = new Set<string>();
  const out: ThreadRow[] = [];
  for (const result of results) {
    for (const thread of result?.threads ?? []) {
      if (seen.has(thread.id)) continue;
      seen.add(thread.id);
      out.push(thread);
    }
  }
  return out;
}
