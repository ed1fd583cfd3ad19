/** R4.3 beyond in the store: a person joining brings threads; domains bring new persons; R4.13's query. */
import { describe, expect, it } from 'vitest';
import { DAY, T0, batch, harness, mail, onlyThread } from './builders';
import { crmDump, deliver, devices, takePending } from './replication/replicas';

describe('organizations see their people\'s mail (R4.3 beyond)', () => {
  it('R4.3 a person joining an organization brings their existing threads to it', async () => {
    const h = await harness();
    await h.store.applyBatch(batch([mail(1)]));
    const jane = (await h.db.persons.toArray())[0]!;
    const acme = await h.store.createOrganization({ name: 'Customer Inc' });
    expect((await onlyThread(h.db)).organizationIds).toEqual([]);
    await h.store.updatePerson(jane.id, { organizationId: acme.id });
    expect((await onlyThread(h.db)).organizationIds).toEqual([acme.id]);
    expect((await h.store.queries.threadsOfOrganization(acme.id)).threads.map((t) => t.id)).toEqual([(await onlyThread(h.db)).id]);
  });

  it('R4.3 a person captured from mail at a listed domain joins the organization, and so does the thread', async () => {
    const h = await harness();
    const customer = await h.store.createOrganization({ name: 'Customer Inc', domains: ['customer.test'] });
    await h.store.applyBatch(batch([mail(1)]));
    const jane = (await h.db.persons.toArray())[0]!;
    expect(jane.organizationId).toBe(customer.id);
    expect((await onlyThread(h.db)).organizationIds).toEqual([customer.id]);
  });

  it('R4.3 a person made by hand at a listed domain joins it; a free-mail address never does', async () => {
    const h = await harness();
    const customer = await h.store.createOrganization({ name: 'Customer Inc' });
    await h.store.setOrganizationDomains(customer.id, ['@Customer.test']);
    expect((await h.db.organizations.get(customer.id))?.domains).toEqual(['customer.test']);
    const bob = await h.store.createPerson({ name: 'Bob', emails: ['bob@sales.customer.test'] });
    expect(bob.organizationId).toBe(customer.id);
    const free = await h.store.createPerson({ name: 'Free', emails: ['free@gmail.com'] });
    expect(free.organizationId).toBeUndefined();
  });

  it('R4.3 a free-mail or malformed domain is refused with its own code, and nothing changes', async () => {
    const h = await harness();
    const customer = await h.store.createOrganization({ name: 'Customer Inc' });
    await expect(h.store.setOrganizationDomains(customer.id, ['gmail.com'])).rejects.toMatchObject({ code: 'free-mail-domain', params: { domain: 'gmail.com' } });
    await expect(h.store.setOrganizationDomains(customer.id, ['not a domain'])).rejects.toMatchObject({ code: 'domain-invalid' });
    await expect(h.store.createOrganization({ name: 'X', domains: ['outlook.com'] })).rejects.toMatchObject({ code: 'free-mail-domain' });
    expect((await h.db.organizations.get(customer.id))?.domains).toBeUndefined();
    expect(await h.db.organizations.count()).toBe(1);
  });

  it('R4.3 R8.3 domains and a person joining travel to another device, which brings the same threads along', async () => {
    const [a, b] = await devices(2);
    await a!.store.applyBatch(batch([mail(1)]));
    await b!.store.applyBatch(batch([mail(1)]));
    await deliver(b!, await takePending(a!));
    const jane = (await a!.db.persons.toArray())[0]!;
    const customer = await a!.store.createOrganization({ name: 'Customer Inc', domains: ['customer.test'] });
    await a!.store.updatePerson(jane.id, { organizationId: customer.id });
    await deliver(b!, await takePending(a!));
    expect((await b!.db.organizations.get(customer.id))?.domains).toEqual(['customer.test']);
    expect((await onlyThread(b!.db)).organizationIds).toEqual([customer.id]);
    await deliver(a!, await takePending(b!));
    expect(await crmDump(b!.db)).toEqual(await crmDump(a!.db));
  });

  it('R4.3 R8.3 a rename on one device and a domain change on another both survive', async () => {
    const [a, b] = await devices(2);
    const customer = await a!.store.createOrganization({ name: 'Customer Inc' });
    await deliver(b!, await takePending(a!));
    await a!.store.renameOrganization(customer.id, { name: 'Customer AG' });
    await b!.store.setOrganizationDomains(customer.id, ['customer.test']);
    const [fromA, fromB] = [await takePending(a!), await takePending(b!)];
    await deliver(a!, fromB);
    await deliver(b!, fromA);
    for (const device of [a!, b!]) expect(await device.db.organizations.get(customer.id)).toMatchObject({ name: 'Customer AG', domains: ['customer.test'] });
  });
});

describe('earlier conversations for a new item (R4.13)', () => {
  it("R4.13 a new deal is offered its person's recent unlinked threads; linked ones and old ones are not", async () => {
    const h = await harness({ linking: 'manual' });
    await h.store.applyBatch(batch([mail(1), mail(2, { subject: 'Pricing' }), mail(3, { subject: 'Old talk', date: T0 - 200 * DAY })]));
    const jane = (await h.db.persons.toArray())[0]!;
    const other = await h.store.createDeal({ title: 'Other', personId: jane.id });
    const pricing = (await h.db.threads.toArray()).find((t) => t.subject === 'Pricing')!;
    await h.store.linkThread(pricing.id, { kind: 'deal', itemId: other.id });
    const deal = await h.store.createDeal({ title: 'New deal', personId: jane.id });
    const offered = await h.store.queries.earlierThreadsFor({ kind: 'deal', itemId: deal.id }, T0 + DAY);
    expect(offered.map((t) => t.subject)).toEqual([mail(1).subject]);
  });
});
