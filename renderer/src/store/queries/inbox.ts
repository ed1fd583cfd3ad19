/**
 * The inbox: threads newest first, one filter, paged by a keyset cursor (the last row's
 * lastDate and id) — a page costs the same at row 10 and at row 90,000, unlike an offset.
 *
 * A viewer sees their own threads and other users' shared and linked threads whose item they may
 * see (R5.1, R5.2). Each filter is therefore at most two index ranges read newest first and
 * merged: the viewer's own (by [ownerId+…+lastDate]) and the others' (by
 * [visibility+linked+lastDate] = shared, linked). Private threads of others are never read.
 */
import { Dexie, type Collection, type IndexableType } from 'dexie';
import type { Viewer } from '../../../../shared/rules/permissions';
import type { BlindcopyDb } from '../../db/database';
import type { ThreadRow } from '../../db/records';
import { byNewest, visibleThreads } from './access';

export type InboxFilter =
  | { kind: 'all' }
  | { kind: 'linked' }
  | { kind: 'unlinked' }
  | { kind: 'shared' }
  | { kind: 'private' }
  /** the threads of one owner (team mode): the viewer's own, or what another shares */
  | { kind: 'owner'; ownerId: string };

export interface InboxCursor {
  lastDate: number;
  id: string;
}

export interface InboxPageRequest {
  filter?: InboxFilter;
  /** rows per page, 1..500; 50 by default */
  limit?: number;
  /** the `next` of the previous page */
  after?: InboxCursor;
}

export interface InboxPage {
  threads: ThreadRow[];
  /** absent on the last page */
  next?: InboxCursor;
}

/** One index range: the index, the values before `lastDate`, and a check the index cannot do. */
export interface Stream {
  index: string;
  prefix: IndexableType[];
  keep?: (thread: ThreadRow) => boolean;
  /** other users' threads: visible only through their item (R5.2) */
  othersOnly: boolean;
}

const OWN_RANGES: Record<Exclude<InboxFilter['kind'], 'owner'>, (me: string) => Stream> = {
  all: (me) => ({ index: '[ownerId+lastDate]', prefix: [me], othersOnly: false }),
  linked: (me) => ({ index: '[ownerId+linked+lastDate]', prefix: [me, 1], othersOnly: false }),
  unlinked: (me) => ({ index: '[ownerId+linked+lastDate]', prefix: [me, 0], othersOnly: false }),
  shared: (me) => ({ index: '[ownerId+visibility+lastDate]', prefix: [me, 'shared'], othersOnly: false }),
  private: (me) => ({ index: '[ownerId+visibility+lastDate]', prefix: [me, 'private'], othersOnly: false }),
};

function othersShared(me: string): Stream {
  return { index: '[visibility+linked+lastDate]', prefix: ['shared', 1], keep: (t) => t.ownerId !== me, othersOnly: true };
}

export function inboxStreams(viewer: Viewer, filter: InboxFilter): Stream[] {
  const me = viewer.userId;
  switch (filter.kind) {
    case 'owner':
      if (filter.ownerId === me) return [OWN_RANGES.all(me)];
      return [{ index: '[ownerId+visibility+lastDate]', prefix: [filter.ownerId, 'shared'], keep: (t) => t.linked === 1, othersOnly: true }];
    case 'unlinked':
    case 'private':
      // others' unlinked or private threads are never visible (R5.1, R5.2)
      return [OWN_RANGES[filter.kind](me)];
    default:
      return [OWN_RANGES[filter.kind](me), othersShared(me)];
  }
}

function isBefore(thread: ThreadRow, cursor: InboxCursor): boolean {
  return thread.lastDate < cursor.lastDate || (thread.lastDate === cursor.lastDate && thread.id < cursor.id);
}

/** The stream's rows strictly after `after`, newest first (ties: id descending, the index's order). */
function range(db: BlindcopyDb, stream: Stream, after: InboxCursor | undefined): Collection<ThreadRow, string> {
  const upper = after ? [...stream.prefix, after.lastDate] : [...stream.prefix, Dexie.maxKey];
  return db.threads
    .where(stream.index)
    .between([...stream.prefix, Dexie.minKey], upper, true, true)
    .reverse()
    .filter((t) => (after === undefined || isBefore(t, after)) && (stream.keep?.(t) ?? true));
}

/** Up to `wanted` visible rows of one stream, reading more when the visibility check drops some. */
export async function readStream(db: BlindcopyDb, viewer: Viewer, stream: Stream, after: InboxCursor | undefined, wanted: number): Promise<ThreadRow[]> {
  const out: ThreadRow[] = [];
  let cursor = after;
  for (;;) {
    const chunk = await range(db, stream, cursor).limit(wanted).toArray();
    out.push(...(stream.othersOnly ? await visibleThreads(db, viewer, chunk) : chunk));
    const last = chunk[chunk.length - 1];
    if (out.length >= wanted || chunk.length < wanted || !last) return out.slice(0, wanted);
    cursor = { lastDate: last.lastDate, id: last.id };
  }
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

export async function inboxPage(db: BlindcopyDb, viewer: Viewer, request: InboxPageRequest = {}): Promise<InboxPage> {
  const limit = Math.min(Math.max(1, Math.floor(request.limit ?? DEFAULT_PAGE_SIZE)), MAX_PAGE_SIZE);
  const streams = inboxStreams(viewer, request.filter ?? { kind: 'all' });
  // one extra row tells whether another page exists
  const rows = (await Promise.all(streams.map((s) => readStream(db, viewer, s, request.after, limit + 1)))).flat().sort(byNewest);
  const threads = rows.slice(0, limit);
  const last = threads[threads.length - 1];
  return rows.length > limit && last ? { threads, next: { lastDate: last.lastDate, id: last.id } } : { threads };
}

export type InboxCounts = Record<Exclude<InboxFilter['kind'], 'owner'>, number>;

async function countStream(db: BlindcopyDb, viewer: Viewer, stream: Stream): Promise<number> {
  if (!stream.othersOnly) {
    return db.threads.where(stream.index).between([...stream.prefix, Dexie.minKey], [...stream.prefix, Dexie.maxKey], true, true).count();
  }
  return (await visibleThreads(db, viewer, await range(db, stream, undefined).toArray())).length;
}

/**
 * How many threads each filter shows the viewer. Chromium counts an index range entry by entry
 * (measured at 100k threads: 1.8 s for the viewer's 99,482), so each range is counted once and
 * the filters are sums: the viewer's own threads are linked or unlinked, and shared or private;
 * the others' threads the viewer may see are all shared and linked. (Counting every filter's
 * ranges read the whole inbox three times and the others' threads three times.)
 */
export async function inboxCounts(db: BlindcopyDb, viewer: Viewer): Promise<InboxCounts> {
  const me = viewer.userId;
  const [linked, unlinked, shared, others] = await Promise.all([
    countStream(db, viewer, OWN_RANGES.linked(me)),
    countStream(db, viewer, OWN_RANGES.unlinked(me)),
    countStream(db, viewer, OWN_RANGES.shared(me)),
    countStream(db, viewer, othersShared(me)),
  ]);
  const own = linked + unlinked;
  return { all: own + others, linked: linked + others, unlinked, shared: shared + others, private: own - shared };
}
