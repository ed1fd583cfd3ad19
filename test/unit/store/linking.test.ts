/** R1.4, R1.5, R4.4–R4.12: links made by the rules on capture and by the user. */
import { describe, expect, it } from 'vitest';
import { ADMIN, DAY, KIM, MINUTE, T0, batch, harness, mail, onlyThread, reply, threadOf } from './builders';

/** Jane Roe with one open deal, created before any mail. */
async function janeWithDeal(h: Awaited<ReturnType<typeof harness>>, title = 'Jane deal') {
  const jane = await h.store.createPerson({ name: 'Jane Roe', emails: ['jane@customer.test'] });
  const deal = await h.store.createDeal({ title, personId: jane.id });
  return { jane, deal };
}

describe('automatic linking on capture', () => {
  it('R4.4 the sole open deal of a counterparty links the thread, and the link says why (R4.11)', async () => {
    const h = await harness();
    const { jane, deal } = await janeWithDeal(h);
    await h.store.applyBatch(batch([mail(1)]));
    const thread = await onlyThread(h.db);
    expect(thread.link).toEqual({ kind: 'deal', itemId: deal.id, reason: { kind: 'sole-open-item', personId: jane.id, personName: 'Jane Roe' }, at: h.clock.now });
    expect(thread.linkKey).toBe(`deal:${deal.id}`);
    expect(thread.linked).toBe(1);
  });

  it('R4.5 a deal won before a new message means the message is not linked automatically', async () => {
    const h = await harness();
    const { deal } = await janeWithDeal(h);
    await h.store.setItemStatus({ kind: 'deal', itemId: deal.id }, 'won');
    await h.store.applyBatch(batch([mail(1)]));
    expect((await onlyThread(h.db)).link).toBeUndefined();
  });

  it('R4.8 a thread linked before its deal was won keeps the link for later messages', async () => {
    const h = await harness();
    const { deal } = await janeWithDeal(h);
    const m1 = mail(1);
    await h.store.applyBatch(batch([m1]));
    await h.store.setItemStatus({ kind: 'deal', itemId: deal.id }, 'won');
    await h.store.applyBatch(batch([reply(2, m1)]));
    expect((await onlyThread(h.db)).link?.itemId).toBe(deal.id);
  });

  it('R4.6 a deal created after the thread began is not linked automatically', async () => {
    const h = await harness();
    const m1 = mail(1);
    await h.store.applyBatch(batch([m1]));
    h.clock.now = T0 + 10 * MINUTE; // after the thread's first message
    const jane = (await h.db.persons.toArray())[0]!;
    await h.store.createDeal({ title: 'Late deal', personId: jane.id });
    await h.store.applyBatch(batch([reply(20, m1)]));
    const thread = await onlyThread(h.db);
    expect(thread.messageCount).toBe(2);
    expect(thread.link).toBeUndefined();
    // a new conversation after the deal was created is linked
    await h.store.applyBatch(batch([mail(30, { subject: 'New topic' })]));
    expect((await threadOf(h.db, 'm30@mail.acme.com')).link?.reason.kind).toBe('sole-open-item');
  });

  it('R4.7 several open items across the counterparties: unlinked, offered as candidates', async () => {
    const h = await harness();
    const { deal } = await janeWithDeal(h);
    const bob = await h.store.createPerson({ name: 'Bob', emails: ['bob@customer.test'] });
    const lead = await h.store.createLead({ title: 'Bob lead', personId: bob.id });
    await h.store.applyBatch(batch([mail(1, { cc: [{ address: 'bob@customer.test' }] })]));
    const thread = await onlyThread(h.db);
    expect(thread.link).toBeUndefined();
    expect(thread.candidates).toEqual([
      { kind: 'deal', itemId: deal.id },
      { kind: 'lead', itemId: lead.id },
    ]);
  });

  it('R4.4 manual mode links nothing by counterparty', async () => {
    const h = await harness({ linking: 'manual' });
    await janeWithDeal(h);
    await h.store.applyBatch(batch([mail(1)]));
    expect((await onlyThread(h.db)).link).toBeUndefined();
  });

  it('R1.4 item-address mail is linked even in manual mode', async () => {
    const h = await harness({ linking: 'manual' });
    const deal = await h.store.createDeal({ title: 'Addressed' });
    await h.store.applyBatch(batch([mail(1, { itemTokens: [deal.token.toUpperCase()] })]));
    expect((await onlyThread(h.db)).link).toEqual({ kind: 'deal', itemId: deal.id, reason: { kind: 'item-address', token: deal.token }, at: h.clock.now });
  });

  it('R1.5 two item addresses: unlinked, both offered as candidates', async () => {
    const h = await harness();
    const deal = await h.store.createDeal({ title: 'One' });
    const lead = await h.store.createLead({ title: 'Two' });
    await h.store.applyBatch(batch([mail(1, { itemTokens: [deal.token, lead.token] })]));
    const thread = await onlyThread(h.db);
    expect(thread.link).toBeUndefined();
    expect(thread.candidates).toEqual([
      { kind: 'deal', itemId: deal.id },
      { kind: 'lead', itemId: lead.id },
    ]);
  });

  it('R1.4 the address of a deleted deal is ignored: the rules below decide', async () => {
    const h = await harness();
    const { deal: janes } = await janeWithDeal(h);
    const dead = await h.store.createDeal({ title: 'Gone' });
    await h.store.deleteItem({ kind: 'deal', itemId: dead.id });
    await h.store.applyBatch(batch([mail(1, { itemTokens: [dead.token] })]));
    expect((await onlyThread(h.db)).link?.itemId).toBe(janes.id);
  });

  it('R5.3 under "share my linked conversations" a thread linked on capture is shared; the setting affects only later mail', async () => {
    const h = await harness();
    await janeWithDeal(h);
    await h.store.settings.set('sharingDefault', 'share-linked');
    await h.store.applyBatch(batch([mail(1)]));
    expect((await onlyThread(h.db)).visibility).toBe('shared');
    await h.store.settings.set('sharingDefault', 'private');
    expect((await onlyThread(h.db)).visibility).toBe('shared');
    await h.store.applyBatch(batch([mail(2, { subject: 'Later', to: [{ address: 'max@other.test' }] })]));
    expect((await threadOf(h.db, 'm2@mail.acme.com')).visibility).toBe('private');
  });
});

describe('linking by hand', () => {
  it('R4.11 a manual unlink survives new messages in the thread, even ones to an item address', async () => {
    const h = await harness();
    const { deal } = await janeWithDeal(h);
    const m1 = mail(1);
    await h.store.applyBatch(batch([m1]));
    const thread = await h.store.unlinkThread((await onlyThread(h.db)).id);
    expect(thread.manualUnlink).toBe(true);
    await h.store.applyBatch(batch([reply(2, m1), reply(3, m1, { itemTokens: [deal.token] })]));
    const after = await onlyThread(h.db);
    expect(after.messageCount).toBe(3);
    expect(after.link).toBeUndefined();
    expect(after.manualUnlink).toBe(true);
  });

  it('R4.10 / R4.11 a manual link ("by you") replaces the automatic one and is kept on new mail', async () => {
    const h = await harness();
    await janeWithDeal(h);
    const other = await h.store.createProject({ title: 'Other project' });
    const m1 = mail(1);
    await h.store.applyBatch(batch([m1]));
    const linked = await h.store.linkThread((await onlyThread(h.db)).id, { kind: 'project', itemId: other.id });
    expect(linked.link).toMatchObject({ kind: 'project', itemId: other.id, reason: { kind: 'manual' } });
    await h.store.applyBatch(batch([reply(2, m1)]));
    expect((await onlyThread(h.db)).link?.itemId).toBe(other.id);
    expect((await h.store.queries.threadsOfItem({ kind: 'project', itemId: other.id })).threads).toHaveLength(1);
  });

  it('R4.5 a closed deal can still be linked by hand', async () => {
    const h = await harness();
    const deal = await h.store.createDeal({ title: 'Won' });
    await h.store.setItemStatus({ kind: 'deal', itemId: deal.id }, 'won');
    await h.store.applyBatch(batch([mail(1)]));
    const linked = await h.store.linkThread((await onlyThread(h.db)).id, { kind: 'deal', itemId: deal.id });
    expect(linked.link?.itemId).toBe(deal.id);
  });

  it('R4.10 creating a deal from a thread: title from the subject, person from the counterparty, linked', async () => {
    const h = await harness();
    const org = await h.store.createOrganization({ name: 'Customer AG' });
    const jane = await h.store.createPerson({ name: 'Jane Roe', emails: ['jane@customer.test'], organizationId: org.id });
    await h.store.applyBatch(batch([mail(1, { subject: 'Re: Angebot 2025' })]));
    const { item, thread } = await h.store.createItemFromThread((await onlyThread(h.db)).id, 'deal');
    expect(item).toMatchObject({ kind: 'deal', title: 'Re: Angebot 2025', personId: jane.id, organizationId: org.id, status: 'open' });
    expect(thread.link).toMatchObject({ kind: 'deal', itemId: item.id, reason: { kind: 'manual' } });
  });

  it('R4.10 without a person for the counterparty, one is made from the mail', async () => {
    const h = await harness();
    await h.store.applyBatch(batch([mail(1, { sourceKind: 'sync', source: { sourceId: 'sent', uidValidity: 1, uid: 1 }, to: [{ address: 'max.muster@other.test' }] })], { sourceId: 'sent', sourceKind: 'sync' }));
    expect(await h.db.persons.count()).toBe(0);
    const { item } = await h.store.createItemFromThread((await onlyThread(h.db)).id, 'lead', { title: 'Max lead' });
    const person = await h.db.persons.get(item.personId!);
    expect(person).toMatchObject({ name: 'Max Muster', emails: ['max.muster@other.test'] });
    expect(item.title).toBe('Max lead');
  });

  it('R4.9 copy to another item: a new thread with copies of the messages, linked to the other item; new mail follows the original', async () => {
    const h = await harness();
    const { deal } = await janeWithDeal(h);
    const second = await h.store.createDeal({ title: 'Second deal' });
    const m1 = mail(1);
    await h.store.applyBatch(batch([m1, reply(2, m1)]));
    const original = await onlyThread(h.db);

    const copy = await h.store.copyThreadToItem(original.id, { kind: 'deal', itemId: second.id });
    expect(copy.id).not.toBe(original.id);
    expect(copy.link).toMatchObject({ kind: 'deal', itemId: second.id, reason: { kind: 'copy', fromThreadId: original.id } });
    const copied = await h.store.queries.messagesOfThread(copy.id);
    expect(copied.map((m) => m.messageId)).toEqual(['m1@mail.acme.com', 'm2@mail.acme.com']);
    expect(copied.every((m) => m.copyOf !== undefined)).toBe(true);
    expect((await h.db.threads.get(original.id))?.link?.itemId).toBe(deal.id);

    await h.store.applyBatch(batch([reply(3, reply(2, m1))]));
    expect((await h.db.threads.get(original.id))?.messageCount).toBe(3);
    expect((await h.db.threads.get(copy.id))?.messageCount).toBe(2);
    expect((await h.store.queries.threadsOfItem({ kind: 'deal', itemId: second.id })).threads.map((t) => t.id)).toEqual([copy.id]);
    expect((await h.store.queries.threadsOfItem({ kind: 'deal', itemId: deal.id })).threads.map((t) => t.id)).toEqual([original.id]);
  });

  it('R4.12 only the owner links or unlinks; an admin only a shared thread; the refusal says why', async () => {
    const h = await harness();
    const deal = await h.store.createDeal({ title: 'Deal' });
    await h.store.applyBatch(batch([mail(1)]));
    const { id } = await onlyThread(h.db);
    const target = { kind: 'deal' as const, itemId: deal.id };

    // private: colleagues and admins do not even see it (R5.1)
    await expect(h.as(KIM).linkThread(id, target)).rejects.toMatchObject({ code: 'not-found' });
    await expect(h.as(ADMIN).linkThread(id, target)).rejects.toMatchObject({ code: 'not-found' });

    await h.store.linkThread(id, target);
    await h.store.setThreadsVisibility([id], 'shared');
    // shared and linked: Kim sees it but may not change it; an admin may
    await expect(h.as(KIM).unlinkThread(id)).rejects.toMatchObject({ code: 'forbidden', message: expect.stringContaining('R4.12') });
    await expect(h.as(ADMIN).unlinkThread(id)).resolves.toMatchObject({ manualUnlink: true });
  });

  it('R4.12 every change a thread can get checks the same permission', async () => {
    const h = await harness();
    const deal = await h.store.createDeal({ title: 'Deal' });
    await h.store.applyBatch(batch([mail(1)]));
    const { id } = await onlyThread(h.db);
    await h.store.linkThread(id, { kind: 'deal', itemId: deal.id });
    await h.store.setThreadsVisibility([id], 'shared');
    const kim = h.as(KIM);
    const message = (await h.db.messages.toArray())[0]!;
    for (const attempt of [
      () => kim.createItemFromThread(id, 'deal'),
      () => kim.copyThreadToItem(id, { kind: 'deal', itemId: deal.id }),
      () => kim.setThreadsVisibility([id], 'private'),
      () => kim.deleteThread(id),
      () => kim.deleteMessage(message.id),
    ]) {
      await expect(attempt()).rejects.toMatchObject({ code: 'forbidden' });
    }
    expect((await onlyThread(h.db)).visibility).toBe('shared');
    expect(h.clock.now).toBe(T0 - DAY);
  });
});
