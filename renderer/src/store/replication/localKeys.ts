/**
 * R8.3 between the store's rows and the keys every device shares (shared/rules/replication/keys.ts):
 * items by kind and id, persons by their creation id or (made from mail, R4.2) by their address —
 * such a person's row id IS its key, so every device that captures the same mail makes the same
 * row —, organizations by id, threads by the Message-IDs of their messages, copies by their id.
 */
import { Dexie } from 'dexie';
import type { ItemRef, LinkReason } from '../../../../shared/domain/crm';
import {
  copyThreadKey,
  itemKey,
  messageIdOfThreadKey,
  parseItemKey,
  personKeyById,
  threadAnchor,
  threadKeyOfMessage,
  type ItemKey,
  type PersonKey,
  type ThreadKey,
} from '../../../../shared/rules/replication/keys';
import type { ReplicatedLinkReason } from '../../../../shared/rules/replication/operations';
import type { BlindcopyDb } from '../../db/database';
import type { ThreadRow } from '../../db/records';
import { invalid } from '../errors';

export function itemKeyOf(ref: ItemRef): ItemKey {
  return itemKey(ref.kind, ref.itemId);
}

export function itemRefOf(key: ItemKey): ItemRef {
  const { kind, itemId } = parseItemKey(key);
  return { kind, itemId };
}

const ADDRESS_PREFIX = 'address:';

/** The key of a person row: an address person's row id is its key. */
export function personKeyOf(rowId: string): PersonKey {
  return rowId.startsWith(ADDRESS_PREFIX) ? rowId : personKeyById(rowId);
}

export function personRowId(key: PersonKey): string {
  return key.startsWith(ADDRESS_PREFIX) ? key : key.slice('id:'.length);
}

function messagesOf(db: BlindcopyDb, threadId: string) {
  return db.messages.where('[threadId+date]').between([threadId, Dexie.minKey], [threadId, Dexie.maxKey], true, true);
}

/** Every key that names this local thread: its messages' Message-IDs, or a copy's own key. */
export async function keysOfThread(db: BlindcopyDb, thread: Pick<ThreadRow, 'id' | 'copyOf'>): Promise<ThreadKey[]> {
  if (thread.copyOf !== undefined) return [copyThreadKey(thread.id)];
  const messages = await messagesOf(db, thread.id).toArray();
  const keys = new Set<ThreadKey>();
  for (const m of messages) if (m.copyOf === undefined && m.messageId !== '') keys.add(threadKeyOfMessage(m.messageId));
  return [...keys];
}

/** The key of the conversation a thread holds: its earliest message (a copy's too: the same Message-IDs). */
export async function anchorOf(db: BlindcopyDb, threadId: string): Promise<ThreadKey> {
  const anchor = threadAnchor(await messagesOf(db, threadId).toArray());
  if (anchor === undefined) throw invalid(`thread ${threadId} holds no message to name it by`);
  return anchor;
}

/** The key operations give this thread: a copy by its id, a captured thread by its earliest message. */
export async function threadKeyOf(db: BlindcopyDb, thread: Pick<ThreadRow, 'id' | 'copyOf'>): Promise<ThreadKey> {
  return thread.copyOf !== undefined ? copyThreadKey(thread.id) : anchorOf(db, thread.id);
}

/** The local threads a key names: the threads holding a message (not a copy) with its Message-ID, or the copy. */
export async function localThreadIds(db: BlindcopyDb, key: ThreadKey): Promise<string[]> {
  const messageId = messageIdOfThreadKey(key);
  if (messageId === undefined) {
    const copyId = key.slice('copy:'.length);
    return (await db.threads.get(copyId)) ? [copyId] : [];
  }
  const rows = await db.messages.where('messageId').equals(messageId).toArray();
  return [...new Set(rows.filter((m) => m.copyOf === undefined).map((m) => m.threadId))];
}

/** A local link reason in keys, for an operation. */
export async function replicatedReason(db: BlindcopyDb, reason: LinkReason): Promise<ReplicatedLinkReason> {
  switch (reason.kind) {
    case 'item-address':
    case 'manual':
      return reason;
    case 'sole-open-item':
      return { kind: 'sole-open-item', personKey: personKeyOf(reason.personId), personName: reason.personName };
    case 'copy':
      return { kind: 'copy', fromThreadKey: await anchorOf(db, reason.fromThreadId) };
  }
}

/** The same, when the person is known by id and no lookup is needed (capture's decisions). */
export function replicatedAutomaticReason(
  reason: Extract<LinkReason, { kind: 'item-address' | 'sole-open-item' }>,
): Extract<ReplicatedLinkReason, { kind: 'item-address' | 'sole-open-item' }> {
  return reason.kind === 'item-address' ? reason : { kind: 'sole-open-item', personKey: personKeyOf(reason.personId), personName: reason.personName };
}

/** A replicated link reason as the thread row holds it; `fromThreadId`: the local thread of a copy's source. */
export function localReason(reason: ReplicatedLinkReason | null, fromThreadId: string | undefined): LinkReason {
  if (reason === null) return { kind: 'manual' };
  switch (reason.kind) {
    case 'item-address':
    case 'manual':
      return reason;
    case 'sole-open-item':
      return { kind: 'sole-open-item', personId: personRowId(reason.personKey), personName: reason.personName };
    case 'copy':
      return { kind: 'copy', fromThreadId: fromThreadId ?? reason.fromThreadKey };
    case 'restored':
      return localReason(reason.was, fromThreadId);
  }
}
