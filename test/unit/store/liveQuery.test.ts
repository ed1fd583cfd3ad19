/**
 * DESIGN 5: views read through liveQuery / useLiveQuery. Dexie runs a live query only where a
 * global indexedDB exists (as in the renderer), so this file installs fake-indexeddb's globals.
 */
import 'fake-indexeddb/auto';
import { Dexie, liveQuery, type RangeSet } from 'dexie';
import { describe, expect, it } from 'vitest';
import { batch, harness, mail, reply, threadOf } from './builders';

describe('live queries', () => {
  it('DESIGN 5 a liveQuery over an inbox page follows the database', async () => {
    const { store } = await harness();
    const seen: number[] = [];
    const subscription = liveQuery(() => store.queries.inboxPage()).subscribe((page) => seen.push(page.threads.length));
    await expect.poll(() => seen).toEqual([0]);
    await store.applyBatch(batch([mail(1)]));
    await expect.poll(() => seen.at(-1)).toBe(1);
    await store.applyBatch(batch([mail(2, { subject: 'Other' })]));
    await expect.poll(() => seen.at(-1)).toBe(2);
    subscription.unsubscribe();
  });

  it('DESIGN 5 counts and search are live too', async () => {
    const { store } = await harness();
    const counts: number[] = [];
    const found: number[] = [];
    const a = liveQuery(() => store.queries.inboxCounts()).subscribe((c) => counts.push(c.all));
    const b = liveQuery(() => store.queries.search({ query: 'offer' })).subscribe((r) => found.push(r.length));
    await expect.poll(() => [counts.at(-1), found.at(-1)]).toEqual([0, 0]);
    await store.applyBatch(batch([mail(1)]));
    await expect.poll(() => [counts.at(-1), found.at(-1)]).toEqual([1, 1]);
    a.unsubscribe();
    b.unsubscribe();
  });

  it('DESIGN 5 search stays live over indexed words: a prefix, a whole word, several terms', async () => {
    const { store } = await harness();
    await store.applyBatch(batch([mail(1, { subject: 'Training dates', text: 'the training plan' })]));
    while ((await store.indexPendingWords()) > 0);
    const results: Record<string, number[]> = { trai: [], 'training ': [], 'plan trai': [] };
    const subscriptions = Object.keys(results).map((query) =>
      liveQuery(() => store.queries.search({ query })).subscribe((r) => results[query]?.push(r.length)),
    );
    await expect.poll(() => Object.values(results).map((r) => r.at(-1))).toEqual([1, 1, 1]);
    await store.applyBatch(batch([mail(2, { subject: 'Training again', text: 'plan' })]));
    await expect.poll(() => Object.values(results).map((r) => r.at(-1))).toEqual([2, 2, 2]);
    for (const s of subscriptions) s.unsubscribe();
  });
});

describe('live search follows the threads it shows', () => {
  it('DESIGN 5 a search result updates when a thread it shows changes (R5.1 made shared, R4.10 linked)', async () => {
    const { store } = await harness({ linking: 'manual' });
    await store.applyBatch(
      batch([mail(1, { subject: 'Alpha', text: 'the offer' }), mail(2, { subject: 'Beta', text: 'an offer' }), mail(3, { subject: 'Gamma', text: 'another offer' })]),
    );
    while ((await store.indexPendingWords()) > 0);
    const changed = new Set<string>();
    // a prefix, a whole word, a word and a prefix: each changes a thread none before it changed
    for (const query of ['offer', 'offer ', 'another off']) {
      const seen: { visibility: string; linked: number }[][] = [];
      const sub = liveQuery(() => store.queries.search({ query })).subscribe((threads) => seen.push(threads.map((t) => ({ visibility: t.visibility, linked: t.linked }))));
      await expect.poll(() => seen.length).toBeGreaterThan(0);
      const shown = await store.queries.search({ query });
      const target = [...shown].reverse().find((t) => !changed.has(t.id));
      if (target === undefined) throw new Error(`"${query}" shows no thread left to change`);
      changed.add(target.id);
      const at = shown.indexOf(target);
      await store.setThreadsVisibility([target.id], 'shared');
      await expect.poll(() => seen.at(-1)?.[at]?.visibility, { timeout: 2000 }).toBe('shared');
      const deal = await store.createDeal({ title: `Deal for ${query}` });
      await store.linkThread(target.id, { kind: 'deal', itemId: deal.id });
      await expect.poll(() => seen.at(-1)?.[at]?.linked, { timeout: 2000 }).toBe(1);
      sub.unsubscribe();
    }
  });
});

/** Sam's thread with Lea Roe (a new person), captured in manual linking mode. */
async function samWritesToLea() {
  const h = await harness({ linking: 'manual' });
  const first = mail(1, { subject: 'Pricing', to: [{ address: 'lea@client.test', name: 'Lea Roe' }] });
  await h.store.applyBatch(batch([first]));
  const thread = await threadOf(h.db, first.messageId);
  const person = await h.db.persons.where('emails').equals('lea@client.test').first();
  if (person === undefined) throw new Error('no person for lea@client.test');
  return { ...h, first, thread, person };
}

describe('live record views follow what they show', () => {
  it('DESIGN 5 an open thread shows a reply as it arrives, and a record\'s threads follow a change of one of them', async () => {
    const { store, first, thread, person } = await samWritesToLea();
    const deal = await store.createDeal({ title: 'Pricing deal' });
    await store.linkThread(thread.id, { kind: 'deal', itemId: deal.id });

    const messages: number[] = [];
    const ofPerson: string[] = [];
    const ofDeal: string[] = [];
    const shown: string[] = [];
    const subs = [
      liveQuery(() => store.queries.messagesOfThread(thread.id)).subscribe((rows) => messages.push(rows.length)),
      liveQuery(() => store.queries.threadsOfPerson(person.id)).subscribe((page) => ofPerson.push(page.threads[0]?.visibility ?? '-')),
      liveQuery(() => store.queries.threadsOfItem({ kind: 'deal', itemId: deal.id })).subscribe((page) => ofDeal.push(page.threads[0]?.visibility ?? '-')),
      liveQuery(async () => (await store.queries.thread(thread.id))?.visibility ?? '-').subscribe((v) => shown.push(v)),
    ];
    await expect.poll(() => [messages.at(-1), ofPerson.at(-1), ofDeal.at(-1), shown.at(-1)]).toEqual([1, 'private', 'private', 'private']);
    await store.applyBatch(batch([reply(2, first, { from: { address: 'lea@client.test', name: 'Lea Roe' }, to: [{ address: 'sam@acme.com' }] })]));
    await expect.poll(() => messages.at(-1), { timeout: 2000 }).toBe(2);
    await store.setThreadsVisibility([thread.id], 'shared');
    await expect.poll(() => [ofPerson.at(-1), ofDeal.at(-1), shown.at(-1)], { timeout: 2000 }).toEqual(['shared', 'shared', 'shared']);
    for (const s of subs) s.unsubscribe();
  });
});

describe('live queries made of several store queries', () => {
  it('DESIGN 5 a live query that awaits a search, then reads each result\'s item, follows the item too (R4.10 link picker)', async () => {
    const { db, store } = await harness({ linking: 'manual' });
    const first = mail(1, { subject: 'Pricing', text: 'the offer' });
    await store.applyBatch(batch([first]));
    while ((await store.indexPendingWords()) > 0);
    const thread = await threadOf(db, first.messageId);
    const deal = await store.createDeal({ title: 'Before' });
    await store.linkThread(thread.id, { kind: 'deal', itemId: deal.id });
    const titles: string[] = [];
    const sub = liveQuery(async () => {
      const [found] = await store.queries.search({ query: 'offer ' });
      const link = found?.link;
      return link === undefined ? '-' : ((await store.queries.item({ kind: link.kind, itemId: link.itemId }))?.title ?? '-');
    }).subscribe((title) => titles.push(title));
    await expect.poll(() => titles.at(-1)).toBe('Before');
    await store.updateItem({ kind: 'deal', itemId: deal.id }, { title: 'After' });
    await expect.poll(() => titles.at(-1), { timeout: 2000 }).toBe('After');
    sub.unsubscribe();
  });
});

describe('live record views that read past threads the viewer may not see', () => {
  it('DESIGN 5 R5.1 a person\'s threads stay live when the visible ones come after a page of others\' private threads', async () => {
    const { db, store, thread, person } = await samWritesToLea();
    // 60 newer threads of Kim's with Lea, private: the view reads past them to find Sam's (R5.1)
    await db.threads.bulkAdd(
      Array.from({ length: 60 }, (_v, i) => ({
        ...thread,
        id: `kim-${i}`,
        ownerId: 'u-kim',
        refIds: [`kim-${i}@kim.test`],
        firstDate: thread.lastDate + (i + 1) * 1000,
        lastDate: thread.lastDate + (i + 1) * 1000,
        visibility: 'private' as const,
      })),
    );
    const seen: string[] = [];
    const sub = liveQuery(() => store.queries.threadsOfPerson(person.id)).subscribe((page) => seen.push(page.threads.map((t) => `${t.id}:${t.visibility}`).join(',')));
    await expect.poll(() => seen.at(-1)).toBe(`${thread.id}:private`);
    await store.setThreadsVisibility([thread.id], 'shared');
    await expect.poll(() => seen.at(-1), { timeout: 2000 }).toBe(`${thread.id}:shared`);
    sub.unsubscribe();
  });
});

describe('what a capture batch tells live queries', () => {
  it('DESIGN 5 a capture batch marks each table it wrote as changed as a whole; tables it did not write are not marked', async () => {
    const { db, store } = await harness();
    const fired: Record<string, unknown>[] = [];
    const listener = (parts: Record<string, unknown>) => void fired.push(parts);
    Dexie.on.storagemutated.subscribe(listener);
    try {
      await store.applyBatch(batch([mail(1), reply(2, mail(1))]));
      const parts = Object.assign({}, ...fired) as Record<string, RangeSet>;
      const part = (table: string, index: string) => parts[`idb://${db.name}/${table}/${index}`];
      // any key at all, not only the keys the batch wrote (db/coarseObservability.ts)
      expect(part('threads', 'refIds')?.hasKey('no such reference')).toBe(true);
      expect(part('messages', 'messageId')?.hasKey('no such id')).toBe(true);
      expect(part('threads', '')?.hasKey('no such thread')).toBe(true);
      expect(part('deals', '')).toBeUndefined();
    } finally {
      Dexie.on.storagemutated.unsubscribe(listener);
    }
  });

  it('DESIGN 5 a live query over a table capture does not write is not run again by a batch', async () => {
    const { store } = await harness();
    let runs = 0;
    const seen: string[][] = [];
    const sub = liveQuery(() => {
      runs += 1;
      return store.queries.items('deal');
    }).subscribe((deals) => void seen.push(deals.map((d) => d.id)));
    await expect.poll(() => seen.length).toBe(1);
    await store.applyBatch(batch([mail(1)]));
    const deal = await store.createDeal({ title: 'After the batch' });
    // the deal's own write runs it again; the batch before it did not
    await expect.poll(() => seen.at(-1)).toEqual([deal.id]);
    expect(runs).toBe(2);
    sub.unsubscribe();
  });
});
