/** A thread, its messages, and the threads of an item, a person or an organization — as the viewer may see them. */
import { Dexie } from 'dexie';
import type { ItemRef } from '../../../../shared/domain/crm';
import { itemVisibleTo, type Viewer } from '../../../../shared/rules/permissions';
import type { BlindcopyDb } from '../../db/database';
import type { MessageRow, ThreadRow } from '../../db/records';
import { byNewest, getItemRow, visibleThread, visibleThreads } from './access';

export async function getThread(db: BlindcopyDb, viewer: Viewer, threadId: string): Promise<ThreadRow | undefined> {
  return visibleThread(db, viewer, threadId);
}

/** Oldest first, as a conversation reads; empty when the thread is not visible. */
export async function messagesOfThread(db: BlindcopyDb, viewer: Viewer, threadId: string): Promise<MessageRow[]> {
  if (!(await visibleThread(db, viewer, threadId))) return [];
  return db.messages.where('[threadId+date]').between([threadId, Dexie.minKey], [threadId, Dexie.maxKey], true, true).toArray();
}

/** The item's email section (R4.10, R5.2): newest first, only what the viewer may see. */
export async function threadsOfItem(db: BlindcopyDb, viewer: Viewer, item: ItemRef): Promise<ThreadRow[]> {
  if (!itemVisibleTo(viewer, await getItemRow(db, item))) return [];
  const key = `${item.kind}:${item.itemId}`;
  const rows = await db.threads.where('[linkKey+lastDate]').between([key, Dexie.minKey], [key, Dexie.maxKey], true, true).reverse().toArray();
  return visibleThreads(db, viewer, rows);
}

export async function threadsOfPerson(db: BlindcopyDb, viewer: Viewer, personId: string): Promise<ThreadRow[]> {
  const rows = await db.threads.where('personIds').equals(personId).toArray();
  return (await visibleThreads(db, viewer, rows)).sort(byNewest);
}

export async function threadsOfOrganization(db: BlindcopyDb, viewer: Viewer, organizationId: string): Promise<ThreadRow[]> {
  const rows = await db.threads.where('organizationIds').equals(organizationId).toArray();
  return (await visibleThreads(db, viewer, rows)).sort(byNewest);
}
