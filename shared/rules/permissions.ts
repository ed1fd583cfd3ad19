/**
 * R5.1 / R5.2 / R4.12 who may see a thread and who may link it.
 * - The owner always sees and links their threads.
 * - Private: nobody else, admins included (R5.1).
 * - Shared and linked: whoever may see the linked item (R5.2); the store answers that question
 *   for the item (`itemVisible`), this rule does not know items' own visibility.
 * - Shared but not linked: there is no item to derive readers from, so the owner alone.
 * - Linking or unlinking: the owner, or an admin for a thread the admin can see — never a private
 *   thread of someone else, because R5.1 hides it from admins too.
 */
import type { Thread } from '../domain/crm';

export interface Viewer {
  userId: string;
  isAdmin: boolean;
}

export function canView(viewer: Viewer, thread: Pick<Thread, 'ownerId' | 'visibility' | 'link'>, itemVisible: boolean): boolean {
  if (viewer.userId === thread.ownerId) return true;
  if (thread.visibility === 'private') return false;
  return thread.link !== undefined && itemVisible;
}

export function canLink(user: Viewer, thread: Pick<Thread, 'ownerId' | 'visibility'>): boolean {
  if (user.userId === thread.ownerId) return true;
  return user.isAdmin && thread.visibility === 'shared';
}

/**
 * R5.2 whether a viewer may see an item, the question `canView` leaves to the store. There are no
 * per-item visibility groups yet (team mode): every user of the company sees every item, except
 * a deleted deal, which only its owner and admins still see — a thread shared on a deal nobody
 * can open any more should not stay in colleagues' views.
 */
export function itemVisibleTo(viewer: Viewer, item: { ownerId: string; status: string } | undefined): boolean {
  if (item === undefined) return false;
  if (item.status !== 'deleted') return true;
  return viewer.isAdmin || viewer.userId === item.ownerId;
}
