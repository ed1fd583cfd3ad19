/** A thread, its messages, and the threads of an item, a person or an organization — as the viewer may see them. */
import { Dexie } from 'dexie';
import type { ItemRef } from '../../../../shared/domain/crm';
import { earlierConversations } from '../../../../shared/rules/earlierConversations';
import { itemVisibleTo, type Viewer } from '../../../../shared/rules/permissions';
import type { BlindcopyDb } from '../../db/database';
import type { MessageRow, ThreadRow } from '../../db/records';
import { getItemRow, visibleThread } from './access';
import { DEFAULT_PAGE_SIZE, readStream, type InboxCursor, type InboxPage, type Stream } from './inbox';

export async function getThread(db: BlindcopyDb, viewer: Viewer, threadId: string): Promise<ThreadRow | undefined> {
  return visibleThread(db, viewer, threadId);
}

/** Oldest first, as a conversation reads; empty when the thread is not visible. */
export async function messagesOfThread(db: BlindcopyDb, viewer: Viewer, threadId: string): Promise<MessageRow[]> {
  if (!(await visibleThread(db, viewer, threadId))) return [];
  return db.messages.where('[threadId+date]').between([threadId, Dexie.minKey], [threadId, Dexie.maxKey], true, true).toArray();
}

export interface ThreadPageRequest {
  /** rows wanted, 1..MAX_RECORD_PAGE; DEFAULT_PAGE_SIZE by default */
  limit?: number;
  /** the `next` of the previous page */
  after?: InboxCursor;
}

/** A record's views grow a page at a time ("Show more"), so they may ask for more than the inbox. */
export const MAX_RECORD_PAGE = 5000;

async function recordPage(db: BlindcopyDb, viewer: Viewer, stream: Stream, request: ThreadPageRequest): Promise<InboxPage> {
  const limit = Math.min(Math.max(1, Math.floor(request.limit ?? DEFAULT_PAGE_SIZE)), MAX_RECORD_PAGE);
  // one extra row tells whether another page exists
  const rows = await readStream(db, viewer, stream, request.after, limit + 1);
  const threads = rows.slice(0, limit);
  const last = threads[threads.length - 1];
  return rows.length > limit && last ? { threads, next: { lastDate: last.lastDate, id: last.id } } : { threads };
}

/** Every row of these streams is checked for visibility: a record's threads may be anyone's. */
const itemStream = (item: ItemRef): Stream => ({ index: '[linkKey+lastDate]', prefix: [`${item.kind}:${item.itemId}`], othersOnly: true });
const personStream = (personId: string): Stream => ({ index: 'personKeys', prefix: [personId], othersOnly: true });
const organizationStream = (organizationId: string): Stream => ({ index: 'organizationKeys', prefix: [organizationId], othersOnly: true });

/** The item's email section (R4.10, R5.2): newest first, only what the viewer may see, a page at a time. */
export async function threadsOfItem(db: BlindcopyDb, viewer: Viewer, item: ItemRef, request: ThreadPageRequest = {}): Promise<InboxPage> {
  if (!itemVisibleTo(viewer, await getItemRow(db, item))) return { threads: [] };
  return recordPage(db, viewer, itemStream(item), request);
}

/** A person's conversations, newest first, a page at a time (the `personKeys` index). */
export async function threadsOfPerson(db: BlindcopyDb, viewer: Viewer, personId: string, request: ThreadPageRequest = {}): Promise<InboxPage> {
  return recordPage(db, viewer, personStream(personId), request);
}

/** An organization's conversations, newest first, a page at a time (the `organizationKeys` index). */
export async function threadsOfOrganization(db: BlindcopyDb, viewer: Viewer, organizationId: string, request: ThreadPageRequest = {}): Promise<InboxPage> {
  return recordPage(db, viewer, organizationStream(organizationId), request);
}

/** Every thread row that names a person or an organization, whoever owns it (for the store's own changes). */
export function threadRowsOfPerson(db: BlindcopyDb, personId: string): Promise<ThreadRow[]> {
  return db.threads.where('personKeys').between([personId, Dexie.minKey], [personId, Dexie.maxKey], true, true).toArray();
}

export function threadRowsOfOrganization(db: BlindcopyDb, organizationId: string): Promise<ThreadRow[]> {
  return db.threads.where('organizationKeys').between([organizationId, Dexie.minKey], [organizationId, Dexie.maxKey], true, true).toArray();
}

/**
 * R4.13: the recent unlinked threads of a new item's person (and, when it has one, of its
 * organization), for the one-time offer on its page. `now` is the caller's clock.
 */
export async function earlierThreadsFor(db: BlindcopyDb, viewer: Viewer, item: ItemRef, now: number): Promise<ThreadRow[]> {
  const row = await getItemRow(db, item);
  if (!row || !itemVisibleTo(viewer, row)) return [];
  const lists = await Promise.all([
    row.personId === undefined ? [] : threadRowsOfPerson(db, row.personId),
    row.organizationId === undefined ? [] : threadRowsOfOrganization(db, row.organizationId),
  ]);
  return earlierConversations(lists.flat(), viewer.userId, now);
}
