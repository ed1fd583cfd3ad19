/**
 * Posting lists (db/wordPostings) and the in-memory work search does on them (queries/keyLists):
 * appends seal full chunks and lose no key, intersections and the newest-first order agree with
 * a plain sort, and search skips keys whose message is gone.
 */
import { describe, expect, it } from 'vitest';
import { addPostings, postingsOf } from '../../../renderer/src/db/wordPostings';
import { heldByAll, keyList, newestFirst, type KeyList } from '../../../renderer/src/store/queries/keyLists';
import { walkWord } from '../../../renderer/src/store/queries/wordWalk';
import { searchThreads } from '../../../renderer/src/store';
import type { WordPostingRow } from '../../../renderer/src/db/records';
import type { WordKey } from '../../../renderer/src/db/records';
import { seededRandom } from '../../bench/support/random';
import { SAM, batch, harness, mail, openDb, reply, onlyThread } from '../store/builders';

const keysOf = (rows: { keys: Float64Array }[]): WordKey[] =>
  rows.flatMap((row) => Array.from({ length: row.keys.length / 2 }, (_v, i): WordKey => [row.keys[2 * i] as number, row.keys[2 * i + 1] as number]));

describe('posting lists', () => {
  it.each([
    { appends: [1], chunk: 4, sealed: 0 },
    { appends: [3, 1], chunk: 4, sealed: 1 },
    { appends: [9], chunk: 4, sealed: 2 },
    { appends: [2, 2, 2, 2, 2], chunk: 4, sealed: 2 },
    { appends: [5, 7, 1, 11], chunk: 3, sealed: 8 },
  ])('appends $appends in chunks of $chunk: every key kept once, full chunks sealed ($sealed)', async ({ appends, chunk, sealed }) => {
    const db = openDb();
    let n = 0;
    const written: WordKey[] = [];
    for (const size of appends) {
      const rows = Array.from({ length: size }, () => ({ date: 1000 + n, n: (n += 1), words: ['offer', `w${n % 2}`] }));
      written.push(...rows.map((r): WordKey => [r.date, r.n]));
      await db.transaction('rw', db.wordPostings, () => addPostings(db.wordPostings, postingsOf(rows), chunk));
    }
    const chunks = await db.wordPostings.where(':id').between(['offer', -Infinity], ['offer', Infinity]).toArray();
    expect(chunks.map((c) => c.k)).toEqual(Array.from({ length: sealed + 1 }, (_v, i) => i));
    expect(chunks[0]?.sealed).toBe(sealed);
    expect(chunks.slice(1).every((c) => c.keys.length === chunk * 2)).toBe(true);
    expect(chunks[0]!.keys.length).toBeLessThan(chunk * 2);
    expect(keysOf(chunks).sort((a, b) => a[1] - b[1])).toEqual(written);
    const halves = await db.wordPostings.where(':id').between(['w0', -Infinity], ['w1', Infinity]).toArray();
    expect(keysOf(halves).length).toBe(written.length);
  });

  it('a message lists each of its words once, however often the word occurs', () => {
    expect([...postingsOf([{ date: 5, n: 9, words: ['a', 'b', 'a'] }, { date: 6, n: 3, words: ['a'] }])]).toEqual([
      ['a', [5, 9, 6, 3]],
      ['b', [5, 9]],
    ]);
  });
});

/** A random list: dates with many ties, some keys twice (as after an index rebuilt over itself). */
function randomList(random: () => number, size: number, dates: number): KeyList {
  const dates_ = new Float64Array(size);
  const ns = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    const twice = i > 0 && random() < 0.05;
    const n = twice ? (ns[i - 1] as number) : Math.floor(random() * 2 ** 40);
    ns[i] = n;
    dates_[i] = twice ? (dates_[i - 1] as number) : Math.floor(random() * dates);
  }
  return { dates: dates_, ns };
}

function plainNewestFirst(list: KeyList): WordKey[] {
  const all = Array.from(list.dates, (d, i): WordKey => [d, list.ns[i] as number]).sort((a, b) => b[0] - a[0] || b[1] - a[1]);
  return all.filter((k, i) => i === 0 || k[0] !== all[i - 1]![0] || k[1] !== all[i - 1]![1]);
}

function drain(next: () => WordKey[] | undefined): WordKey[] {
  const out: WordKey[] = [];
  for (let block = next(); block !== undefined; block = next()) out.push(...block);
  return out;
}

/** The same keys in date order, as one word's list mostly is. */
function inDateOrder(list: KeyList): KeyList {
  const order = Array.from(list.dates.keys()).sort((a, b) => list.dates[a]! - list.dates[b]!);
  return { dates: Float64Array.from(order, (i) => list.dates[i]!), ns: Float64Array.from(order, (i) => list.ns[i]!) };
}

describe('key lists', () => {
  it.each([0, 1, 255, 256, 257, 3_000, 20_000])('newest first, a block at a time, equals a plain sort (%i keys, in any order or in date order)', (size) => {
    const random = seededRandom(size + 1);
    for (const spread of [3, 1_000, 1e12]) {
      const list = randomList(random, size, spread);
      expect(drain(newestFirst(list))).toEqual(plainNewestFirst(list));
      expect(drain(newestFirst(inDateOrder(list)))).toEqual(plainNewestFirst(list));
    }
  });

  it('the first block is small: a search looks at only what it needs', () => {
    for (const list of [randomList(seededRandom(7), 20_000, 1e9), inDateOrder(randomList(seededRandom(7), 20_000, 1e9))]) {
      let asked = 0;
      const first = newestFirst(list, () => (asked += 1) > 0)();
      expect(first?.length).toBeLessThanOrEqual(256);
      expect(asked).toBeLessThanOrEqual(256);
    }
  });

  it('keeps the keys every other list holds (by message), newest first', () => {
    const random = seededRandom(3);
    const a = randomList(random, 2_000, 1e6);
    const pick = (l: KeyList, every: number): KeyList => ({ dates: l.dates.filter((_d, i) => i % every === 0), ns: l.ns.filter((_n, i) => i % every === 0) });
    const b = pick(a, 2);
    const c = { dates: Float64Array.of(...pick(a, 3).dates, 5, 6), ns: Float64Array.of(...pick(a, 3).ns, 1, 2) };
    const both = new Set(Array.from(b.ns).filter((n) => c.ns.includes(n)));
    for (const walked of [a, inDateOrder(a)]) expect(drain(newestFirst(walked, heldByAll([b, c])))).toEqual(plainNewestFirst(a).filter(([, n]) => both.has(n)));
    expect(drain(newestFirst(a, heldByAll([a, { dates: new Float64Array(0), ns: new Float64Array(0) }])))).toEqual([]);
  });

  it('ends on keys whose date compares to nothing, rather than asking forever', () => {
    for (const dates of [Float64Array.of(NaN, 2), Float64Array.of(2, NaN), Float64Array.of(3, NaN, 2)]) expect(drain(newestFirst({ dates, ns: dates.map((_d, i) => i) })).length).toBeLessThan(dates.length);
  });

  it("reads a word's sealed chunks before its open one (the newest keys)", () => {
    expect(keyList([{ k: 0, keys: Float64Array.of(5, 6) }, { k: 1, keys: Float64Array.of(1, 2, 3, 4) }])).toEqual({ dates: Float64Array.of(1, 3, 5), ns: Float64Array.of(2, 4, 6) });
  });
});

describe('search over posting lists', () => {
  it('R3.7 keys of deleted mail stay in the lists and are skipped', async () => {
    const { db, store } = await harness();
    const m1 = mail(1, { text: 'blue pallets' });
    await store.applyBatch(batch([m1, reply(2, m1, { text: 'blue crates' })]));
    while ((await store.indexPendingWords()) > 0);
    const thread = await onlyThread(db);
    const latest = (await db.messages.where('messageId').equals('m2@mail.acme.com').first())!;
    await store.deleteMessage(latest.id);
    expect(await db.wordPostings.get(['crates', 0])).toBeDefined();
    expect(await store.queries.search({ query: 'crates' })).toEqual([]);
    expect((await store.queries.search({ query: 'blue' })).map((t) => t.id)).toEqual([thread.id]);
    await store.deleteThread(thread.id);
    expect(await store.queries.search({ query: 'blue' })).toEqual([]);
    expect(await store.queries.search({ query: 'bl' })).toEqual([]);
  });

  it('R4.9 a copy is found at once, though its messages are older than what the indexer has passed', async () => {
    const { db, store } = await harness();
    const deal = await store.createDeal({ title: 'Second deal' });
    await store.applyBatch(batch([mail(1, { text: 'spruce logs' }), mail(2, { subject: 'Later', text: 'other' })]));
    while ((await store.indexPendingWords()) > 0);
    const [original] = await store.queries.search({ query: 'spruce' });
    const copy = await store.copyThreadToItem(original!.id, { kind: 'deal', itemId: deal.id });
    expect(await db.wordQueue.count()).toBe(0);
    expect((await store.queries.search({ query: 'spruce' })).map((t) => t.id).sort()).toEqual([original!.id, copy.id].sort());
  });
});

async function drainAsync(next: () => Promise<WordKey[] | undefined>): Promise<WordKey[]> {
  const out: WordKey[] = [];
  for (let block = await next(); block !== undefined; block = await next()) out.push(...block);
  return out;
}

/** A word's chunks as the indexer leaves them after appends of these sizes; dates from `dateOf`. */
async function postedWord(appends: number[], chunk: number, dateOf: (i: number) => number) {
  const db = openDb();
  let i = 0;
  for (const size of appends) {
    // n in no order (it is a hash of the message id): ties of a date are ordered by it
    const rows = Array.from({ length: size }, () => ({ date: dateOf(i), n: ((i++ * 7919) % 10007) + 1, words: ['w'] }));
    await addPostings(db.wordPostings, postingsOf(rows), chunk);
  }
  const chunks = await db.wordPostings.where(':id').between(['w', -Infinity], ['w', Infinity]).toArray();
  const reads: number[][] = [];
  const read = async (ks: number[]) => {
    reads.push(ks);
    return (await db.wordPostings.bulkGet(ks.map((k): [string, number] => ['w', k]))).filter((c): c is WordPostingRow => c !== undefined);
  };
  return { open: chunks.find((c) => c.k === 0)!, all: keyList(chunks), read, reads };
}

describe("a word's walk, chunk by chunk", () => {
  const layouts = [
    { name: 'in date order', dateOf: (i: number) => 1000 + i },
    { name: 'older mail indexed late', dateOf: (i: number) => (i % 7 === 3 ? 10 + i : 1000 + i) },
    { name: 'dates at random, with ties', dateOf: (i: number) => Math.floor(seededRandom(i)() * 40) },
    { name: 'newest first', dateOf: (i: number) => 100_000 - i },
    { name: 'in date order, three to a date', dateOf: (i: number) => 1000 + Math.floor(i / 3) },
    { name: 'the newest mail indexed first', dateOf: (i: number) => (i < 6 ? 1e9 + i : 1000 + i) },
  ];
  it.each(layouts)('gives every key newest first, as a plain sort would ($name)', async ({ dateOf }) => {
    for (const appends of [[1], [5, 7, 1, 11], [40, 3, 300, 2], [700]]) {
      const { open, all, read } = await postedWord(appends, 4, dateOf);
      expect(open.ranges?.length).toBe(2 * (open.sealed ?? 0));
      expect(await drainAsync(walkWord(open, read))).toEqual(plainNewestFirst(all));
      const odd = (n: number) => n % 2 === 1;
      expect(await drainAsync(walkWord(open, read, odd))).toEqual(plainNewestFirst(all).filter(([, n]) => odd(n)));
    }
  });

  it('a key is given only once no unread chunk can hold a newer one, ties on the date included', async () => {
    // chunk 1 ends at date 1000 with message 99; chunk 2 holds dates 1000..1299, message 1 at 1000
    const pairs = (keys: WordKey[]) => Float64Array.from(keys.flat());
    const chunks: WordPostingRow[] = [
      { word: 'w', k: 1, keys: pairs([[1000, 99], [990, 7]]) },
      { word: 'w', k: 2, keys: pairs(Array.from({ length: 300 }, (_v, i): WordKey => [1000 + i, i === 0 ? 1 : 1000 + i])) },
    ];
    const open: WordPostingRow = { word: 'w', k: 0, keys: new Float64Array(0), sealed: 2, ranges: [990, 1000, 1000, 1299] };
    const next = walkWord(open, async (ks) => chunks.filter((c) => ks.includes(c.k)));
    const first = (await next()) ?? [];
    expect(first.length).toBe(299);
    expect(first.at(-1)).toEqual([1001, 1001]);
    expect(await drainAsync(next)).toEqual([[1000, 99], [1000, 1], [990, 7]]);
  });

  it('reads only the chunks the newest keys are in', async () => {
    const { open, read, reads } = await postedWord([1000, 1000, 1000], 16, (i) => 1000 + i);
    expect(open.sealed).toBe(187);
    const first = await walkWord(open, read)();
    expect(first?.[0]).toEqual([3999, ((2999 * 7919) % 10007) + 1]);
    expect(reads.flat().length).toBeLessThanOrEqual(31);
  });
});

describe('search over a word walked chunk by chunk', () => {
  it('answers what walking every message answers, with older mail indexed late', async () => {
    // 120 one-message threads; their words posted in chunks of 3, in an order that is not by date
    const mails = Array.from({ length: 120 }, (_v, i) => mail(i + 1, { subject: `Topic ${i + 1}`, text: `common ${i % 3 === 0 ? 'third' : ''} ${i % 10 === 0 ? 'tenth' : ''}` }));
    const h = await harness({ linking: 'manual' });
    await h.store.applyBatch(batch(mails));
    const rows = await h.db.wordQueue.toArray();
    const order = [...rows.slice(60), ...rows.slice(0, 60)];
    await h.db.wordIndex.bulkPut(rows);
    for (let at = 0; at < order.length; at += 25) await addPostings(h.db.wordPostings, postingsOf(order.slice(at, at + 25).map((r) => ({ date: r.date, n: r.n, words: (r.words as string).split(' ') }))), 3);
    await h.db.wordQueue.clear();
    expect((await h.db.wordPostings.get(['common', 0]))?.sealed).toBeGreaterThan(30);
    for (const query of ['common', 'third', 'common thi', 'tenth common', 'common te', 'topic 11', 'co', 'third tenth', 'nothing']) {
      for (const limit of [1, 7, 40]) {
        const walked = (await searchThreads(h.db, SAM, { query, limit }, { termRows: 0 })).map((t) => t.id);
        expect((await searchThreads(h.db, SAM, { query, limit })).map((t) => t.id), `${query} ${limit}`).toEqual(walked);
        expect((await searchThreads(h.db, SAM, { query, limit }, { termRows: 2 })).map((t) => t.id), `${query} ${limit} (2)`).toEqual(walked);
      }
    }
  });
});

