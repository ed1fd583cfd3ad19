/**
 * Import (issue 22): which field of a person each column of a contacts file holds, guessed from
 * its header. The headers are those Google Contacts, Outlook (English, German, Swedish, Italian,
 * Norwegian), Apple and Thunderbird write, and Blindcopy's own export; the user can change any
 * guess before importing. A header is compared without case, accents, digits and punctuation, so
 * "E-mail 2 Address", "E-Mail 2: Adresse" and "E-mail 1 - Value" all read as an address.
 */
export const CONTACT_FIELDS = ['ignore', 'name', 'givenName', 'middleName', 'familyName', 'email', 'organization'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

/** One field per column, in column order. */
export type ColumnMapping = ContactField[];

const HEADERS: Record<Exclude<ContactField, 'ignore'>, readonly string[]> = {
  name: ['name', 'fullname', 'displayname', 'fn', 'formattedname', 'contactname', 'namn', 'navn', 'nomecompleto', 'vollstandigername', 'anzeigename', 'visningsnamn', 'visningsnavn'],
  givenName: ['firstname', 'givenname', 'forename', 'vorname', 'fornamn', 'fornavn', 'nome'],
  middleName: ['middlename', 'additionalname', 'weiterevornamen', 'mellannamn', 'mellomnavn', 'secondonome'],
  familyName: ['lastname', 'familyname', 'surname', 'nachname', 'efternamn', 'etternavn', 'cognome'],
  email: [
    'email', 'emails', 'mail', 'emailaddress', 'emailaddresses', 'emailvalue', 'primaryemail', 'secondaryemail', 'otheremail', 'otheremails',
    'emailadresse', 'emailadress', 'epost', 'epostadress', 'epostadresse', 'indirizzoemail', 'postaelettronica',
  ],
  organization: ['organization', 'organisation', 'organizationname', 'organisationname', 'company', 'companyname', 'org', 'firma', 'unternehmen', 'foretag', 'organisasjon', 'societa', 'azienda'],
};

const BY_HEADER = new Map<string, ContactField>(
  Object.entries(HEADERS).flatMap(([field, headers]) => headers.map((h): [string, ContactField] => [h, field as ContactField])),
);

/** Lower-case letters only: no accents, digits, spaces or punctuation. */
export function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

export function guessField(header: string): ContactField {
  return BY_HEADER.get(headerKey(header)) ?? 'ignore';
}

/**
 * Every column's guess. A file may have a full name and its parts (old Google exports): both are
 * mapped, and a row uses its full name when it has one (contactRows.ts).
 */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  return headers.map(guessField);
}

/**
 * A file without a heading row (a column of names and one of addresses typed into a
 * spreadsheet): none of its first row's cells is a heading we know, and one of them is an
 * address. Then the first row is data, and the columns are guessed from what they hold.
 */
export function lacksHeadings(firstRow: readonly string[], isAddress: (cell: string) => boolean): boolean {
  return guessMapping(firstRow).every((f) => f === 'ignore') && firstRow.some(isAddress);
}

/**
 * Columns guessed from their cells: a column whose cells are mostly addresses holds addresses,
 * the first other column that holds anything holds the name.
 */
export function guessFromCells(rows: readonly (readonly string[])[], isAddress: (cell: string) => boolean): ColumnMapping {
  const width = rows.reduce((widest, r) => Math.max(widest, r.length), 0);
  const mapping: ColumnMapping = [];
  let named = false;
  for (let column = 0; column < width; column++) {
    const cells = rows.map((r) => (r[column] ?? '').trim()).filter((c) => c !== '');
    const addresses = cells.filter(isAddress).length;
    if (cells.length > 0 && addresses * 2 >= cells.length) mapping.push('email');
    else if (cells.length > 0 && !named) {
      mapping.push('name');
      named = true;
    } else mapping.push('ignore');
  }
  return mapping;
}
