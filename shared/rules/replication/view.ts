/**
 * R8.3 what the replicated state means for the rows the user sees: which entities exist, with
 * which values, and which link a thread shows. The store writes rows from these answers.
 */
import type { ItemKey, OrganizationKey, PersonKey } from './keys';
import { isAlive, isKnown } from './entities';
import type { LinkValue } from './operations';
import type { Reg } from './registers';
import type { ReplicatedState, ThreadState } from './state';

export type ItemPresence = 'alive' | 'deleted' | 'unknown';

/** Whether an item's create has arrived, and whether it still exists. */
export function itemPresence(state: Pick<ReplicatedState, 'items'>, key: ItemKey): ItemPresence {
  const item = state.items[key];
  if (item === undefined || !isKnown(item.life)) return 'unknown';
  return isAlive(item.life) ? 'alive' : 'deleted';
}

export function personPresence(state: Pick<ReplicatedState, 'persons'>, key: PersonKey): ItemPresence {
  const person = state.persons[key];
  if (person === undefined || !isKnown(person.life)) return 'unknown';
  return isAlive(person.life) ? 'alive' : 'deleted';
}

export function organizationPresence(state: Pick<ReplicatedState, 'organizations'>, key: OrganizationKey): ItemPresence {
  const organization = state.organizations[key];
  if (organization === undefined || !isKnown(organization.life)) return 'unknown';
  return isAlive(organization.life) ? 'alive' : 'deleted';
}

/** A decision counts unless it links an item that has been deleted. */
function counts(state: Pick<ReplicatedState, 'items'>, decision: Reg<LinkValue>): boolean {
  return decision.value.item === null || itemPresence(state, decision.value.item) !== 'deleted';
}

/**
 * R4.11 the link a thread shows: the newest manual decision (link or unlink) outranks every
 * automatic one, whatever their clocks. When the manual decision linked an item since deleted,
 * the thread is unlinked as by the item's deletion — not "unlinked by hand" — so an automatic
 * decision newer than it counts again, as the store does today (itemActions.deleteItem).
 * Undefined: no decision counts; the local rules decide (capture's link decision).
 * A decision naming an item not yet known is returned as it is: it waits (waiting.ts), and the
 * store leaves the row as it is until the item arrives.
 */
export function effectiveLink(state: Pick<ReplicatedState, 'items'>, thread: ThreadState): LinkValue | undefined {
  const { manual, automatic } = thread;
  if (manual !== undefined && counts(state, manual)) return manual.value;
  if (automatic !== undefined && counts(state, automatic) && (manual === undefined || automatic.clock > manual.clock)) return automatic.value;
  return undefined;
}
