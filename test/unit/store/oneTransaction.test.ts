/**
 * DESIGN 4: every change the store makes is all or nothing, so each action runs in ONE
 * transaction. A read or write made outside it (after the transaction block, or after an await
 * that lost Dexie's zone, store/queries/zoned.ts) would run in a transaction of its own, and a
 * write there could outlive a failure of the rest. Counted with a DBCore middleware that sees
 * every transaction the database opens.
 */
import { describe, expect, it } from 'vitest';
import { batch, harness, mail, refused, reply } from './builders';

async function countingHarness() {
  const h = await harness({ linking: 'manual' });
  const opened: string[] = [];
  // middlewares take effect when the database opens
  h.db.close();
  h.db.use({
    stack: 'dbcore',
    name: 'countTransactions',
    create: (down) => ({
      ...down,
      transaction: (stores, mode, options) => {
        opened.push(`${mode} ${[...stores].sort().join(',')}`);
        return down.transaction(stores, mode, options);
      },
    }),
  });
  await h.db.open();
  /** the transactions `action` opened */
  const during = async (action: () => Promise<unknown>): Promise<string[]> => {
    opened.length = 0;
    await action();
    return [...opened];
  };
  return { ...h, during };
}

function fail(message: string): never {
  throw new Error(message);
}

describe('DESIGN 4 one transaction per store action', () => {
  it('capture, the word indexer and the actions on threads, items and held mail each open exactly one', async () => {
    const { db, store, during } = await countingHarness();
    const first = mail(1, { subject: 'Pricing', text: 'the offer', to: [{ address: 'lea@client.test', name: 'Lea Roe' }] });
    const thread = async () => (await db.threads.where('refIds').equals(first.messageId).first()) ?? fail('no thread');
    const deal = async () => (await db.deals.toArray()).find((d) => d.title === 'Deal')?.id ?? fail('no deal');
    const messageRow = async (messageId: string) => (await db.messages.where('messageId').equals(messageId).first())?.id ?? fail(`no ${messageId}`);

    // each entry looks up what its action needs, then hands back the action alone to be counted
    const steps: Array<[string, () => Promise<() => Promise<unknown>>]> = [
      ['applyBatch', async () => () => store.applyBatch(batch([first, mail(2, { subject: 'Other' })], { rejected: [refused(3, { reason: 'owner-pending', detail: 'sam@home.test' })] }))],
      ['applyBatch, a reply', async () => () => store.applyBatch(batch([reply(4, first)]))],
      ['indexPendingWords', async () => () => store.indexPendingWords()],
      ['createDeal', async () => () => store.createDeal({ title: 'Deal' })],
      ['linkThread', async () => {
        const [t, d] = [await thread(), await deal()];
        return () => store.linkThread(t.id, { kind: 'deal', itemId: d });
      }],
      ['setThreadsVisibility', async () => {
        const t = await thread();
        return () => store.setThreadsVisibility([t.id], 'shared');
      }],
      ['updateItem', async () => {
        const d = await deal();
        return () => store.updateItem({ kind: 'deal', itemId: d }, { value: 1200 });
      }],
      ['copyThreadToItem', async () => {
        const [t, other] = [await thread(), await store.createDeal({ title: 'Another' })];
        return () => store.copyThreadToItem(t.id, { kind: 'deal', itemId: other.id });
      }],
      ['unlinkThread', async () => {
        const t = await thread();
        return () => store.unlinkThread(t.id);
      }],
      ['createItemFromThread', async () => {
        const t = await thread();
        return () => store.createItemFromThread(t.id, 'lead');
      }],
      ['releaseHeldFor', async () => () => store.releaseHeldFor('sam@home.test')],
      ['deleteMessage', async () => {
        const row = await messageRow('m2@mail.acme.com');
        return () => store.deleteMessage(row);
      }],
      ['deleteItem', async () => {
        const d = await deal();
        return () => store.deleteItem({ kind: 'deal', itemId: d });
      }],
      ['deleteThread', async () => {
        const t = await thread();
        return () => store.deleteThread(t.id);
      }],
    ];
    for (const [name, prepare] of steps) {
      const action = await prepare();
      const opened = await during(action);
      expect(opened, name).toHaveLength(1);
      expect(opened[0], name).toMatch(/^readwrite /);
    }
  });
});
