/**
 * R4.4–R4.8, R1.4, R1.5, R4.11 the automatic link decision for a thread that received a message.
 * First rule that applies wins:
 * 1. a manual link or a manual unlink is never changed automatically (R4.11);
 * 2. a thread already linked keeps its link: later messages follow the thread (R4.8);
 * 3. exactly one item address among the message's recipients → link it, even in manual mode
 *    (R1.4); several distinct ones → no link, those items offered (R1.5). Tokens naming deleted
 *    items are ignored (mail to a dead address falls through to the rules below); other closed
 *    items are still linked, since addressing an item is an explicit choice;
 * 4. manual mode → nothing more (R4.4);
 * 5. automatic mode: the open items (R4.5) of every counterparty's person that were created no
 *    later than the thread's first message (R4.6); exactly one → link it, naming the first
 *    counterparty person who has it; several → offered (R4.7); none → nothing.
 * The store passes the persons of the thread's counterparties (for a new thread, the message's)
 * in counterparty order, each with its items.
 */
import type { Deal, Item, ItemRef, Lead, LinkingMode, Thread, ThreadLink } from '../domain/crm';

export type LinkableItem = Pick<Item, 'kind' | 'id' | 'status' | 'createdAt'>;
export type AddressedItem = Pick<Deal | Lead, 'kind' | 'id' | 'status' | 'token'>;

export interface CounterpartyItems {
  person: { id: string; name: string };
  /** the person's deals, leads and projects (the store may pre-filter to open ones) */
  items: readonly LinkableItem[];
}

export interface LinkDecisionInput {
  mode: LinkingMode;
  thread: Pick<Thread, 'link' | 'manualUnlink' | 'firstDate'>;
  /** the items the message's item tokens resolved to (unknown tokens simply absent) */
  addressedItems: readonly AddressedItem[];
  counterpartyItems: readonly CounterpartyItems[];
  /** stamped on a new link */
  now: number;
}

export type LinkDecision =
  | { kind: 'link'; link: ThreadLink }
  | { kind: 'candidates'; candidates: ItemRef[]; because: 'several-item-addresses' | 'several-open-items' }
  | { kind: 'unchanged'; because: 'manual-choice' | 'already-linked' | 'manual-mode' | 'no-open-item' };

function isManual(thread: LinkDecisionInput['thread']): boolean {
  const reason = thread.link?.reason.kind;
  // a copy (R4.9) is linked by the user too
  return thread.manualUnlink === true || reason === 'manual' || reason === 'copy';
}

function distinct<T extends { kind: string; id: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.kind}:${item.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const ref = (item: { kind: Item['kind']; id: string }): ItemRef => ({ kind: item.kind, itemId: item.id });

export function decideLink(input: LinkDecisionInput): LinkDecision {
  const { thread } = input;
  if (isManual(thread)) return { kind: 'unchanged', because: 'manual-choice' };
  if (thread.link) return { kind: 'unchanged', because: 'already-linked' };

  const addressed = distinct(input.addressedItems.filter((item) => item.status !== 'deleted'));
  const [onlyAddressed, ...moreAddressed] = addressed;
  if (onlyAddressed && moreAddressed.length === 0) {
    return {
      kind: 'link',
      link: {
        kind: onlyAddressed.kind,
        itemId: onlyAddressed.id,
        reason: { kind: 'item-address', token: onlyAddressed.token },
        at: input.now,
      },
    };
  }
  if (onlyAddressed) return { kind: 'candidates', candidates: addressed.map(ref), because: 'several-item-addresses' };

  if (input.mode === 'manual') return { kind: 'unchanged', because: 'manual-mode' };

  const found: Array<LinkableItem & { person: CounterpartyItems['person'] }> = [];
  for (const { person, items } of input.counterpartyItems) {
    for (const item of items) {
      if (item.status === 'open' && item.createdAt <= thread.firstDate) found.push({ ...item, person });
    }
  }
  const open = distinct(found);
  const [only, ...more] = open;
  if (!only) return { kind: 'unchanged', because: 'no-open-item' };
  if (more.length > 0) return { kind: 'candidates', candidates: open.map(ref), because: 'several-open-items' };
  return {
    kind: 'link',
    link: {
      kind: only.kind,
      itemId: only.id,
      reason: { kind: 'sole-open-item', personId: only.person.id, personName: only.person.name },
      at: input.now,
    },
  };
}
