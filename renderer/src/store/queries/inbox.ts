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
import type { BlindcopyDb } from '../../db/database';
import type { ThreadRow } from '../../db/records';
import { itemVisibleTo, type Viewer } from '../../../../shared/rules/permissions';
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

/**
 * Other users' shared, linked threads the viewer may not see after all: those of an item the
 * viewer may not see (R5.2: a deleted deal, to everyone but its owner and admins). A linked
 * thread's item always exists (deleting a lead or project unlinks its threads in the same
 * transaction), so only deleted items are read, and their threads.
 */
async function hiddenOthersShared(db: BlindcopyDb, viewer: Viewer): Promise<number> {
  const deleted = (await Promise.all([db.deals, db.leads, db.projects].map((t) => t.where('status').equals('deleted').toArray()))).flat();
  const hidden = deleted.filter((item) => !itemVisibleTo(viewer, item)).map((item) => `${item.kind}:${item.id}`);
  const sharedByOthers = (t: ThreadRow) => t.ownerId !== viewer.userId && t.visibility === 'shared';
  const counts = await Promise.all(
    hidden.map((key) => range(db, { index: '[linkKey+lastDate]', prefix: [key], keep: sharedByOthers, othersOnly: true }, undefined).count()),
  );
  return counts.reduce((a, b) => a + b, 0);
}

/**
 * How many threads each filter shows the viewer, from the counters the database keeps per owner,
 * link and visibility (db/threadCounts.ts): counting index ranges cost Chromium ~2 s at 100k
 * threads (it counts entry by entry), after every commit that touched a thread. The viewer's own
 * threads are linked or unlinked, and shared or private; the others' threads the viewer may see
 * are shared and linked, less those of an item hidden from the viewer.
 */
export async function inboxCounts(db: BlindcopyDb, viewer: Viewer): Promise<InboxCounts> {
  const me = viewer.userId;
  let linked = 0;
  let unlinked = 0;
  let shared = 0;
  let othersVisible = 0;
  for (const row of await db.threadCounts.toArray()) {
    if (row.ownerId === me) {
      if (row.linked === 1) linked += row.n;
      else unlinked += row.n;
      if (row.visibility === 'shared') shared += row.n;
    } else if (row.linked === 1 && row.visibility === 'shared') othersVisible += row.n;
  }
  const others = othersVisible === 0 ? 0 : othersVisible - (await hiddenOthersShared(db, viewer));
  const own = linked + unlinked;
  return { all: own + others, linked: linked + others, unlinked, shared: shared + others, private: own - shared };
}
