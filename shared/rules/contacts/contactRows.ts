/**
 * Import (issue 22): one row of a contacts file (a CSV line, or a vCard read into the same
 * fields) → a person to import, an organization alone, or the reason it cannot be either.
 * A person in Blindcopy is known by address (R4.1, R4.2), so a row without a usable address
 * imports no person: it is an organization when it names one, otherwise it is reported.
 */
import { cleanAddress } from '../emailAddress';
import { personNameFrom } from '../personName';
import type { ColumnMapping, ContactField } from './columns';

/** What the store's person and organization schemas accept (itemInputs.ts). */
export const MAX_NAME = 500;

export interface ContactDraft {
  name: string;
  /** lower-case, distinct, the first one primary */
  emails: string[];
  organization?: string;
}

export type RowSkipReason =
  /** every cell empty */
  | 'empty'
  /** a name but no address: Blindcopy knows persons by address */
  | 'no-address'
  /** something in the address columns, none of it an address */
  | 'invalid-address'
  /** every address is the user's own, the drop box's or an item address (R4.2) */
  | 'our-address'
  /** an address already belongs to a person in the CRM (R4.2: matched by address) */
  | 'duplicate'
  /** an address was already taken by an earlier row of the file */
  | 'duplicate-in-file'
  /** an organization alone that the CRM (or an earlier row) already has */
  | 'duplicate-organization'
  /** the file could not be read at this row (a vCard the parser refused) */
  | 'unreadable'
  /** a vCard 2.1 (older phones and Outlook): the parser reads versions 3 and 4 only */
  | 'vcard-21';

export type RowOutcome =
  | { kind: 'person'; contact: ContactDraft }
  /** `personSkipped`: the row also named a person, who could not be imported for this reason */
  | { kind: 'organization'; name: string; personSkipped?: 'no-address' | 'invalid-address' }
  | { kind: 'skip'; reason: RowSkipReason };

/** Whitespace (line breaks too) collapsed, trimmed, cut to the length names may have. */
export function cleanText(text: string): string {
  return text.replace(/\s+/gu, ' ').trim().slice(0, MAX_NAME).trim();
}

/**
 * The addresses in one cell: Google joins several with " ::: ", others with commas, semicolons
 * or spaces; "Jane <jane@x.test>" gives its address.
 */
export function addressesIn(cell: string): { found: string[]; other: number } {
  const tokens = cell.split(/:::|[\s,;]+/u).filter((t) => t !== '');
  const found: string[] = [];
  let other = 0;
  for (const token of tokens) {
    const address = cleanAddress(token.replace(/^mailto:/iu, ''));
    if (address === undefined) other += /@/u.test(token) ? 1 : 0;
    else if (!found.includes(address)) found.push(address);
  }
  return { found, other };
}

function cellsOf(cells: readonly string[], mapping: ColumnMapping, field: ContactField): string[] {
  return mapping.flatMap((f, i) => (f === field ? [cells[i] ?? ''] : []));
}

function firstText(cells: readonly string[], mapping: ColumnMapping, field: ContactField): string {
  return cellsOf(cells, mapping, field).map(cleanText).find((t) => t !== '') ?? '';
}

export function rowOutcome(cells: readonly string[], mapping: ColumnMapping): RowOutcome {
  if (cells.every((c) => c.trim() === '')) return { kind: 'skip', reason: 'empty' };

  const organization = firstText(cells, mapping, 'organization');
  const parts = (['givenName', 'middleName', 'familyName'] as const).map((f) => firstText(cells, mapping, f)).filter((p) => p !== '');
  const written = firstText(cells, mapping, 'name') || cleanText(parts.join(' '));

  const emails: string[] = [];
  let unreadable = 0;
  for (const cell of cellsOf(cells, mapping, 'email')) {
    const { found, other } = addressesIn(cell);
    unreadable += other + (found.length === 0 && cell.trim() !== '' ? 1 : 0);
    for (const address of found) if (!emails.includes(address)) emails.push(address);
  }
  const primary = emails[0];
  if (primary === undefined) {
    const reason = unreadable > 0 ? 'invalid-address' : 'no-address';
    if (organization === '') return { kind: 'skip', reason };
    return written !== '' || unreadable > 0 ? { kind: 'organization', name: organization, personSkipped: reason } : { kind: 'organization', name: organization };
  }
  const name = cleanText(personNameFrom({ address: primary, name: written }));
  return { kind: 'person', contact: organization === '' ? { name, emails } : { name, emails, organization } };
}
