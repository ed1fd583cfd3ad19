/**
 * R8.3 references this replica cannot show yet: a link (or a copy) naming an item whose create has
 * not arrived, a thread whose mail this device does not hold yet, an item or person naming a
 * person or organization not yet created. They are kept in the replicated state like everything
 * else — so nothing depends on arrival order — and listed here, so the store can show them when
 * the missing piece arrives: after applying a later batch (the list shrinks) or after capturing
 * the thread's mail (the store asks again with its new `LocalView`). A reference to something
 * created and since deleted does not wait: it resolves to "none".
 */
import { isAlive } from './entities';
import type { ItemKey, ThreadKey } from './keys';
import type { ReplicatedState } from './state';
import { copyAlive } from './threads';
import { effectiveLink, itemPresence, organizationPresence, personPresence } from './view';

/** What this replica holds locally (its mail), which the replicated state cannot know. */
export interface LocalView {
  /** Holds the thread a key names (a message, not a copy, with that Message-ID; or the copy). */
  hasThread(key: ThreadKey): boolean;
}

export interface WaitingRef {
  /** the entity whose reference waits */
  from: { type: 'thread' | 'item' | 'person'; key: string };
  /** what it names that is missing */
  missing: { type: 'thread' | 'item' | 'person' | 'organization'; key: string };
}

const ALL_HELD: LocalView = { hasThread: () => true };

function order(a: WaitingRef, b: WaitingRef): number {
  const x = `${a.from.type} ${a.from.key} ${a.missing.type} ${a.missing.key}`;
  const y = `${b.from.type} ${b.from.key} ${b.missing.type} ${b.missing.key}`;
  return x < y ? -1 : x > y ? 1 : 0;
}

export function findWaiting(state: ReplicatedState, local: LocalView = ALL_HELD): WaitingRef[] {
  const waiting: WaitingRef[] = [];
  const wait = (from: WaitingRef['from'], missing: WaitingRef['missing']) => waiting.push({ from, missing });
  for (const [key, thread] of Object.entries(state.threads)) {
    const from = { type: 'thread' as const, key };
    const isCopy = thread.copy !== undefined;
    if (isCopy && !copyAlive(thread)) continue;
    const link = effectiveLink(state, thread);
    const item: ItemKey | null | undefined = link?.item;
    if (item && itemPresence(state, item) === 'unknown') wait(from, { type: 'item', key: item });
    // a copy waits for the mail it copies; a captured thread for its own mail
    const mail = isCopy ? thread.copy?.value.from : key;
    const matters = isCopy || link !== undefined || thread.visibility !== undefined;
    if (mail !== undefined && matters && !local.hasThread(mail)) wait(from, { type: 'thread', key: mail });
  }
  for (const [key, item] of Object.entries(state.items)) {
    if (!isAlive(item.life)) continue;
    const person = item.fields.personKey?.value;
    const organization = item.fields.organizationKey?.value;
    if (person && personPresence(state, person) === 'unknown') wait({ type: 'item', key }, { type: 'person', key: person });
    if (organization && organizationPresence(state, organization) === 'unknown') wait({ type: 'item', key }, { type: 'organization', key: organization });
  }
  for (const [key, person] of Object.entries(state.persons)) {
    if (!isAlive(person.life)) continue;
    const organization = person.fields.organizationKey?.value;
    if (organization && organizationPresence(state, organization) === 'unknown') wait({ type: 'person', key }, { type: 'organization', key: organization });
  }
  return waiting.sort(order);
}
