/**
 * R5.1 / R5.2 who sees what, applied to rows read from the database. Every query passes its
 * threads through here; the rule itself is shared/rules/permissions.ts.
 */
import type { ItemKind, ItemRef } from '../../../../shared/domain/crm';
import { canView, itemVisibleTo, type Viewer } from '../../../../shared/rules/permissions';
import type { BlindcopyDb } from '../../db/database';
import type { ItemRow, ThreadRow } from '../../db/records';

const refKey = (kind: ItemKind, id: string) => `${kind}:${id}`;

export async function getItemRow(db: BlindcopyDb, ref: ItemRef): Promise<ItemRow | undefined> {
  switch (ref.kind) {
    case 'deal':
      return db.deals.get(ref.itemId);
    case 'lead':
      return db.leads.get(ref.itemId);
    case 'project':
      return db.projects.get(ref.itemId);
  }
}

/** The items `refs` name, keyed `kind:id`; one bulk read per kind. */
export async function itemRowsByRef(db: BlindcopyDb, refs: readonly ItemRef[]): Promise<Map<string, ItemRow>> {
  const ids = (kind: ItemKind) => [...new Set(refs.filter((r) => r.kind === kind).map((r) => r.itemId))];
  const lists: Array<Array<ItemRow | undefined>> = await Promise.all([
    db.deals.bulkGet(ids('deal')),
    db.leads.bulkGet(ids('lead')),
    db.projects.bulkGet(ids('project')),
  ]);
  const found = new Map<string, ItemRow>();
  for (const item of lists.flat()) if (item) found.set(refKey(item.kind, item.id), item);
  return found;
}

/** The threads of `rows` the viewer may see, in the same order. */
export async function visibleThreads(db: BlindcopyDb, viewer: Viewer, rows: readonly ThreadRow[]): Promise<ThreadRow[]> {
  // only other users' shared and linked threads depend on an item; read those items once
  const needItems = rows.filter((t) => t.ownerId !== viewer.userId && t.visibility === 'shared' && t.link !== undefined);
  const items = needItems.length === 0 ? new Map<string, ItemRow>() : await itemRowsByRef(db, needItems.map((t) => t.link).filter((l) => l !== undefined));
  return rows.filter((t) => {
    const item = t.link ? items.get(refKey(t.link.kind, t.link.itemId)) : undefined;
    return canView(viewer, t, itemVisibleTo(viewer, item));
  });
}

export async function canViewThread(db: BlindcopyDb, viewer: Viewer, thread: ThreadRow): Promise<boolean> {
  return (await visibleThreads(db, viewer, [thread])).length === 1;
}

/** A thread by id, or undefined when there is none or the viewer may not see it (R5.1). */
export async function visibleThread(db: BlindcopyDb, viewer: Viewer, id: string): Promise<ThreadRow | undefined> {
  const thread = await db.threads.get(id);
  return thread && (await canViewThread(db, viewer, thread)) ? thread : undefined;
}

/** Newest first, then by id, the order every thread list uses (and the inbox pages by). */
export function byNewest(a: ThreadRow, b: ThreadRow): number {
  return b.lastDate - a.lastDate || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}
