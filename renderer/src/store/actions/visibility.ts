/**
 * R5.4 make threads private again (or shared), one or many at once. All or nothing: if the
 * viewer may not change one of the selection, none is changed.
 */
import type { Visibility } from '../../../../shared/domain/crm';
import { makePrivatePatch } from '../../../../shared/rules/visibility';
import type { ThreadRow } from '../../db/records';
import type { StoreContext } from '../context';
import { notFound } from '../errors';
import { itemTables } from '../items/itemActions';
import { visibleThreads } from '../queries/access';
import { threadKeyOf } from '../replication/localKeys';
import { recordOps } from '../replication/record';
import { patchThread } from '../threads/threadRows';
import { assertMayChange } from './guard';

/** Sharing by hand also marks the thread "share on link", so a later link keeps it shared. */
function visibilityPatch(visibility: Visibility): Pick<ThreadRow, 'visibility' | 'shareOnLink'> {
  return visibility === 'private' ? makePrivatePatch() : { visibility: 'shared', shareOnLink: true };
}

export async function setThreadsVisibility(ctx: StoreContext, threadIds: readonly string[], visibility: Visibility): Promise<ThreadRow[]> {
  const ids = [...new Set(threadIds)];
  return ctx.db.transaction('rw', itemTables(ctx), async () => {
    const rows = (await ctx.db.threads.bulkGet(ids)).filter((t): t is ThreadRow => t !== undefined);
    const visible = new Map((await visibleThreads(ctx.db, ctx.viewer, rows)).map((t) => [t.id, t]));
    const threads = ids.map((id) => {
      const thread = visible.get(id);
      if (!thread) throw notFound('thread', id);
      assertMayChange(ctx, thread);
      return thread;
    });
    const next = threads.map((t) => patchThread(t, visibilityPatch(visibility)));
    await ctx.db.threads.bulkPut(next);
    const keys = await Promise.all(threads.map((t) => threadKeyOf(ctx.db, t)));
    await recordOps(ctx, [...new Set(keys)].map((key) => ({ kind: 'thread.visibility', key, payload: { visibility } })));
    return next;
  });
}
