/** Items, persons, organizations and settings: validated writes, tokens, cascades. */
import { describe, expect, it } from 'vitest';
import { itemTokenKind } from '../../../shared/rules/itemAddress';
import { batch, harness, mail, onlyThread } from './builders';

describe('items', () => {
  it('R1.3 every deal and lead gets an unguessable item token on creation; projects have none', async () => {
    const { store } = await harness();
    const deal = await store.createDeal({ title: 'Deal', value: 1200, currency: 'EUR', stage: 'proposal' });
    const lead = await store.createLead({ title: 'Lead' });
    const project = await store.createProject({ title: 'Project' });
    expect(itemTokenKind(deal.token)).toBe('deal');
    expect(itemTokenKind(lead.token)).toBe('lead');
    expect(deal.token.length).toBeGreaterThanOrEqual(2 + 26); // 128 bits of base32
    expect(deal).toMatchObject({ kind: 'deal', status: 'open', value: 1200, currency: 'EUR', stage: 'proposal', ownerId: 'u-sam' });
    expect('token' in project).toBe(false);
  });

  it('validates input and references', async () => {
    const { store } = await harness();
    await expect(store.createDeal({ title: '' })).rejects.toMatchObject({ code: 'invalid' });
    await expect(store.createDeal({ title: 'X', currency: 'EURO' })).rejects.toMatchObject({ code: 'invalid' });
    await expect(store.createDeal({ title: 'X', personId: 'nobody' })).rejects.toMatchObject({ code: 'invalid' });
    const deal = await store.createDeal({ title: 'X' });
    await expect(store.setItemStatus({ kind: 'deal', itemId: deal.id }, 'archived')).rejects.toMatchObject({ code: 'invalid' });
    await expect(store.setItemStatus({ kind: 'lead', itemId: 'nope' }, 'archived')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('edits fields, clears one set to undefined, and keeps name search in step', async () => {
    const { store } = await harness();
    const deal = await store.createDeal({ title: 'Old name', stage: 'lead-in' });
    const edited = await store.updateItem({ kind: 'deal', itemId: deal.id }, { title: 'Neuer Name', stage: undefined, value: 5 });
    expect(edited).toMatchObject({ title: 'Neuer Name', value: 5, token: deal.token });
    expect('stage' in edited).toBe(false);
    expect((await store.queries.findItems('neu')).map((i) => i.id)).toEqual([deal.id]);
    expect(await store.queries.findItems('old')).toEqual([]);
  });

  it('R4.5 statuses per kind: won, lost, deleted; archived, converted; closed', async () => {
    const { store } = await harness();
    const lead = await store.createLead({ title: 'Lead' });
    const project = await store.createProject({ title: 'Project' });
    expect((await store.setItemStatus({ kind: 'lead', itemId: lead.id }, 'converted')).status).toBe('converted');
    expect((await store.setItemStatus({ kind: 'project', itemId: project.id }, 'closed')).status).toBe('closed');
    expect((await store.queries.items('lead', { status: 'open' })).length).toBe(0);
  });

  it('deleting a deal keeps it (status deleted, token kept); deleting a lead removes it and unlinks its threads', async () => {
    const { db, store } = await harness();
    const deal = await store.createDeal({ title: 'Deal' });
    await store.deleteItem({ kind: 'deal', itemId: deal.id });
    expect((await db.deals.get(deal.id))?.status).toBe('deleted');

    const lead = await store.createLead({ title: 'Lead' });
    await store.applyBatch(batch([mail(1, { itemTokens: [lead.token] })]));
    expect((await onlyThread(db)).linkKey).toBe(`lead:${lead.id}`);
    await store.deleteItem({ kind: 'lead', itemId: lead.id });
    expect(await db.leads.get(lead.id)).toBeUndefined();
    const thread = await onlyThread(db);
    expect([thread.link, thread.linkKey, thread.linked, thread.manualUnlink]).toEqual([undefined, undefined, 0, undefined]);
  });

  it('persons: several addresses, the first primary, lower-cased; deleting one leaves threads and items', async () => {
    const { db, store } = await harness();
    const org = await store.createOrganization({ name: 'Customer AG' });
    const jane = await store.createPerson({ name: 'Jane Roe', emails: ['Jane@Customer.test', 'jane.roe@home.test', 'jane@customer.test'], organizationId: org.id });
    expect(jane.emails).toEqual(['jane@customer.test', 'jane.roe@home.test']);
    const deal = await store.createDeal({ title: 'Deal', personId: jane.id, organizationId: org.id });
    await store.applyBatch(batch([mail(1)]));
    expect((await onlyThread(db)).personIds).toEqual([jane.id]);
    expect((await store.queries.threadsOfPerson(jane.id)).threads.length).toBe(1);
    expect((await store.queries.threadsOfOrganization(org.id)).threads.length).toBe(1);

    const moved = await store.updatePerson(jane.id, { emails: ['jane.roe@home.test', 'jane@customer.test'], organizationId: undefined });
    expect(moved.emails[0]).toBe('jane.roe@home.test');
    expect(moved.organizationId).toBeUndefined();

    await store.deletePerson(jane.id);
    expect((await onlyThread(db)).personIds).toEqual([]);
    expect((await db.deals.get(deal.id))?.personId).toBeUndefined();
    await store.deleteOrganization(org.id);
    expect((await onlyThread(db)).organizationIds).toEqual([]);
    expect((await db.deals.get(deal.id))?.organizationId).toBeUndefined();
  });
});

describe('settings', () => {
  it('typed, validated, with defaults', async () => {
    const { store } = await harness();
    const fresh = await store.settings.getAll();
    expect(fresh).toMatchObject({ linkingMode: 'automatic', sharingDefault: 'private', delimiter: '+', userId: 'u-sam' });
    await expect(store.settings.set('linkingMode', 'sometimes' as 'manual')).rejects.toMatchObject({ code: 'invalid' });
    await expect(store.settings.set('delimiter', '++')).rejects.toMatchObject({ code: 'invalid' });
    await store.settings.set('sharingDefault', 'share-linked');
    expect(await store.settings.get('sharingDefault')).toBe('share-linked');
  });

  it('a stored value that no longer parses reads as the default', async () => {
    const { db, store } = await harness();
    await db.settings.put({ key: 'linkingMode', value: 42 });
    expect(await store.settings.get('linkingMode')).toBe('automatic');
  });

  it('R1.2 changing the company domain changes the address; the old one stays accepted as an alias', async () => {
    const { db, store } = await harness();
    expect(await store.settings.setCompanyDomain('acme.de')).toEqual({ address: 'crm@acme.de', aliases: ['crm@acme.com'] });
    await expect(store.settings.setCompanyDomain('not a domain')).rejects.toMatchObject({ code: 'invalid' });
    // mail BCC'd to the old address's item address still resolves as ours, not as a person (R4.2)
    await store.applyBatch(batch([mail(1, { to: [{ address: 'crm+x@acme.com' }, { address: 'jane@customer.test' }] })]));
    expect((await db.persons.toArray()).map((p) => p.emails)).toEqual([['jane@customer.test']]);
  });

  it('R6: primary first, alternates pending until confirmed, removable', async () => {
    const { store } = await harness();
    expect(await store.settings.addAlternateAddress('Sam@Mobile.test')).toEqual({
      primary: 'sam@acme.com',
      verified: ['sam@acme.org'],
      pending: ['sam@home.test', 'sam@mobile.test'],
    });
    expect((await store.settings.removeAlternateAddress('sam@acme.org')).verified).toEqual([]);
    expect((await store.settings.setPrimaryAddress('sam@acme.de')).primary).toBe('sam@acme.de');
  });
});
