/**
 * Import (issue 22): what importing a file's rows does to the CRM, decided before anything is
 * written — the preview shows it, and the store writes it in one transaction.
 *
 * Duplicates are found by address with R4.2's rule: an address (compared lower-case,
 * `normalizeAddress`) that belongs to a person is that person, so a contact with any address a
 * person already has is not imported again (it is reported, naming the person). Within the file
 * the first row with an address wins. Addresses that are ours — the user's own, the drop box's
 * and item addresses — never make a person (R4.2, `isOurAddress`); a contact keeps its other
 * addresses. Organizations are matched by name, ignoring case, accents and spacing, and each
 * missing one is created once.
 */
import type { Person } from '../../domain/crm';
import { isOurAddress, type OurAddresses } from '../counterparties';
import { normalizeAddress } from '../emailAddress';
import type { ContactDraft, RowOutcome, RowSkipReason } from './contactRows';

export interface ExistingRecords {
  /** at least every person holding one of the file's addresses (more does no harm) */
  persons: readonly Pick<Person, 'id' | 'name' | 'emails'>[];
  organizations: readonly { id: string; name: string }[];
}

export type PlannedRow =
  | { row: number; kind: 'person'; contact: ContactDraft; organization?: OrganizationRef }
  | { row: number; kind: 'organization'; name: string; personSkipped?: 'no-address' | 'invalid-address' }
  | {
      row: number;
      kind: 'skip';
      reason: RowSkipReason;
      /** 'duplicate': the person that has the address; 'duplicate-in-file': the earlier row */
      person?: { id: string; name: string };
      earlierRow?: number;
      /** the address that matched */
      address?: string;
    };

/** An organization a person joins: one that exists, or the name of one the import creates. */
export type OrganizationRef = { existing: string } | { created: string };

export interface ImportPlan {
  /** one entry per input row, in order: every row is imported or reported */
  rows: PlannedRow[];
  /** organizations the import creates, by name, in first-seen order */
  newOrganizations: string[];
}

/** Case, accents, and spacing do not make another organization. */
export function organizationKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').replace(/\s+/gu, ' ').trim();
}

export function planImport(outcomes: readonly RowOutcome[], existing: ExistingRecords, ours: OurAddresses): ImportPlan {
  const personOf = new Map<string, { id: string; name: string }>();
  for (const person of existing.persons) {
    for (const email of person.emails) {
      const address = normalizeAddress(email);
      if (!personOf.has(address)) personOf.set(address, { id: person.id, name: person.name });
    }
  }
  const organizationOf = new Map<string, string>();
  for (const organization of existing.organizations) {
    const key = organizationKey(organization.name);
    if (!organizationOf.has(key)) organizationOf.set(key, organization.id);
  }
  const created = new Map<string, string>();
  const rowOfAddress = new Map<string, number>();
  const plan: ImportPlan = { rows: [], newOrganizations: [] };

  const organizationRef = (name: string): OrganizationRef => {
    const key = organizationKey(name);
    const id = organizationOf.get(key);
    if (id !== undefined) return { existing: id };
    const known = created.get(key);
    if (known !== undefined) return { created: known };
    created.set(key, name);
    plan.newOrganizations.push(name);
    return { created: name };
  };

  outcomes.forEach((outcome, row) => {
    if (outcome.kind === 'skip') {
      plan.rows.push({ row, kind: 'skip', reason: outcome.reason });
      return;
    }
    if (outcome.kind === 'organization') {
      const key = organizationKey(outcome.name);
      if (key === '' || organizationOf.has(key) || created.has(key)) {
        // a person without address at a known organization: the person is what the user misses
        plan.rows.push({ row, kind: 'skip', reason: outcome.personSkipped ?? 'duplicate-organization' });
        return;
      }
      organizationRef(outcome.name);
      plan.rows.push({ row, kind: 'organization', name: outcome.name, ...(outcome.personSkipped ? { personSkipped: outcome.personSkipped } : {}) });
      return;
    }
    const emails = [...new Set(outcome.contact.emails.map(normalizeAddress))].filter((a) => !isOurAddress(a, ours));
    if (emails.length === 0) {
      plan.rows.push({ row, kind: 'skip', reason: 'our-address' });
      return;
    }
    for (const address of emails) {
      const person = personOf.get(address);
      if (person) {
        plan.rows.push({ row, kind: 'skip', reason: 'duplicate', person, address });
        return;
      }
    }
    for (const address of emails) {
      const earlierRow = rowOfAddress.get(address);
      if (earlierRow !== undefined) {
        plan.rows.push({ row, kind: 'skip', reason: 'duplicate-in-file', earlierRow, address });
        return;
      }
    }
    for (const address of emails) rowOfAddress.set(address, row);
    const contact: ContactDraft = { ...outcome.contact, emails };
    const organization = contact.organization === undefined || organizationKey(contact.organization) === '' ? undefined : organizationRef(contact.organization);
    plan.rows.push({ row, kind: 'person', contact, ...(organization ? { organization } : {}) });
  });
  return plan;
}

/** How many rows the plan imports (persons and organizations alone) and how many it skips. */
export function planCounts(plan: ImportPlan): { persons: number; organizations: number; skipped: number } {
  const count = (kind: PlannedRow['kind']) => plan.rows.filter((r) => r.kind === kind).length;
  return { persons: count('person'), organizations: plan.newOrganizations.length, skipped: count('skip') };
}
