/**
 * Reads that must stay cheap however much mail a record has: a person's, an organization's and an
 * item's threads a page at a time (newest first, by cursor), and word search that walks the
 * newest matches first instead of reading every match.
 */
import { describe, expect, it } from 'vitest';
import type { InboxCursor, InboxPage } from '../../../renderer/src/store';
import { PENDING_SCAN, searchTerms, searchThreads } from '../../../renderer/src/store';
import { queuedWords } from '../../../renderer/src/db/derivedFields';
import { SAM, batch, harness, mail, reply, threadOf } from './builders';

/** `count` one-message threads with Jane, each its own subject; message n is at minute n. */
async function manyThreads(count: number, text: (n: number) => string = (n) => `Message number ${n}`) {
  const h = await harness({ linking: 'manual' });
  const mails = Array.from({ length: count }, (_v, i) => mail(i + 1, { subject: `Topic ${i + 1}`, text: text(i + 1) }));
  await h.store.applyBatch(batch(mails));
  while ((await h.store.indexPendingWords(100)) > 0);
  const jane = (await h.db.persons.where('emails').equals('jane@customer.test').first())!;
  return { ...h, mails, jane };
}

async function allPages(read: (after: InboxCursor | undefined) => Promise<InboxPage>): Promise<string[][]> {
  const pages: string[][] = [];
  let after: InboxCursor | undefined;
  do {
    const page = await read(after);
    pages.push(page.threads.map((t) => t.subject));
    after = page.next;
  } while (after !== undefined);
  return pages;
}

describe("a record's threads, a page at a time", () => {
  it('R4.10 a person\'s threads: newest first, every thread once, by cursor', async () => {
    const { store, jane } = await manyThreads(7);
    const pages = await allPages((after) => store.queries.threadsOfPerson(jane.id, { limit: 3, ...(after ? { after } : {}) }));
    expect(pages).toEqual([
      ['Topic 7', 'Topic 6', 'Topic 5'],
      ['Topic 4', 'Topic 3', 'Topic 2'],
      ['Topic 1'],
    ]);
  });

  it('a reply moves its thread to the front of the person\'s list (the index follows lastDate)', async () => {
    const { store, jane, mails, db } = await manyThreads(4);
    await store.applyBatch(batch([reply(20, mails[0]!)]));
    const first = await store.queries.threadsOfPerson(jane.id, { limit: 2 });
    expect(first.threads.map((t) => t.subject)).toEqual(['Topic 1', 'Topic 4']);
    const thread = await threadOf(db, mails[0]!.messageId);
    expect(thread.personKeys).toEqual([[jane.id, thread.lastDate]]);
  });

  it("an item's threads page the same way, and an organization's", async () => {
    const h = await harness({ linking: 'manual' });
    const deal = await h.store.createDeal({ title: 'Big one' });
    await h.store.applyBatch(batch(Array.from({ length: 5 }, (_v, i) => mail(i + 1, { subject: `Deal ${i + 1}`, itemTokens: [deal.token] }))));
    const pages = await allPages((after) => h.store.queries.threadsOfItem({ kind: 'deal', itemId: deal.id }, { limit: 2, ...(after ? { after } : {}) }));
    expect(pages).toEqual([['Deal 5', 'Deal 4'], ['Deal 3', 'Deal 2'], ['Deal 1']]);

    const org = await h.store.createOrganization({ name: 'Customer Ltd' });
    const jane = (await h.db.persons.where('emails').equals('jane@customer.test').first())!;
    await h.store.updatePerson(jane.id, { organizationId: org.id });
    await h.store.applyBatch(batch([mail(9, { subject: 'With org' })]));
    // R4.3 beyond: joining brought Jane's earlier threads along; the organization's pages are newest first too
    const orgPages = await allPages((after) => h.store.queries.threadsOfOrganization(org.id, { limit: 2, ...(after ? { after } : {}) }));
    expect(orgPages).toEqual([['With org', 'Deal 5'], ['Deal 4', 'Deal 3'], ['Deal 2', 'Deal 1']]);
  });
});

/** no term is read from its posting lists: every message is walked newest first and checked */
const WALKED = { termRows: 0 };
/** only terms of one posting chunk are read; the others are checked on their matches */
const RARE_READ = { termRows: 1 };

describe('search that walks newest first', () => {
  it('captured mail is found before its words are indexed, and the same after', async () => {
    const h = await harness({ linking: 'manual' });
    await h.store.applyBatch(batch([mail(1, { text: 'first quarterly' }), mail(2, { subject: 'Other', text: 'second quarterly' })]));
    expect(await h.store.pendingWordsCount()).toBe(2);
    expect(await h.db.wordIndex.count()).toBe(0);
    const before = (await h.store.queries.search({ query: 'quarterly' })).map((t) => t.subject);
    expect(before).toEqual(['Other', 'Offer']);
    expect(await h.store.indexPendingWords()).toBe(2);
    expect(await h.store.indexPendingWords()).toBe(0);
    expect(await h.db.wordIndex.count()).toBe(2);
    expect((await h.store.queries.search({ query: 'quarterly' })).map((t) => t.subject)).toEqual(before);
  });

  it('waiting mail is probed above the indexer\'s mark; mail dated before it waits for the indexer', async () => {
    const { store, db } = await manyThreads(5, (n) => `common ${n}`);
    const mark = (await db.settings.get('wordsIndexedThrough'))?.value as [number, number];
    expect(mark[0]).toBe(Math.max(...(await db.wordIndex.toArray()).map((r) => r.date)));
    await store.applyBatch(batch([mail(50, { subject: 'Late', text: 'straggler' }), mail(60, { subject: 'Old', text: 'straggler', date: mark[0] - 60_000 })]));
    expect((await searchThreads(db, SAM, { query: 'straggler' })).map((t) => t.subject)).toEqual(['Late']);
    while ((await store.indexPendingWords()) > 0);
    expect((await searchThreads(db, SAM, { query: 'straggler' })).map((t) => t.subject)).toEqual(['Late', 'Old']);
  });

  it('of more waiting mail than it probes, the newest PENDING_SCAN are probed', async () => {
    const h = await harness({ linking: 'manual' });
    const count = PENDING_SCAN + 40;
    await h.store.applyBatch(batch(Array.from({ length: count }, (_v, i) => mail(i + 1, { subject: `Topic ${i + 1}`, text: `waiting ${i < 40 ? 'oldest' : 'newer'}` }))));
    const found = await searchThreads(h.db, SAM, { query: 'waiting', limit: 500 });
    expect(found.map((t) => t.subject)).toEqual(Array.from({ length: PENDING_SCAN }, (_v, i) => `Topic ${count - i}`));
    expect(await searchThreads(h.db, SAM, { query: 'oldest' })).toEqual([]);
    while ((await h.store.indexPendingWords()) > 0);
    expect(await searchThreads(h.db, SAM, { query: 'oldest', limit: 500 })).toHaveLength(40);
  });

  it('indexed and waiting matches are merged newest first', async () => {
    const { store, db } = await manyThreads(30, (n) => `common ${n}`);
    await store.applyBatch(batch([mail(100, { subject: 'Newest', text: 'common again' })]));
    expect(await store.pendingWordsCount()).toBe(1);
    const found = await searchThreads(db, SAM, { query: 'common', limit: 3 }, WALKED);
    expect(found.map((t) => t.subject)).toEqual(['Newest', 'Topic 30', 'Topic 29']);
  });

  it('a word in every message: the newest threads come back without reading all matches', async () => {
    const { db } = await manyThreads(260, (n) => `common words here ${n % 7 === 0 ? 'seventh' : ''}`);
    const found = await searchThreads(db, SAM, { query: 'common ', limit: 5 }, WALKED);
    expect(found.map((t) => t.subject)).toEqual(['Topic 260', 'Topic 259', 'Topic 258', 'Topic 257', 'Topic 256']);
  });

  it('the same answers whether terms are read whole or walked, across pages of the walk', async () => {
    const { db } = await manyThreads(260, (n) => `common words here ${n % 7 === 0 ? 'seventh' : ''} ${n % 100 === 0 ? 'hundredth' : ''} ${n % 3 === 0 ? 'third' : ''}`);
    const queries = ['common', 'seventh', 'common sev', 'hundredth common', 'common hun', 'topic 13', 'nothing', 'co', 'common thi', 'third common', 'words third sev', 'common t', 'h', 'topic 2'];
    for (const query of queries) {
      const plain = await searchThreads(db, SAM, { query, limit: 40 });
      const answer = plain.map((t) => t.id);
      for (const bounds of [WALKED, RARE_READ, { termRows: 2 }]) {
        expect((await searchThreads(db, SAM, { query, limit: 40 }, bounds)).map((t) => t.id), `${query} ${JSON.stringify(bounds)}`).toEqual(answer);
      }
      // the answer is every matching thread, newest first, up to the limit
      const all = (await db.wordIndex.toArray()).map((row) => ({ ...row, words: queuedWords(row) })).sort((a, b) => b.date - a.date);
      const { words, prefix } = searchTerms(query);
      const expected = [...new Set(all.filter((row) => words.every((w) => row.words.includes(w)) && (prefix === undefined || row.words.some((w) => w.startsWith(prefix)))).map((row) => row.threadId))].slice(0, 40);
      expect(answer, query).toEqual(expected);
    }
    expect((await searchThreads(db, SAM, { query: 'seventh', limit: 500 }, WALKED)).length).toBe(37);
  }, 30_000);
});
