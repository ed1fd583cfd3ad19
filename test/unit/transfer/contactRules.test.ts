/**
 * Import (issue 22), the pure part: the columns a header is guessed to hold, a row → a person,
 * an organization or a reason, and the plan's duplicates by address (R4.2's matching).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OurAddresses } from '../../../shared/rules/counterparties';
import { guessField, guessFromCells, guessMapping, lacksHeadings, type ColumnMapping } from '../../../shared/rules/contacts/columns';
import { addressesIn, rowOutcome, type RowOutcome } from '../../../shared/rules/contacts/contactRows';
import { organizationKey, planCounts, planImport } from '../../../shared/rules/contacts/importPlan';

const OURS: OurAddresses = { own: ['sam@acme.com'], dropbox: ['crm@acme.com'], delimiter: '+' };
const NONE = { persons: [], organizations: [] };

describe('column guesses', () => {
  it.each([
    // Google Contacts (current and older exports)
    ['First Name', 'givenName'],
    ['Middle Name', 'middleName'],
    ['Last Name', 'familyName'],
    ['Name', 'name'],
    ['Given Name', 'givenName'],
    ['Additional Name', 'middleName'],
    ['Family Name', 'familyName'],
    ['E-mail 1 - Value', 'email'],
    ['E-mail 1 - Label', 'ignore'],
    ['E-mail 2 - Type', 'ignore'],
    ['Organization Name', 'organization'],
    ['Organization 1 - Name', 'organization'],
    ['Organization Title', 'ignore'],
    // Outlook, English and localized
    ['E-mail Address', 'email'],
    ['E-mail 2 Address', 'email'],
    ['E-mail Display Name', 'ignore'],
    ['E-mail Type', 'ignore'],
    ['Company', 'organization'],
    ['Vorname', 'givenName'],
    ['Nachname', 'familyName'],
    ['E-Mail-Adresse', 'email'],
    ['E-Mail 2: Adresse', 'email'],
    ['Firma', 'organization'],
    ['Förnamn', 'givenName'],
    ['Efternamn', 'familyName'],
    ['E-postadress', 'email'],
    ['Företag', 'organization'],
    ['Fornavn', 'givenName'],
    ['Etternavn', 'familyName'],
    ['E-postadresse', 'email'],
    ['Nome', 'givenName'],
    ['Cognome', 'familyName'],
    ['Indirizzo posta elettronica', 'ignore'],
    ['Società', 'organization'],
    // Thunderbird, Blindcopy's own export
    ['Primary Email', 'email'],
    ['Secondary Email', 'email'],
    ['Display Name', 'name'],
    ['Email', 'email'],
    ['Other emails', 'email'],
    ['Organization', 'organization'],
    ['Conversations', 'ignore'],
    ['Notes', 'ignore'],
    ['', 'ignore'],
  ])('%s → %s', (header, field) => {
    expect(guessField(header)).toBe(field);
  });

  it('guesses every column of a header row, in order', () => {
    expect(guessMapping(['Name', 'Phone', 'Email', 'Company'])).toEqual(['name', 'ignore', 'email', 'organization']);
  });

  it('a file without a heading row: its columns are guessed from their cells', () => {
    const isAddress = (cell: string) => addressesIn(cell).found.length > 0;
    const rows = [
      ['Jane Roe', '', 'jane@x.test', 'Customer AG'],
      ['Bob', '', 'bob@x.test; b@y.test', ''],
    ];
    expect(lacksHeadings(rows[0]!, isAddress)).toBe(true);
    expect(lacksHeadings(['Name', 'Email'], isAddress)).toBe(false);
    expect(lacksHeadings(['Jane', 'Roe'], isAddress)).toBe(false);
    expect(guessFromCells(rows, isAddress)).toEqual(['name', 'ignore', 'email', 'ignore']);
  });
});

describe('a row → a person, an organization or a reason', () => {
  const mapping: ColumnMapping = ['name', 'givenName', 'familyName', 'email', 'email', 'organization', 'ignore'];
  const row = (name: string, given: string, family: string, e1: string, e2: string, org: string, other = '') => [name, given, family, e1, e2, org, other];

  it.each<[string, string[], RowOutcome]>([
    ['the full name first', row('Jane Roe', 'J', 'R', 'Jane@Customer.test', '', 'Customer AG'), { kind: 'person', contact: { name: 'Jane Roe', emails: ['jane@customer.test'], organization: 'Customer AG' } }],
    ['the parts when there is no full name', row('', 'Jürgen', 'Müller', 'j@m.test', '', ''), { kind: 'person', contact: { name: 'Jürgen Müller', emails: ['j@m.test'] } }],
    ['a name from the address when none is written', row('', '', '', 'jane.roe@x.test', '', ''), { kind: 'person', contact: { name: 'Jane Roe', emails: ['jane.roe@x.test'] } }],
    [
      'several addresses in cells and in one cell (Google " ::: ")',
      row('A', '', '', 'a@x.test ::: b@x.test', 'c@x.test; A@X.test', ''),
      { kind: 'person', contact: { name: 'A', emails: ['a@x.test', 'b@x.test', 'c@x.test'] } },
    ],
    ['"Name <address>" gives the address', row('A', '', '', 'A <a@x.test>', '', ''), { kind: 'person', contact: { name: 'A', emails: ['a@x.test'] } }],
    ['a multi-line name becomes one line', row('Jane\r\n Roe', '', '', 'a@x.test', '', ''), { kind: 'person', contact: { name: 'Jane Roe', emails: ['a@x.test'] } }],
    ['an organization alone', row('', '', '', '', '', 'Contoso Ltd.'), { kind: 'organization', name: 'Contoso Ltd.' }],
    ['an organization whose person has no address', row('Jane', '', '', '', '', 'Contoso'), { kind: 'organization', name: 'Contoso', personSkipped: 'no-address' }],
    ['no address', row('Pizza Place', '', '', '', '', '', '+49 30 1'), { kind: 'skip', reason: 'no-address' }],
    ['no address, nothing mapped', row('', '', '', '', '', '', '+49 30 1'), { kind: 'skip', reason: 'no-address' }],
    ['an Exchange address is no address', row('Ex', '', '', '/o=ExchangeLabs/ou=Group/cn=Recipients/cn=5f1c', '', ''), { kind: 'skip', reason: 'invalid-address' }],
    ['a broken address', row('Ex', '', '', 'jane@', '', ''), { kind: 'skip', reason: 'invalid-address' }],
    ['every cell empty', row('', ' ', '', '', '', ''), { kind: 'skip', reason: 'empty' }],
  ])('%s', (_case, cells, outcome) => {
    expect(rowOutcome(cells, mapping)).toEqual(outcome);
  });

  it('a short row reads its missing cells as empty', () => {
    expect(rowOutcome(['Jane', 'jane@x.test'], ['name', 'email', 'organization'])).toEqual({ kind: 'person', contact: { name: 'Jane', emails: ['jane@x.test'] } });
  });

  it('names are cut to what the store accepts', () => {
    const outcome = rowOutcome(['x'.repeat(600), 'a@x.test'], ['name', 'email']);
    expect(outcome.kind === 'person' && outcome.contact.name.length).toBe(500);
  });

  it('addressesIn separates addresses from other words', () => {
    expect(addressesIn('mailto:A@x.test, bad@, b@y.test')).toEqual({ found: ['a@x.test', 'b@y.test'], other: 1 });
  });
});

describe('R4.2 duplicates by address', () => {
  const person = (emails: string[], name = 'P', organization?: string): RowOutcome => ({ kind: 'person', contact: organization ? { name, emails, organization } : { name, emails } });
  const existing = {
    persons: [{ id: 'p1', name: 'Jane Roe', emails: ['jane@customer.test', 'j.roe@customer.test'] }],
    organizations: [{ id: 'o1', name: 'Customer AG' }],
  };

  it('R4.2 an address a person already has is that person: the row is reported, naming them', () => {
    const plan = planImport([person(['new@x.test', 'J.Roe@Customer.test'])], existing, OURS);
    expect(plan.rows).toEqual([{ row: 0, kind: 'skip', reason: 'duplicate', person: { id: 'p1', name: 'Jane Roe' }, address: 'j.roe@customer.test' }]);
  });

  it('R4.2 within the file the first row with an address wins', () => {
    const plan = planImport([person(['a@x.test']), person(['b@x.test', 'A@x.test'])], NONE, OURS);
    expect(plan.rows[1]).toEqual({ row: 1, kind: 'skip', reason: 'duplicate-in-file', earlierRow: 0, address: 'a@x.test' });
  });

  it('R4.2 our own, the drop box’s and item addresses never make a person; other addresses stay', () => {
    const plan = planImport([person(['sam@acme.com']), person(['crm+d-abc@acme.com']), person(['CRM@acme.com', 'jane@x.test'])], NONE, OURS);
    expect(plan.rows.map((r) => (r.kind === 'skip' ? r.reason : r.kind))).toEqual(['our-address', 'our-address', 'person']);
    expect(plan.rows[2]).toMatchObject({ contact: { emails: ['jane@x.test'] } });
  });

  it('organizations match by name whatever the case, accents and spacing, and are created once', () => {
    const plan = planImport(
      [person(['a@x.test'], 'A', 'customer  ag'), person(['b@x.test'], 'B', 'Nordic Trade'), person(['c@x.test'], 'C', 'NORDIC TRADE'), { kind: 'organization', name: 'Nordic Tráde' }, { kind: 'organization', name: 'Globex' }],
      existing,
      OURS,
    );
    expect(plan.newOrganizations).toEqual(['Nordic Trade', 'Globex']);
    expect(plan.rows.map((r) => (r.kind === 'person' ? r.organization : r.kind === 'skip' ? r.reason : r.kind))).toEqual([
      { existing: 'o1' },
      { created: 'Nordic Trade' },
      { created: 'Nordic Trade' },
      'duplicate-organization',
      'organization',
    ]);
    expect(planCounts(plan)).toEqual({ persons: 3, organizations: 2, skipped: 1 });
    expect(organizationKey(' Müller  &  Söhne ')).toBe('muller & sohne');
  });
});

describe('properties', () => {
  const cell = fc.oneof(fc.string(), fc.emailAddress(), fc.constantFrom('', ' ::: ', 'a@b.c', 'Acme', 'sam@acme.com', 'crm+x@acme.com'));
  const field = fc.constantFrom(...(['ignore', 'name', 'givenName', 'middleName', 'familyName', 'email', 'organization'] as const));

  it('every row is imported or reported, exactly once, in order; a person has an address and a name', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 20 }), fc.array(field, { minLength: 6, maxLength: 6 }), (rows, mapping) => {
        const outcomes = rows.map((r) => rowOutcome(r, mapping));
        const plan = planImport(outcomes, NONE, OURS);
        expect(plan.rows.map((r) => r.row)).toEqual(rows.map((_, i) => i));
        const counts = planCounts(plan);
        expect(counts.persons + plan.rows.filter((r) => r.kind === 'organization').length + counts.skipped).toBe(rows.length);
        for (const r of plan.rows) {
          if (r.kind !== 'person') continue;
          expect(r.contact.emails.length).toBeGreaterThan(0);
          expect(r.contact.name.trim()).not.toBe('');
          expect(r.contact.name.length).toBeLessThanOrEqual(500);
        }
        // no address is imported twice
        const imported = plan.rows.flatMap((r) => (r.kind === 'person' ? r.contact.emails : []));
        expect(new Set(imported).size).toBe(imported.length);
      }),
    );
  });

  it('guessing never throws and answers a field per header', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (headers) => {
        expect(guessMapping(headers)).toHaveLength(headers.length);
      }),
    );
  });
});
