/**
 * R8.3 every action that changes the CRM records its operation in the same transaction: the
 * pending list shows exactly the expected operations, keyed as docs/replication.md says, and a
 * failing operation write rolls the change back with it.
 */
import { describe, expect, it } from 'vitest';
import type { Op } from '../../../../shared/rules/replication/operations';
import type { Harness } from '../builders';
import { batch, dump, harness, mail, reply, threadOf } from '../builders';
import { takePending } from './replicas';

const JANE = 'address:jane@customer.test';

function bodies(ops: Op[]) {
  return ops.map(({ kind, key, payload }) => ({ kind, key, payload }));
}

async function withMail(options: { linking?: 'automatic' | 'manual' } = {}): Promise<Harness> {
  const h = await harness(options);
  await h.store.applyBatch(batch([mail(1)]));
  await takePending(h);
  return h;
}

describe('recording operations (R8.3)', () => {
  it('R8.3 R4.2 capture records the persons it makes from addresses, keyed (and row-named) by the address', async () => {
    const h = await harness();
    await takePending(h); // the settings of the harness
    await h.store.applyBatch(batch([mail(1)]));
    const person = await h.db.persons.get(JANE);
    expect(person).toMatchObject({ name: 'Jane Roe', emails: ['jane@customer.test'] });
    expect(bodies(await takePending(h))).toEqual([
      { kind: 'person.create', key: JANE, payload: { ownerId: 'u-sam', createdAt: person!.createdAt, fields: { name: 'Jane Roe', emails: ['jane@customer.test'], organizationKey: null } } },
    ]);
    // the same mail again: a duplicate, nothing new to record
    await h.store.applyBatch(batch([mail(1)]));
    expect(await takePending(h)).toEqual([]);
  });

  it('R8.3 R4.4 capture records its automatic link decisions under the captured message', async () => {
    const h = await harness();
    const deal = await h.store.createDeal({ title: 'Big deal', personId: undefined });
    await takePending(h);
    await h.store.applyBatch(batch([mail(1, { itemTokens: [deal.token] })]));
    const ops = bodies(await takePending(h));
    expect(ops).toContainEqual({ kind: 'thread.link', key: 'mid:m1@mail.acme.com', payload: { item: `deal:${deal.id}`, manual: false, reason: { kind: 'item-address', token: deal.token } } });
  });

  it('R8.3 items: create, edit (only what changed, null clears), status, delete', async () => {
    const h = await harness();
    const org = await h.store.createOrganization({ name: 'Acme' });
    await takePending(h);
    const deal = await h.store.createDeal({ title: 'Offer', value: 100, currency: 'EUR', organizationId: org.id });
    await h.store.updateItem({ kind: 'deal', itemId: deal.id }, { title: 'Offer 2', value: undefined });
    await h.store.setItemStatus({ kind: 'deal', itemId: deal.id }, 'won');
    await h.store.deleteItem({ kind: 'deal', itemId: deal.id });
    const lead = await h.store.createLead({ title: 'Maybe' });
    await h.store.deleteItem({ kind: 'lead', itemId: lead.id });
    const project = await h.store.createProject({ title: 'Build' });
    const key = `deal:${deal.id}`;
    expect(bodies(await takePending(h))).toEqual([
      {
        kind: 'item.create',
        key,
        payload: {
          ownerId: 'u-sam',
          createdAt: deal.createdAt,
          token: deal.token,
          fields: { title: 'Offer', status: 'open', personKey: null, organizationKey: org.id, value: 100, currency: 'EUR', stage: null },
        },
      },
      { kind: 'item.edit', key, payload: { fields: { title: 'Offer 2', value: null } } },
      { kind: 'item.status', key, payload: { status: 'won' } },
      { kind: 'item.status', key, payload: { status: 'deleted' } },
      { kind: 'item.create', key: `lead:${lead.id}`, payload: { ownerId: 'u-sam', createdAt: lead.createdAt, token: lead.token, fields: { title: 'Maybe', status: 'open', personKey: null, organizationKey: null } } },
      { kind: 'item.delete', key: `lead:${lead.id}`, payload: {} },
      { kind: 'item.create', key: `project:${project.id}`, payload: { ownerId: 'u-sam', createdAt: project.createdAt, fields: { title: 'Build', status: 'open', personKey: null, organizationKey: null } } },
    ]);
  });

  it('R8.3 persons and organizations: create, edit, delete; a person made by hand keyed by id', async () => {
    const h = await harness();
    await takePending(h);
    const org = await h.store.createOrganization({ name: 'Acme' });
    await h.store.renameOrganization(org.id, { name: 'Acme Inc' });
    const person = await h.store.createPerson({ name: 'Joe', emails: ['Joe@X.test'], organizationId: org.id });
    await h.store.updatePerson(person.id, { emails: ['joe@x.test', 'j@x.test'], organizationId: undefined });
    await h.store.deletePerson(person.id);
    await h.store.deleteOrganization(org.id);
    const key = `id:${person.id}`;
    expect(bodies(await takePending(h))).toEqual([
      { kind: 'organization.create', key: org.id, payload: { ownerId: 'u-sam', createdAt: org.createdAt, fields: { name: 'Acme' } } },
      { kind: 'organization.edit', key: org.id, payload: { fields: { name: 'Acme Inc' } } },
      { kind: 'person.create', key, payload: { ownerId: 'u-sam', createdAt: person.createdAt, fields: { name: 'Joe', emails: ['joe@x.test'], organizationKey: org.id } } },
      { kind: 'person.edit', key, payload: { fields: { emails: ['joe@x.test', 'j@x.test'], organizationKey: null } } },
      { kind: 'person.delete', key, payload: {} },
      { kind: 'organization.delete', key: org.id, payload: {} },
    ]);
  });

  it('R8.3 R4.10 R4.11 linking by hand (manual flag and reason), unlinking by hand, creating an item from a thread', async () => {
    const h = await withMail({ linking: 'manual' });
    const deal = await h.store.createDeal({ title: 'Offer' });
    const thread = await threadOf(h.db, 'm1@mail.acme.com');
    await takePending(h);
    await h.store.linkThread(thread.id, { kind: 'deal', itemId: deal.id });
    await h.store.unlinkThread(thread.id);
    const made = await h.store.createItemFromThread(thread.id, 'project');
    const key = 'mid:m1@mail.acme.com';
    expect(bodies(await takePending(h))).toEqual([
      { kind: 'thread.link', key, payload: { item: `deal:${deal.id}`, manual: true, reason: { kind: 'manual' } } },
      { kind: 'thread.link', key, payload: { item: null, manual: true, reason: null } },
      {
        kind: 'item.create',
        key: `project:${made.item.id}`,
        payload: { ownerId: 'u-sam', createdAt: made.item.createdAt, fields: { title: 'Offer', status: 'open', personKey: JANE, organizationKey: null } },
      },
      { kind: 'thread.link', key, payload: { item: `project:${made.item.id}`, manual: true, reason: { kind: 'manual' } } },
    ]);
  });

  it('R8.3 a thread is named by its earliest message, whichever message arrived first', async () => {
    const h = await harness({ linking: 'manual' });
    const first = mail(1);
    await h.store.applyBatch(batch([reply(2, first)]));
    await h.store.applyBatch(batch([first]));
    const thread = await threadOf(h.db, 'm2@mail.acme.com');
    await takePending(h);
    await h.store.unlinkThread(thread.id);
    expect(bodies(await takePending(h)).map((o) => o.key)).toEqual(['mid:m1@mail.acme.com']);
  });

  it('R8.3 R4.9 copy, R5.4 visibility, R3.7 deleting a message and a thread', async () => {
    const h = await withMail({ linking: 'manual' });
    await h.store.applyBatch(batch([mail(2, { subject: 'Other' })]));
    const deal = await h.store.createDeal({ title: 'Offer' });
    const thread = await threadOf(h.db, 'm1@mail.acme.com');
    const other = await threadOf(h.db, 'm2@mail.acme.com');
    await takePending(h);
    const copy = await h.store.copyThreadToItem(thread.id, { kind: 'deal', itemId: deal.id });
    await h.store.setThreadsVisibility([thread.id, copy.id], 'shared');
    const [message] = await h.db.messages.where('threadId').equals(thread.id).toArray();
    await h.store.deleteMessage(message!.id);
    await h.store.deleteThread(other.id);
    await h.store.deleteThread(copy.id);
    expect(bodies(await takePending(h))).toEqual([
      { kind: 'thread.copy', key: `copy:${copy.id}`, payload: { from: 'mid:m1@mail.acme.com', item: `deal:${deal.id}`, ownerId: 'u-sam' } },
      { kind: 'thread.visibility', key: `copy:${copy.id}`, payload: { visibility: 'private' } },
      { kind: 'thread.visibility', key: 'mid:m1@mail.acme.com', payload: { visibility: 'shared' } },
      { kind: 'thread.visibility', key: `copy:${copy.id}`, payload: { visibility: 'shared' } },
      { kind: 'message.delete', key: 'm1@mail.acme.com', payload: {} },
      { kind: 'thread.delete', key: 'mid:m2@mail.acme.com', payload: { ids: ['m2@mail.acme.com'] } },
      { kind: 'thread.delete', key: `copy:${copy.id}`, payload: { ids: [] } },
    ]);
  });

  it('R8.3 R4.4 R5.3 the CRM settings are recorded, the machine ones are not; an unchanged value records nothing', async () => {
    const h = await harness();
    await takePending(h);
    await h.store.settings.set('linkingMode', 'manual');
    await h.store.settings.set('linkingMode', 'manual');
    await h.store.settings.set('sharingDefault', 'share-linked');
    await h.store.settings.set('delimiter', '-');
    expect(bodies(await takePending(h))).toEqual([
      { kind: 'setting.set', key: 'linkingMode', payload: { value: 'manual' } },
      { kind: 'setting.set', key: 'sharingDefault', payload: { value: 'share-linked' } },
    ]);
  });

  it('R8.3 a change and its operation commit together: when the operation cannot be written, the change is rolled back', async () => {
    const h = await withMail({ linking: 'manual' });
    const deal = await h.store.createDeal({ title: 'Offer' });
    const person = await h.store.createPerson({ name: 'Joe', emails: ['joe@x.test'] });
    const thread = await threadOf(h.db, 'm1@mail.acme.com');
    const [message] = await h.db.messages.where('threadId').equals(thread.id).toArray();
    const ref = { kind: 'deal' as const, itemId: deal.id };
    const actions: Array<[string, () => Promise<unknown>]> = [
      ['createDeal', () => h.store.createDeal({ title: 'X' })],
      ['updateItem', () => h.store.updateItem(ref, { title: 'Y' })],
      ['setItemStatus', () => h.store.setItemStatus(ref, 'lost')],
      ['createPerson', () => h.store.createPerson({ name: 'Z', emails: ['z@x.test'] })],
      ['updatePerson', () => h.store.updatePerson(person.id, { name: 'Joseph' })],
      ['deletePerson', () => h.store.deletePerson(person.id)],
      ['createOrganization', () => h.store.createOrganization({ name: 'O' })],
      ['linkThread', () => h.store.linkThread(thread.id, ref)],
      ['unlinkThread', () => h.store.unlinkThread(thread.id)],
      ['copyThreadToItem', () => h.store.copyThreadToItem(thread.id, ref)],
      ['setThreadsVisibility', () => h.store.setThreadsVisibility([thread.id], 'shared')],
      ['deleteMessage', () => h.store.deleteMessage(message!.id)],
      ['deleteThread', () => h.store.deleteThread(thread.id)],
      ['settings.set', () => h.store.settings.set('sharingDefault', 'share-linked')],
      ['capture', () => h.store.applyBatch(batch([mail(5, { to: [{ address: 'new@customer.test', name: 'New One' }] })]))],
    ];
    const before = await dump(h.db);
    const refuse = () => {
      throw new Error('disk full');
    };
    h.db.replicaOps.hook('creating', refuse);
    for (const [name, action] of actions) {
      await expect(action(), name).rejects.toThrow();
      expect(await dump(h.db), name).toEqual(before);
    }
    h.db.replicaOps.hook('creating').unsubscribe(refuse);
  });
});
