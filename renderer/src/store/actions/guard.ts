/**
 * R4.12 who may change a thread: its owner, or an admin for a shared thread (the rule is
 * shared/rules/permissions.ts canLink). A thread the viewer cannot see is "not found" rather than
 * "forbidden", so its existence does not leak (R5.1).
 */
import { canLink } from '../../../../shared/rules/permissions';
import type { ThreadRow } from '../../db/records';
import type { StoreContext } from '../context';
import { failure } from '../../../../shared/failures/failure';
import { notFound } from '../errors';
import { visibleThread } from '../queries/access';

export function assertMayChange(ctx: StoreContext, thread: ThreadRow): void {
  if (!canLink(ctx.viewer, thread)) {
    throw failure(
      'forbidden',
      `Only the owner of thread ${thread.id}, or an admin when it is shared, may link, unlink, share or delete it (R4.12).`,
    );
  }
}

/** The thread, visible to and changeable by the viewer; throws otherwise. */
export async function threadToChange(ctx: StoreContext, threadId: string): Promise<ThreadRow> {
  const thread = await visibleThread(ctx.db, ctx.viewer, threadId);
  if (!thread) throw notFound('thread', threadId);
  assertMayChange(ctx, thread);
  return thread;
}
