/**
 * Export (issue 22): the files themselves, written by the maintained writers — papaparse's
 * `unparse` for CSV, ical.js's component API for vCard 4 — and nothing hand-written.
 */
import ICAL from 'ical.js';
import Papa from 'papaparse';
import type { ExportTable, PersonCard } from './exportRecords';

/**
 * CSV with a UTF-8 byte order mark (Excel reads the file as Windows-1252 without it, and every
 * other reader skips it), CRLF lines (RFC 4180), and cells that begin like a formula prefixed
 * with "'" (`escapeFormulae`): subjects come from other people's mail, and a spreadsheet must
 * not run them. The import reads such a cell back as written.
 */
export function csvText(table: ExportTable): string {
  return `\uFEFF${Papa.unparse({ fields: table.headers, data: table.rows }, { newline: '\r\n', escapeFormulae: true })}`;
}

function vcardOf(person: PersonCard): ICAL.Component {
  const card = new ICAL.Component('vcard');
  card.addPropertyWithValue('version', '4.0');
  card.addPropertyWithValue('prodid', '-//Blindcopy//EN');
  card.addPropertyWithValue('kind', 'individual');
  card.addPropertyWithValue('fn', person.name);
  person.emails.forEach((address, i) => {
    const email = card.addPropertyWithValue('email', address);
    // RFC 6350: PREF=1 marks the primary address, the CRM's first
    if (i === 0 && person.emails.length > 1) email.setParameter('pref', '1');
  });
  if (person.organization !== undefined) {
    const org = new ICAL.Property('org', card);
    // one component: an organization name with ";" stays one name, not "organization;unit"
    org.setValue([person.organization]);
    card.addProperty(org);
  }
  if (person.conversations !== '') card.addPropertyWithValue('note', person.conversations);
  return card;
}

/** vCard 4 (RFC 6350), one card per person, CRLF lines as the RFC asks. */
export function vcardText(persons: readonly PersonCard[]): string {
  return persons.map((p) => vcardOf(p).toString().replace(/\r?\n/gu, '\r\n') + '\r\n').join('');
}
