/**
 * Import (issue 22): a contacts file as a table of rows, read with the maintained parsers —
 * papaparse for CSV, ical.js for vCard 3 and 4 — and nothing hand-written. A vCard becomes a row
 * of fixed columns (full name, name parts, addresses, organization), so CSV and vCard rows go
 * through the same rules (shared/rules/contacts). Reading never throws: a vCard the parser
 * refuses becomes a row of its own that the import reports as unreadable.
 */
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { guessFromCells, guessMapping, lacksHeadings, type ColumnMapping } from '../../../../shared/rules/contacts/columns';
import { addressesIn } from '../../../../shared/rules/contacts/contactRows';
import { rowOutcome, type RowOutcome } from '../../../../shared/rules/contacts/contactRows';

const isAddress = (cell: string) => addressesIn(cell).found.length > 0;

export type ContactFileFormat = 'csv' | 'vcard';

export interface ContactTable {
  format: ContactFileFormat;
  headers: string[];
  /** cells by column; undefined for a row that could not be read at all */
  rows: Array<string[] | undefined>;
  /** the guessed mapping; for vCard it is fixed */
  mapping: ColumnMapping;
  /** rows (undefined in `rows`) that are vCard 2.1, which ical.js does not read: said apart from other unreadable ones */
  oldVcards?: ReadonlySet<number>;
}

/** The columns a vCard is read into. */
export const VCARD_HEADERS = ['FN', 'N (given)', 'N (additional)', 'N (family)', 'EMAIL', 'ORG'];
const VCARD_MAPPING: ColumnMapping = ['name', 'givenName', 'middleName', 'familyName', 'email', 'organization'];

/**
 * The file's text: UTF-8, or UTF-16 when it starts with that byte order mark (Outlook's
 * "Unicode" CSV), else Windows-1252 when it is not valid UTF-8 (Outlook's default CSV).
 */
export function decodeContactFile(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // handled: not UTF-8, so the legacy encoding Windows programs write
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** vCard by its name or, failing that, by its first line. */
export function formatOf(fileName: string, text: string): ContactFileFormat {
  if (/\.(vcf|vcard)$/iu.test(fileName)) return 'vcard';
  if (/\.csv$/iu.test(fileName)) return 'csv';
  return /^\s*BEGIN:VCARD/iu.test(text) ? 'vcard' : 'csv';
}

/** Papa's `escapeFormulae` writes `'=…` for a cell starting with a formula sign; read it back as written. */
function unescapeFormula(cell: string): string {
  return /^'[=+\-@\t\r]/u.test(cell) ? cell.slice(1) : cell;
}

export function readCsv(text: string): ContactTable {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/u, ''), { skipEmptyLines: 'greedy' });
  const data = parsed.data.map((row) => row.map((cell) => unescapeFormula(String(cell))));
  const [headers = [], ...rows] = data;
  if (lacksHeadings(headers, isAddress)) {
    // no heading row: every row is data, and the columns are numbered
    const width = data.reduce((widest, r) => Math.max(widest, r.length), 0);
    return { format: 'csv', headers: Array.from({ length: width }, (_, i) => String(i + 1)), rows: data, mapping: guessFromCells(data, isAddress) };
  }
  return { format: 'csv', headers, rows, mapping: guessMapping(headers) };
}

function vcardRow(card: ICAL.Component): string[] {
  const text = (value: unknown): string => (Array.isArray(value) ? value.map(text).filter((v) => v !== '').join(' ') : typeof value === 'string' ? value : '');
  const n = card.getFirstPropertyValue('n');
  const parts = Array.isArray(n) ? n.map(text) : [];
  const emails = card.getAllProperties('email').map((p) => text(p.getFirstValue()));
  // ORG is "organization;unit;unit": the organization is its first part
  const org = card.getFirstPropertyValue('org');
  const organization = Array.isArray(org) ? text(org[0]) : text(org);
  return [text(card.getFirstPropertyValue('fn')), parts[1] ?? '', parts[2] ?? '', parts[0] ?? '', emails.join(' '), organization];
}

/** The cards of one piece of vCard text; throws what the parser throws. */
function parseCards(text: string): Array<string[] | undefined> {
  const parsed: unknown = ICAL.parse(text);
  const list = Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed : Array.isArray(parsed) && parsed.length > 0 ? [parsed] : [];
  return list.map((jcard) => {
    const component = new ICAL.Component(jcard as unknown[]);
    return component.name === 'vcard' ? vcardRow(component) : undefined;
  });
}

/**
 * Every card of the file. When the parser refuses the file, each BEGIN:VCARD … block is tried on
 * its own, so one broken card costs only itself (that split finds where cards start; reading
 * them stays ical.js's job).
 */
export function readVcards(text: string): ContactTable {
  const table = (rows: Array<string[] | undefined>): ContactTable => ({ format: 'vcard', headers: VCARD_HEADERS, rows, mapping: [...VCARD_MAPPING] });
  const body = text.replace(/^\uFEFF/u, '');
  try {
    return table(parseCards(body));
  } catch {
    // handled: read card by card below, a refused card becomes an unreadable row
    const blocks = body.split(/^(?=[ \t]*BEGIN:VCARD)/imu).filter((b) => b.trim() !== '');
    const rows: Array<string[] | undefined> = [];
    const oldVcards = new Set<number>();
    for (const block of blocks) {
      try {
        const cards = parseCards(block);
        rows.push(...(cards.length > 0 ? cards : [undefined]));
      } catch {
        // handled: this block is reported as unreadable, as vCard 2.1 when it says it is one
        if (/^[ \t]*VERSION:2\.1[ \t]*$/imu.test(block)) oldVcards.add(rows.length);
        rows.push(undefined);
      }
    }
    return { ...table(rows), oldVcards };
  }
}

export function readContactFile(fileName: string, text: string): ContactTable {
  return formatOf(fileName, text) === 'vcard' ? readVcards(text) : readCsv(text);
}

/** Each row's outcome under `mapping`; an unreadable row stays one, to be reported. */
export function tableOutcomes(table: ContactTable, mapping: ColumnMapping = table.mapping): RowOutcome[] {
  return table.rows.map((cells, row) =>
    cells === undefined ? { kind: 'skip', reason: table.oldVcards?.has(row) ? 'vcard-21' : 'unreadable' } : rowOutcome(cells, mapping),
  );
}
