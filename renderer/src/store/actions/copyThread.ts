/**
 * R4.9 "copy to another item": a thread is linked to one item at most (R4.8), so attaching the
 * conversation to a second one makes a new thread with copies of its messages, linked to that
 * item (reason "copy"). The copy has no refIds and is never offered to threading: new mail
 * follows the original. Copies came from no source, so they leave no UID-map rows and no
 * tombstones when deleted.
 */
import { Dexie } from 'dexie';
import type { ItemRef } from '../../../../shared/domain/crm';
import { copyLink } from '../../../../shared/rules/linkPatches';
import { visibilityAfterLink } from '../../../../shared/rules/visibility';
import { queuedWordRow } from '../../db/derivedFields';
import type { ThreadRow } from '../../db/records';
import type { StoreContext } from '../context';
import { itemTables } from '../items/itemActions';
import { patchThread } from '../threads/threadRows';
import { threadToChange } from './guard';
import { itemToLink } from './linking';
import { indexWordRows } from '../words/indexWords';
import { copyThreadKey } from '../../../../shared/rules/replication/keys';
import { anchorOf, itemKeyOf } from '../replication/localKeys';
import { recordOps } from '../replication/record';

export async function copyThreadToItem(ctx: StoreContext, threadId: string, ref: ItemRef): Promise<ThreadRow> {
  return ctx.db.transaction('rw', itemTables(ctx), async () => {
    const thread = await threadToChange(ctx, threadId);
    await itemToLink(ctx, ref);
    const copy = await writeCopy(ctx, thread, ref, ctx.newId(), ctx.clock());
    // R8.3 a copy of a copy copies the same conversation: named by its messages' earliest Message-ID
    const from = await anchorOf(ctx.db, thread.id);
    const key = copyThreadKey(copy.id);
    // the copy's visibility follows its source's at this moment, which other devices cannot know
    // when the copy reaches them: it travels with it
    await recordOps(ctx, [
      { kind: 'thread.copy', key, payload: { from, item: itemKeyOf(ref), ownerId: copy.ownerId } },
      { kind: 'thread.visibility', key, payload: { visibility: copy.visibility } },
    ]);
    return copy;
  });
}

/** The copy itself (also made when another device's copy arrives, replication/materialize.ts). */
export async function writeCopy(ctx: StoreContext, thread: ThreadRow, ref: ItemRef, copyId: string, now: number): Promise<ThreadRow> {
  const threadId = thread.id;
  const messages = await ctx.db.messages.where('[threadId+date]').between([threadId, Dexie.minKey], [threadId, Dexie.maxKey], true, true).toArray();
  const copy = patchThread(thread, {
    id: copyId,
    refIds: [],
    copyOf: thread.id,
    link: copyLink(thread.id, ref, now),
    candidates: [],
    manualUnlink: undefined,
    visibility: visibilityAfterLink(thread),
  });
  await ctx.db.threads.add(copy);
  const copies = messages.map((m) => ({ ...m, id: ctx.newId(), threadId: copy.id, copyOf: m.id }));
  await ctx.db.messages.bulkAdd(copies);
  // indexed at once, not queued: the copies keep their originals' dates, which the indexer may have passed
  await indexWordRows(ctx.db, copies.map((m) => queuedWordRow(m)));
  return copy;
}
