/** Who a thread is with, for a list row: the counterparties by name, the owner left out. */
import type { Mailbox } from '../../../../shared/domain/mail';
import type { ThreadRow } from '../../db/records';

export function displayName(mailbox: Pick<Mailbox, 'address' | 'name'>): string {
  const name = mailbox.name?.trim();
  return name ? name : mailbox.address;
}

export function peopleOf(thread: Pick<ThreadRow, 'counterparties' | 'participants'>): string[] {
  const known = new Map(thread.participants.map((p) => [p.address, p]));
  const addresses = thread.counterparties.length > 0 ? thread.counterparties : thread.participants.map((p) => p.address);
  return addresses.map((address) => displayName(known.get(address) ?? { address }));
}

/** "Jane Roe, Max Mustermann" or "Jane Roe, Max Mustermann +3" */
export function peopleLabel(names: readonly string[], shown = 2): { names: string; more: number } {
  return { names: names.slice(0, shown).join(', '), more: Math.max(0, names.length - shown) };
}
