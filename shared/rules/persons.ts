/**
 * R4.1 / R4.2 / R7.3 which persons a captured message links, and which it creates.
 * - every counterparty whose address belongs to an existing person is linked (all such persons,
 *   if two share an address: the data says both are that address);
 * - a missing person is created only for a To recipient of mail the owner sent, or for the author
 *   of mail someone else wrote, and only for mail that came through the drop box (BCC): synced
 *   mail never creates persons (R4.2, R7.3). Cc and co-recipients are linked only when they exist;
 * - our own, drop-box and item addresses are never counterparties (see counterparties.ts).
 * The store finds `existing` with one query on the persons' multi-entry `emails` index.
 */
import type { Person } from '../domain/crm';
import type { SourceKind } from '../domain/mail';
import type { Counterparty } from './counterparties';
import { normalizeAddress } from './emailAddress';
import { personNameFrom } from './personName';

export interface PersonPlan {
  /** existing persons to link, with the counterparty address that found them, in counterparty order */
  link: Array<{ personId: string; address: string }>;
  /** persons to create (the store makes the ids), with their one address as primary */
  create: Array<{ address: string; name: string }>;
}

export function createsPerson(counterparty: Pick<Counterparty, 'role'>, sourceKind: SourceKind): boolean {
  return sourceKind === 'dropbox' && (counterparty.role === 'to' || counterparty.role === 'author');
}

export function planPersons(
  counterparties: readonly Counterparty[],
  existing: readonly Pick<Person, 'id' | 'emails'>[],
  sourceKind: SourceKind,
): PersonPlan {
  const plan: PersonPlan = { link: [], create: [] };
  const linked = new Set<string>();
  for (const counterparty of counterparties) {
    const address = normalizeAddress(counterparty.address);
    const owners = existing.filter((p) => p.emails.some((e) => normalizeAddress(e) === address));
    for (const person of owners) {
      if (linked.has(person.id)) continue;
      linked.add(person.id);
      plan.link.push({ personId: person.id, address });
    }
    if (owners.length === 0 && createsPerson(counterparty, sourceKind)) {
      plan.create.push({ address, name: personNameFrom(counterparty) });
    }
  }
  return plan;
}
