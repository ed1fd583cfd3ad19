/**
 * R4.10 / R4.11 Undo of an unlink (`restoreLink`): the link comes back as it was, its reason too,
 * the "unlinked by hand" mark goes, and (R8.3) the undo is an operation, so another device that
 * saw the unlink ends with the same link.
 */
import { describe, expect, it } from 'vitest';
import type { LinkBefore } from '../../../renderer/src/store';
import { batch, mail, threadOf, type Harness } from './builders';
import { crmDump, deliver, devices, takePending } from './replication/replicas';

const MAIL = 'm1@mail.acme.com';

/** Hands every device's pending operations to every device (its own come back, as from the folder). */
async function exchange(all: Harness[]): Promise<void> {
  const every = (await Promise.all(all.map(takePending))).flat();
  for (const d of all) await deliver(d, every);
}

function before(thread: LinkBefore): LinkBefore {
  return { link: thread.link, candidates: thread.candidates, manualUnlink: thread.manualUnlink };
}

/** Two devices: Jane with one open deal, then her mail captured on both (linked automatically, R4.4). */
async function automaticallyLinked(linking: 'automatic' | 'manual' = 'automatic') {
  const [a, b] = (await devices(2, { linking })) as [Harness, Harness];
  const jane = await a.store.createPerson({ name: 'Jane Roe', emails: ['jane@customer.test'] });
  const deal = await a.store.createDeal({ title: 'Jane deal', personId: jane.id });
  await exchange([a, b]);
  for (const d of [a, b]) await d.store.applyBatch(batch([mail(1)]));
  return { a, b, jane, deal };
}

describe('restoreLink: Undo of an unlink', () => {
  it('R4.11 an automatic link comes back with its own reason, and the manual-unlink mark is cleared', async () => {
    const { a, deal, jane } = await automaticallyLinked();
    const linked = await threadOf(a.db, MAIL);
    expect(linked.link?.reason).toEqual({ kind: 'sole-open-item', personId: jane.id, personName: 'Jane Roe' });
    const was = before(linked);
    const unlinked = await a.store.unlinkThread(linked.id);
    expect(unlinked.manualUnlink).toBe(true);
    const restored = await a.store.restoreLink(linked.id, was);
    expect(restored.link).toEqual(linked.link);
    expect(restored.manualUnlink).toBe(false);
    expect(restored.linkKey).toBe(`deal:${deal.id}`);
    expect(await threadOf(a.db, MAIL)).toMatchObject({ link: linked.link, manualUnlink: false, linked: 1 });
  });

  it('R4.10 a link made by hand comes back "by you"', async () => {
    const { a } = await automaticallyLinked('manual');
    const deal = await a.store.createDeal({ title: 'Other deal' });
    const thread = await threadOf(a.db, MAIL);
    const linked = await a.store.linkThread(thread.id, { kind: 'deal', itemId: deal.id });
    await a.store.unlinkThread(thread.id);
    const restored = await a.store.restoreLink(thread.id, before(linked));
    expect(restored.link).toEqual(linked.link);
    expect(restored.link?.reason).toEqual({ kind: 'manual' });
  });

  it('R4.11 the restored link is the user\'s decision: later mail does not move it', async () => {
    const { a, deal } = await automaticallyLinked();
    const thread = await threadOf(a.db, MAIL);
    await a.store.unlinkThread(thread.id);
    await a.store.restoreLink(thread.id, before(thread));
    const other = await a.store.createDeal({ title: 'Second deal' });
    expect(other.id).not.toBe(deal.id);
    expect((await threadOf(a.db, MAIL)).link?.itemId).toBe(deal.id);
  });

  it('R4.10 nothing to restore, or the item gone: refused, the thread unchanged', async () => {
    const { a } = await automaticallyLinked('manual');
    const lead = await a.store.createLead({ title: 'Short-lived' });
    const thread = await threadOf(a.db, MAIL);
    await expect(a.store.restoreLink(thread.id, { link: undefined, candidates: [], manualUnlink: undefined })).rejects.toMatchObject({ code: 'invalid' });
    const linked = await a.store.linkThread(thread.id, { kind: 'lead', itemId: lead.id });
    await a.store.unlinkThread(thread.id);
    await a.store.deleteItem({ kind: 'lead', itemId: lead.id });
    await expect(a.store.restoreLink(thread.id, before(linked))).rejects.toBeDefined();
    expect((await threadOf(a.db, MAIL)).manualUnlink).toBe(true);
  });

  it('R8.3 R4.11 unlink then Undo on A: B, which saw the unlink, shows the automatic link again with its reason', async () => {
    const { a, b, deal } = await automaticallyLinked();
    const thread = await threadOf(a.db, MAIL);
    await a.store.unlinkThread(thread.id);
    await exchange([a, b]);
    expect((await threadOf(b.db, MAIL)).link).toBeUndefined();
    expect((await threadOf(b.db, MAIL)).manualUnlink).toBe(true);
    await a.store.restoreLink(thread.id, before(thread));
    const ops = await takePending(a);
    expect(ops.map((o) => o.kind)).toEqual(['thread.link']);
    expect(ops[0]?.payload).toMatchObject({ item: `deal:${deal.id}`, manual: true, reason: { kind: 'restored', was: { kind: 'sole-open-item' } } });
    await deliver(a, ops);
    await deliver(b, ops);
    expect((await threadOf(b.db, MAIL)).link).toMatchObject({ kind: 'deal', itemId: deal.id, reason: thread.link?.reason });
    expect((await threadOf(b.db, MAIL)).manualUnlink).toBe(false);
    expect(await crmDump(b.db)).toEqual(await crmDump(a.db));
  });

  it('R8.3 unlink and Undo before the operations travel: both arrive, the undo wins everywhere', async () => {
    const { a, b } = await automaticallyLinked();
    const thread = await threadOf(a.db, MAIL);
    await a.store.unlinkThread(thread.id);
    await a.store.restoreLink(thread.id, before(thread));
    await exchange([a, b]);
    expect((await threadOf(b.db, MAIL)).link).toMatchObject({ itemId: thread.link?.itemId, reason: thread.link?.reason });
    expect(await crmDump(b.db)).toEqual(await crmDump(a.db));
  });
});
