/**
 * Import (issue 22): files made by other programs — Google Contacts and Outlook CSV, Apple
 * Contacts vCard 3, a vCard 4 — imported into a store: what becomes a person or an organization,
 * what is skipped and why, and that each record made records its R8.3 operation. Reading
 * arbitrary text never throws and every row it finds is imported or reported.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planImport } from '../../../shared/rules/contacts/importPlan';
import { decodeContactFile, readContactFile, readCsv, readVcards, tableOutcomes } from '../../../renderer/src/store/transfer/contactFiles';
import { harness } from '../store/builders';
import { fixtureText } from './fixtures';

async function importFixture(name: string) {
  const { store, db } = await harness();
  const table = readContactFile(name, fixtureText(name));
  const result = await store.transfer.importContacts(tableOutcomes(table));
  const persons = await db.persons.toArray();
  const organizations = await db.organizations.toArray();
  const orgName = (id: string | undefined) => organizations.find((o) => o.id === id)?.name;
  return {
    table,
    result,
    db,
    persons: persons.map((p) => ({ name: p.name, emails: p.emails, organization: orgName(p.organizationId) })).sort((a, b) => a.name.localeCompare(b.name)),
    organizations: organizations.map((o) => o.name).sort(),
    skipped: result.plan.rows.flatMap((r) => (r.kind === 'skip' ? [[r.row, r.reason]] : [])),
  };
}

describe('files other programs export', () => {
  it('Google Contacts CSV: name parts, quoted commas, multi-line notes, " ::: " addresses, a company alone', async () => {
    const { table, persons, organizations, skipped } = await importFixture('google-contacts.csv');
    expect(table.rows).toHaveLength(6);
    expect(persons).toEqual([
      { name: 'Åsa Lindqvist', emails: ['asa@nordictrade.example', 'asa.lindqvist@gmail.example'], organization: 'Nordic Trade, AB' },
      { name: 'Jürgen Müller', emails: ['j.mueller@mueller-soehne.example', 'juergen.mueller@privat.example'], organization: 'Müller & Söhne GmbH' },
      { name: "Renée O'Brien", emails: ['renee@obrien.example'], organization: undefined },
    ]);
    expect(organizations).toEqual(['Contoso Ltd.', 'Müller & Söhne GmbH', 'Nordic Trade, AB']);
    expect(skipped).toEqual([
      [3, 'no-address'],
      [4, 'duplicate-in-file'],
    ]);
  });

  it('Outlook CSV: display names ignored, an Exchange address reported, UTF-8 names, our own address skipped', async () => {
    const { persons, organizations, skipped } = await importFixture('outlook-contacts.csv');
    expect(persons).toEqual([
      { name: 'Giulia Rossi', emails: ['giulia.rossi@ferrari-consulting.example', 'g.rossi@libero.example'], organization: 'Ferrari Consulting S.r.l.' },
      { name: 'Ola Nordmann', emails: ['ola@nordmann.example'], organization: 'Nordmann AS' },
      { name: '小明 王', emails: ['wang.xiaoming@shanghai-trade.example'], organization: '上海贸易有限公司' },
    ]);
    expect(organizations).toEqual(['Ferrari Consulting S.r.l.', 'Nordmann AS', '上海贸易有限公司']);
    expect(skipped).toEqual([
      [2, 'invalid-address'],
      [4, 'our-address'],
    ]);
  });

  it('German Outlook CSV: Windows-1252, semicolons, German headings, a company’s reception without address', async () => {
    const { table, persons, organizations, skipped, result } = await importFixture('outlook-de-contacts.csv');
    expect(table.mapping.filter((f) => f !== 'ignore')).toEqual(['givenName', 'middleName', 'familyName', 'organization', 'email', 'email']);
    expect(persons).toEqual([
      { name: 'Bärbel Größmann', emails: ['b.groessmann@strassenbau.example', 'baerbel@web.example'], organization: 'Straßenbau Größmann GmbH & Co. KG' },
      { name: 'Jörg Weiß', emails: ['joerg.weiss@weiss-logistik.example'], organization: 'Weiß Logistik' },
    ]);
    expect(organizations).toEqual(['Straßenbau Größmann GmbH & Co. KG', 'Weiß Logistik']);
    // the reception names a known organization but has no address: reported for the person
    expect(skipped).toEqual([[2, 'no-address']]);
    expect(result.created.size).toBe(2);
  });

  it('Apple Contacts vCard 3: grouped EMAIL properties, ORG with a unit, a folded photo, a card without address', async () => {
    const { persons, organizations, skipped } = await importFixture('apple-contacts.vcf');
    expect(persons).toEqual([
      { name: 'Acme Widgets Inc.', emails: ['info@acmewidgets.example'], organization: 'Acme Widgets Inc.' },
      { name: 'Kari Marie Bjørnstad', emails: ['kari.bjornstad@statkraft.example', 'kmb@statkraft.example'], organization: 'Statkraft ASA' },
      { name: 'Zoë Åkesson', emails: ['zoe@fjallraven-ab.example', 'zoe.akesson@icloud.example'], organization: 'Fjällräven AB' },
    ]);
    expect(organizations).toEqual(['Acme Widgets Inc.', 'Fjällräven AB', 'Statkraft ASA']);
    expect(skipped).toEqual([[2, 'no-address']]);
  });

  it('vCard 4: PREF, an organization card (KIND:org), an address twice in one card', async () => {
    const { persons, organizations, skipped } = await importFixture('contacts-v4.vcf');
    expect(persons).toEqual([
      { name: 'Dagny Ødegård', emails: ['dagny@odegard.example'], organization: undefined },
      { name: 'François Lefèvre', emails: ['francois@lefevre-fils.example', 'f.lefevre@laposte.example'], organization: 'Lefèvre & Fils' },
    ]);
    expect(organizations).toEqual(['Globex Corporation', 'Lefèvre & Fils']);
    expect(skipped).toEqual([]);
  });

  it('R4.2 importing the same file again finds every person by address and creates nothing', async () => {
    const { store, db } = await harness();
    const outcomes = tableOutcomes(readContactFile('google-contacts.csv', fixtureText('google-contacts.csv')));
    await store.transfer.importContacts(outcomes);
    const before = await db.persons.count();
    const preview = await store.transfer.previewImport(outcomes);
    expect(preview.rows.filter((r) => r.kind === 'person')).toEqual([]);
    expect(preview.rows.filter((r) => r.kind === 'skip' && r.reason === 'duplicate').map((r) => r.row)).toEqual([0, 1, 2, 4]);
    const again = await store.transfer.importContacts(outcomes);
    expect(again.created.size).toBe(0);
    expect(await db.persons.count()).toBe(before);
  });

  it('R8.3 every person and organization imported records its operation, in the same transaction', async () => {
    const { db, result } = await importFixture('outlook-contacts.csv');
    const ops = (await db.replicaOps.toArray()).map((r) => r.op.kind);
    expect(ops.filter((k) => k === 'person.create')).toHaveLength(3);
    expect(ops.filter((k) => k === 'organization.create')).toHaveLength(3);
    expect(result.created.size).toBe(3);
  });
});

describe('reading', () => {
  it('text that is not UTF-8 is read as Windows-1252 (Outlook’s default), UTF-16 by its byte order mark', () => {
    expect(decodeContactFile(new Uint8Array([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72]))).toBe('Müller');
    expect(decodeContactFile(new Uint8Array([0xff, 0xfe, 0x4d, 0x00, 0xfc, 0x00]))).toBe('Mü');
    expect(decodeContactFile(new TextEncoder().encode('Åsa'))).toBe('Åsa');
  });

  it('a CSV without a heading row keeps its first row as data', () => {
    const table = readCsv('Jane Roe,jane@x.test\nBob,bob@x.test\n');
    expect(table.headers).toEqual(['1', '2']);
    expect(table.mapping).toEqual(['name', 'email']);
    expect(tableOutcomes(table).map((o) => (o.kind === 'person' ? o.contact.name : o.kind))).toEqual(['Jane Roe', 'Bob']);
  });

  it('a vCard 2.1 (older phones, Outlook) is reported as such', () => {
    const text = ['BEGIN:VCARD', 'VERSION:2.1', 'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen;;;', 'EMAIL;PREF;INTERNET:j@m.test', 'END:VCARD', 'BEGIN:VCARD', 'VERSION:3.0', 'FN:B', 'EMAIL:b@x.test', 'END:VCARD', ''].join('\r\n');
    expect(tableOutcomes(readVcards(text))).toEqual([
      { kind: 'skip', reason: 'vcard-21' },
      { kind: 'person', contact: { name: 'B', emails: ['b@x.test'] } },
    ]);
  });

  it('a broken card costs only itself', () => {
    const text = ['BEGIN:VCARD', 'VERSION:3.0', 'FN:A', 'EMAIL:a@x.test', 'END:VCARD', 'BEGIN:VCARD', 'VERSION:3.0', 'this line has no colon', 'END:VCARD', 'BEGIN:VCARD', 'VERSION:4.0', 'FN:B', 'EMAIL:b@x.test', 'END:VCARD', ''].join('\r\n');
    const table = readVcards(text);
    expect(table.rows.map((r) => r?.[0])).toEqual(['A', undefined, 'B']);
    expect(tableOutcomes(table).map((o) => o.kind)).toEqual(['person', 'skip', 'person']);
  });

  const ours = { own: ['sam@acme.com'], dropbox: ['crm@acme.com'] };
  const vcardish = fc.array(
    fc.oneof(fc.string(), fc.constantFrom('BEGIN:VCARD', 'END:VCARD', 'VERSION:3.0', 'VERSION:4.0', 'FN:A', 'EMAIL:a@x.test', 'ORG:Acme;Unit', 'N:;;;;', ' folded', 'item1.EMAIL;type=pref:b@y.test', 'BEGIN:VCALENDAR', 'END:VCALENDAR')),
    { maxLength: 30 },
  );

  it('arbitrary vCard text never throws, and every card found is imported or reported', () => {
    fc.assert(
      fc.property(vcardish, fc.constantFrom('\r\n', '\n'), (lines, eol) => {
        const table = readVcards(lines.join(eol));
        const plan = planImport(tableOutcomes(table), { persons: [], organizations: [] }, ours);
        expect(plan.rows).toHaveLength(table.rows.length);
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary CSV text never throws, and every row it finds is imported or reported', () => {
    const csvish = fc.array(fc.oneof(fc.string(), fc.constantFrom(',', '"', '""', '\n', '\r\n', ';', 'a@x.test', 'Name', 'Email', 'Company')), { maxLength: 40 });
    fc.assert(
      fc.property(csvish, (parts) => {
        const table = readCsv(parts.join(''));
        const plan = planImport(tableOutcomes(table), { persons: [], organizations: [] }, ours);
        expect(plan.rows).toHaveLength(table.rows.length);
      }),
      { numRuns: 300 },
    );
  });
});
