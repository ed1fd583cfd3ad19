/**
 * R8.3 the names operations give to CRM entities: keys that are the same on every device, never a
 * local row id that one device made up.
 * - An item (deal, lead, project) by the id it was created with, which travels in its create
 *   operation: `deal:<id>` (the same shape as a thread row's `linkKey`).
 * - A person created by hand by its id (`id:<id>`); a person the capture made from an address
 *   (R4.2) by that normalized address (`address:jane@example.com`), so two devices that capture
 *   the same mail make the same person instead of two.
 * - An organization by its id.
 * - A thread by the Message-ID of its earliest message (`mid:<id>`, see `threadAnchor`), a copy
 *   of a thread (R4.9) by the id made with the copy (`copy:<id>`): a copy holds copies of the
 *   same messages, so it has no Message-ID of its own.
 * - A deleted message by its normalized Message-ID.
 *
 * Why a thread is named by one of its messages rather than by a canonical id: devices thread the
 * same mail alike (R9) but may hold different parts of it at a given moment, and the earliest
 * message of a thread can change when an older one arrives late. So a key does not have to be
 * canonical: the store finds the local thread of a key as the thread that holds a message (not a
 * copy) with that Message-ID, and a thread's replicated state is the join of the states of all
 * keys its messages name (`joinThreadStates`). A key naming a message the device does not hold
 * yet waits until it does (waiting.ts).
 *
 * Keys index plain objects in the replicated state, so none may be `__proto__`.
 */
import { z } from 'zod';
import { ItemKindSchema, type ItemKind } from '../../domain/crm';
import { normalizeAddress } from '../emailAddress';
import { normalizeMessageId } from '../messageIds';

/** Ids made by the store (random, unique); no colon, so a key splits unambiguously. */
const IdSchema = z.string().regex(/^(?!__proto__$)[^\s:]{1,200}$/, 'an id without spaces or colons');
const MessageIdSchema = z.string().min(1).max(1000).regex(/^(?!__proto__$)\S+$/, 'a normalized Message-ID');
const AddressSchema = z.string().min(3).max(320).regex(/^[^\sA-Z<>]+@[^\sA-Z<>]+$/, 'a normalized address');

export const ItemKeySchema = z.string().regex(/^(deal|lead|project):[^\s:]{1,200}$/, 'an item key');
export type ItemKey = z.infer<typeof ItemKeySchema>;

export const PersonKeySchema = z.union([
  z.string().regex(/^id:[^\s:]{1,200}$/, 'a person key'),
  z.string().regex(/^address:[^\sA-Z<>]+@[^\sA-Z<>]+$/, 'a person key').max(328),
]);
export type PersonKey = z.infer<typeof PersonKeySchema>;

export const OrganizationKeySchema = IdSchema;
export type OrganizationKey = z.infer<typeof OrganizationKeySchema>;

export const ThreadKeySchema = z.union([
  z.string().regex(/^mid:\S+$/, 'a thread key').max(1004),
  z.string().regex(/^copy:[^\s:]{1,200}$/, 'a thread key'),
]);
export type ThreadKey = z.infer<typeof ThreadKeySchema>;

export const MessageKeySchema = MessageIdSchema;

export function itemKey(kind: ItemKind, id: string): ItemKey {
  return `${kind}:${IdSchema.parse(id)}`;
}

export function parseItemKey(key: ItemKey): { kind: ItemKind; itemId: string } {
  const colon = key.indexOf(':');
  return { kind: ItemKindSchema.parse(key.slice(0, colon)), itemId: key.slice(colon + 1) };
}

export function personKeyById(id: string): PersonKey {
  return `id:${IdSchema.parse(id)}`;
}

/** R4.2 the key of a person made from an address: the same on every device that captures it. */
export function personKeyByAddress(address: string): PersonKey {
  return `address:${AddressSchema.parse(normalizeAddress(address))}`;
}

export function threadKeyOfMessage(messageId: string): ThreadKey {
  return `mid:${MessageIdSchema.parse(normalizeMessageId(messageId))}`;
}

export function copyThreadKey(copyId: string): ThreadKey {
  return `copy:${IdSchema.parse(copyId)}`;
}

/** The Message-ID a `mid:` key names, undefined for a copy's key. */
export function messageIdOfThreadKey(key: ThreadKey): string | undefined {
  return key.startsWith('mid:') ? key.slice(4) : undefined;
}

/**
 * The key a device gives a thread in its operations: its earliest message (by date, ties by
 * Message-ID), so every device that holds that message names the thread the same way.
 */
export function threadAnchor(messages: readonly { messageId: string; date: number }[]): ThreadKey | undefined {
  let best: { id: string; date: number } | undefined;
  for (const m of messages) {
    const id = normalizeMessageId(m.messageId);
    if (id === '') continue;
    if (!best || m.date < best.date || (m.date === best.date && id < best.id)) best = { id, date: m.date };
  }
  return best && threadKeyOfMessage(best.id);
}
