/** R5.1, R5.2, R5.4 privacy, enforced in every query for the viewer who asks. */
import { describe, expect, it } from 'vitest';
import { ADMIN, KIM, batch, harness, mail, onlyThread, threadOf } from './builders';

async function sharedAndPrivate() {
  const h = await harness();
  const deal = await h.store.createDeal({ title: 'Jane deal' });
  await h.store.applyBatch(
    batch([
      mail(1, { subject: 'Shared offer', itemTokens: [deal.token] }),
      mail(2, { subject: 'Private offer', itemTokens: [deal.token], to: [{ address: 'max@other.test' }] }),
      mail(3, { subject: 'Shared but unlinked offer', to: [{ address: 'zoe@other.test' }] }),
    ]),
  );
  const shared = await threadOf(h.db, 'm1@mail.acme.com');
  const privateOne = await threadOf(h.db, 'm2@mail.acme.com');
  const unlinked = await threadOf(h.db, 'm3@mail.acme.com');
  await h.store.setThreadsVisibility([shared.id, unlinked.id], 'shared');
  return { ...h, deal, shared, privateOne, unlinked };
}

describe('R5 visibility in queries', () => {
  it('R5.1 private threads are invisible to another user and to an admin, everywhere', async () => {
    const { as, privateOne, deal } = await sharedAndPrivate();
    for (const viewer of [KIM, ADMIN]) {
      const q = as(viewer).queries;
      const inbox = (await q.inboxPage()).threads.map((t) => t.id);
      expect(inbox).not.toContain(privateOne.id);
      expect(await q.thread(privateOne.id)).toBeUndefined();
      expect(await q.messagesOfThread(privateOne.id)).toEqual([]);
      expect((await q.threadsOfItem({ kind: 'deal', itemId: deal.id })).threads.map((t) => t.id)).not.toContain(privateOne.id);
      expect((await q.search({ query: 'private offer' })).map((t) => t.id)).toEqual([]);
    }
  });

  it('R5.2 shared and linked: visible to others on the item, in the inbox and in search; shared but unlinked: owner only', async () => {
    const { as, store, shared, privateOne, unlinked, deal } = await sharedAndPrivate();
    const kim = as(KIM).queries;
    expect((await kim.threadsOfItem({ kind: 'deal', itemId: deal.id })).threads.map((t) => t.id)).toEqual([shared.id]);
    expect((await kim.inboxPage()).threads.map((t) => t.id)).toEqual([shared.id]);
    expect((await kim.search({ query: 'offer' })).map((t) => t.id)).toEqual([shared.id]);
    expect((await kim.messagesOfThread(shared.id)).map((m) => m.messageId)).toEqual(['m1@mail.acme.com']);
    expect(await kim.thread(unlinked.id)).toBeUndefined();
    // the owner sees all three
    expect((await store.queries.inboxPage()).threads.map((t) => t.id).sort()).toEqual([shared.id, privateOne.id, unlinked.id].sort());
  });

  it('R5.2 a shared thread on a deleted deal is no longer visible to colleagues', async () => {
    const { as, store, shared, deal } = await sharedAndPrivate();
    expect(await as(KIM).queries.thread(shared.id)).toBeDefined();
    await store.deleteItem({ kind: 'deal', itemId: deal.id });
    await expect(as(KIM).queries.thread(shared.id)).resolves.toBeUndefined();
    expect(await store.queries.thread(shared.id)).toBeDefined();
  });

  it('R5.4 bulk make-private: every selected thread private at once, hidden from colleagues, and a later link keeps it private', async () => {
    const { as, store, db, shared, unlinked, deal } = await sharedAndPrivate();
    const changed = await store.setThreadsVisibility([shared.id, unlinked.id], 'private');
    expect(changed.map((t) => [t.visibility, t.shareOnLink])).toEqual([
      ['private', false],
      ['private', false],
    ]);
    expect((await as(KIM).queries.inboxPage()).threads).toEqual([]);
    await store.linkThread(unlinked.id, { kind: 'deal', itemId: deal.id });
    expect((await db.threads.get(unlinked.id))?.visibility).toBe('private');
  });

  it('R5.4 all or nothing: a selection with a thread the viewer may not change changes none', async () => {
    const { as, db, shared, privateOne } = await sharedAndPrivate();
    await expect(as(ADMIN).setThreadsVisibility([shared.id, privateOne.id], 'private')).rejects.toMatchObject({ code: 'not-found' });
    expect((await db.threads.get(shared.id))?.visibility).toBe('shared');
  });

  it('R7.3 synced mail is private even under "share my linked conversations"', async () => {
    const h = await harness();
    await h.store.settings.set('sharingDefault', 'share-linked');
    const deal = await h.store.createDeal({ title: 'Deal' });
    await h.store.applyBatch(
      batch([mail(1, { sourceKind: 'sync', source: { sourceId: 'inbox', uidValidity: 1, uid: 1 }, itemTokens: [deal.token] })], { sourceId: 'inbox', sourceKind: 'sync' }),
    );
    const thread = await onlyThread(h.db);
    expect(thread.link?.itemId).toBe(deal.id);
    expect(thread.visibility).toBe('private');
  });
});
