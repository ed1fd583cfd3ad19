/**
 * Export (issue 22): a seeded CRM exported as CSV (and persons as vCard 4) and imported into an
 * empty one gives the same persons and organizations; the exported rows carry their linked
 * conversations' dates and subjects, and only the ones the user may see.
 */
import { describe, expect, it } from 'vitest';
import type { BlindcopyDb } from '../../../renderer/src/db/database';
import type { CrmStore } from '../../../renderer/src/store';
import { readContactFile, readCsv, tableOutcomes } from '../../../renderer/src/store/transfer/contactFiles';
import { csvText, vcardText } from '../../../renderer/src/store/transfer/exportFiles';
import { isoDay } from '../../../renderer/src/store/transfer/exportRecords';
import { batch, harness, KIM, mail } from '../store/builders';

async function seed(store: CrmStore): Promise<void> {
  const acme = await store.createOrganization({ name: 'Müller & Söhne, GmbH' });
  const nordic = await store.createOrganization({ name: 'Nordic "Trade" AB' });
  await store.createOrganization({ name: '=SUM(A1:A2) Holdings' });
  await store.createOrganization({ name: 'Lonely Org; no persons' });
  await store.createPerson({ name: 'Jürgen Müller', emails: ['j.mueller@mueller.example', 'juergen@privat.example'], organizationId: acme.id });
  await store.createPerson({ name: 'Åsa "Ace" Lindqvist, PhD', emails: ['asa@nordic.example'], organizationId: nordic.id });
  await store.createPerson({ name: '王小明', emails: ['wang@shanghai.example', 'xm@shanghai.example', 'w.x@shanghai.example'] });
  await store.createPerson({ name: '+46 Sales; Desk', emails: ['desk@nordic.example'], organizationId: nordic.id });
}

async function crmOf(db: BlindcopyDb) {
  const organizations = await db.organizations.toArray();
  const orgName = (id: string | undefined) => organizations.find((o) => o.id === id)?.name;
  return {
    persons: (await db.persons.toArray()).map((p) => ({ name: p.name, emails: p.emails, organization: orgName(p.organizationId) })).sort((a, b) => a.emails[0]!.localeCompare(b.emails[0]!)),
    organizations: organizations.map((o) => o.name).sort(),
  };
}

describe('export → import round trip', () => {
  it('persons and organizations as CSV come back the same, in either order of the two files', async () => {
    const source = await harness();
    await seed(source.store);
    const persons = csvText(await source.store.transfer.exportTable('persons'));
    const organizations = csvText(await source.store.transfer.exportTable('organizations'));

    for (const files of [
      [persons, organizations],
      [organizations, persons],
    ]) {
      const target = await harness({ seed: 99 });
      for (const text of files) await target.store.transfer.importContacts(tableOutcomes(readCsv(text)));
      expect(await crmOf(target.db)).toEqual(await crmOf(source.db));
    }
  });

  it('persons as vCard 4 come back the same, with their organizations', async () => {
    const source = await harness();
    await seed(source.store);
    const text = vcardText(await source.store.transfer.exportPersonCards());
    expect(text.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).toBe(true);
    const target = await harness({ seed: 99 });
    const result = await target.store.transfer.importContacts(tableOutcomes(readContactFile('persons.vcf', text)));
    expect(result.plan.rows.every((r) => r.kind === 'person')).toBe(true);
    const expected = await crmOf(source.db);
    expect(await crmOf(target.db)).toEqual({ ...expected, organizations: expected.organizations.filter((o) => o !== '=SUM(A1:A2) Holdings' && o !== 'Lonely Org; no persons') });
  });

  it('a cell that starts like a formula is written inert and read back as written', async () => {
    const { store } = await harness();
    await seed(store);
    const text = csvText(await store.transfer.exportTable('organizations'));
    expect(text).toContain("\"'=SUM(A1:A2) Holdings\"");
    expect(text.charCodeAt(0)).toBe(0xfeff);
  });
});

describe('conversations in the export', () => {
  it('R5.1 each record lists its visible conversations newest first, "date — subject" per line', async () => {
    const h = await harness();
    const { store } = h;
    await store.applyBatch(batch([mail(1, { subject: 'Offer; licences' }), mail(2, { subject: 'Visit in May', messageId: 'other@acme.com', to: [{ address: 'jane@customer.test' }] })]));
    const jane = (await store.queries.findPersons('jane'))[0]!;
    const deal = await store.createDeal({ title: 'Licences', personId: jane.id, value: 1200, currency: 'EUR' });
    const threads = await store.db.threads.toArray();
    const offer = threads.find((t) => t.subject === 'Offer; licences')!;
    await store.linkThread(offer.id, { kind: 'deal', itemId: deal.id });

    const persons = await store.transfer.exportTable('persons');
    expect(persons.headers).toEqual(['Name', 'Email', 'Other emails', 'Organization', 'Created', 'Conversations', 'Last conversation', 'Conversation subjects']);
    const row = persons.rows.find((r) => r[1] === 'jane@customer.test')!;
    const visit = threads.find((t) => t.subject === 'Visit in May')!;
    expect(row.slice(5)).toEqual(['2', isoDay(visit.lastDate), `${isoDay(visit.lastDate)} — Visit in May\n${isoDay(offer.lastDate)} — Offer; licences`]);

    const deals = await store.transfer.exportTable('deals');
    expect(deals.headers).toEqual(['Title', 'Status', 'Value', 'Currency', 'Stage', 'Person', 'Person email', 'Organization', 'Address', 'Created', 'Conversations', 'Last conversation', 'Conversation subjects']);
    expect(deals.rows).toEqual([['Licences', 'open', '1200', 'EUR', '', 'Jane Roe', 'jane@customer.test', '', `crm+${deal.token}@acme.com`, isoDay(deal.createdAt), '1', isoDay(offer.lastDate), `${isoDay(offer.lastDate)} — Offer; licences`]]);

    // Kim sees none of Sam's private conversations
    const kimsView = await h.as(KIM).transfer.exportTable('persons');
    expect(kimsView.rows.find((r) => r[1] === 'jane@customer.test')!.slice(5)).toEqual(['0', '', '']);
  });
});
