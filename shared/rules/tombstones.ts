/**
 * R3.7 deleted mail does not come back on the next sync. Deleting a message leaves a tombstone
 * with its Message-ID; deleting a thread leaves one with the thread's `refIds` (its messages' ids
 * and what they referenced). A captured message is dropped when its own Message-ID is in a
 * tombstone — so neither a re-synced copy nor a late-arriving parent of a deleted thread brings
 * it back. A NEW reply to a deleted conversation (a new Message-ID that merely references it) is
 * new mail and is kept: silently losing a customer's answer is worse than showing it again.
 * The store finds tombstones with one query on the multi-entry `ids` index.
 */
import type { Thread, Tombstone } from '../domain/crm';
import { normalizeMessageId } from './messageIds';

/** Which kind of tombstone holds the message's id, or undefined when it is not deleted. */
export function tombstonedBy(
  message: { messageId: string },
  tombstones: readonly Pick<Tombstone, 'kind' | 'ids'>[],
): Tombstone['kind'] | undefined {
  const id = normalizeMessageId(message.messageId);
  const hit = tombstones.find((t) => t.ids.some((x) => normalizeMessageId(x) === id));
  return hit?.kind;
}

export function messageTombstone(id: string, messageId: string, now: number): Tombstone {
  return { id, kind: 'message', ids: [normalizeMessageId(messageId)], deletedAt: now };
}

export function threadTombstone(id: string, thread: Pick<Thread, 'refIds'>, now: number): Tombstone {
  return { id, kind: 'thread', ids: [...new Set(thread.refIds.map(normalizeMessageId))], deletedAt: now };
}
