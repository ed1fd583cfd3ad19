/** The views' queries: inbox filters and pages, counts, search, names, rejected, live updates. */
import { describe, expect, it } from 'vitest';
import type { ThreadRow } from '../../../renderer/src/db/records';
import { READ_BOUNDS, searchThreads } from '../../../renderer/src/store';
import { indexWordRows } from '../../../renderer/src/store/words/indexWords';

/** no term is read from its posting lists: every message is walked newest first and checked */
const WALK_ALL = { termRows: 0 };
import { ADMIN, KIM, MINUTE, SAM, T0, batch, harness, mail, refused, threadOf } from './builders';

/** A thread of another user (team mode), written as another machine's store would have. */
function kimsThread(id: string, minute: number, overrides: Partial<ThreadRow>): ThreadRow {
  return {
    id,
    ownerId: KIM.userId,
    subject: `Kim ${id}`,
    subjectKey: `kim ${id}`,
    counterparties: ['lea@client.test'],
    participants: [{ address: 'lea@client.test' }],
    personIds: [],
    organizationIds: [],
    firstDate: T0 + minute * MINUTE,
    lastDate: T0 + minute * MINUTE,
    messageCount: 1,
    snippet: '',
    visibility: 'private',
    candidates: [],
    auth: 'pass',
    refIds: [`${id}@kim.test`],
    linked: 0,
    ...overrides,
  };
}

/**
 * Sam: Alpha (1, linked, shared), Beta (2, unlinked), Gamma (3, linked), Delta + Epsilon (both at
 * 4, unlinked: a tie), Zeta (6, linked, shared). Kim: shared + linked at 5, private at 7.
 */
async function inboxFixture() {
  const h = await harness({ linking: 'manual' });
  const deal = await h.store.createDeal({ title: 'Müller Überweisung' });
  const t = [deal.token];
  await h.store.applyBatch(
    batch([
      mail(1, { subject: 'Alpha', itemTokens: t, text: 'Please find the offer attached' }),
      mail(2, { subject: 'Beta', to: [{ address: 'max@other.test', name: 'Max Müller' }] }),
      mail(3, { subject: 'Gamma', itemTokens: t, to: [{ address: 'zoe@other.test' }], text: 'The offer for gamma rays' }),
      mail(4, { subject: 'Delta', to: [{ address: 'a@other.test' }] }),
      mail(5, { subject: 'Epsilon', to: [{ address: 'b@other.test' }], date: T0 + 4 * MINUTE }),
      mail(6, { subject: 'Zeta', itemTokens: t, to: [{ address: 'c@other.test' }] }),
    ]),
  );
  const id = async (n: number) => (await threadOf(h.db, `m${n}@mail.acme.com`)).id;
  const ids = { alpha: await id(1), beta: await id(2), gamma: await id(3), delta: await id(4), epsilon: await id(5), zeta: await id(6) };
  await h.store.setThreadsVisibility([ids.alpha, ids.zeta], 'shared');
  const link = { kind: 'deal' as const, itemId: deal.id, reason: { kind: 'manual' as const }, at: T0 };
  await h.db.threads.bulkAdd([
    kimsThread('kim-shared', 5, { visibility: 'shared', link, linkKey: `deal:${deal.id}`, linked: 1 }),
    kimsThread('kim-private', 7, { link, linkKey: `deal:${deal.id}`, linked: 1 }),
  ]);
  // their messages' search words, as that store would have written them
  await indexWordRows(h.db, [
      { date: T0 + 5 * MINUTE, n: 1, threadId: 'kim-shared', id: 'kim-shared-1', words: ['kim', 'offer'] },
      { date: T0 + 7 * MINUTE, n: 2, threadId: 'kim-private', id: 'kim-private-1', words: ['kim', 'offer'] },
  ]);
  // the tie at minute 4 is ordered by id, descending
  const tie = [ids.delta, ids.epsilon].sort().reverse();
  return { ...h, deal, ids, tie };
}

describe('inbox', () => {
  it('filters return exactly the expected threads, newest first', async () => {
    const { store, ids, tie } = await inboxFixture();
    const page = async (filter: Parameters<typeof store.queries.inboxPage>[0]) => (await store.queries.inboxPage(filter)).threads.map((t) => t.id);
    expect(await page({ filter: { kind: 'all' } })).toEqual([ids.zeta, 'kim-shared', ...tie, ids.gamma, ids.beta, ids.alpha]);
    expect(await page({ filter: { kind: 'linked' } })).toEqual([ids.zeta, 'kim-shared', ids.gamma, ids.alpha]);
    expect(await page({ filter: { kind: 'unlinked' } })).toEqual([...tie, ids.beta]);
    expect(await page({ filter: { kind: 'shared' } })).toEqual([ids.zeta, 'kim-shared', ids.alpha]);
    expect(await page({ filter: { kind: 'private' } })).toEqual([...tie, ids.gamma, ids.beta]);
    expect(await page({ filter: { kind: 'owner', ownerId: KIM.userId } })).toEqual(['kim-shared']);
    expect(await page({ filter: { kind: 'owner', ownerId: 'u-sam' } })).toEqual([ids.zeta, ...tie, ids.gamma, ids.beta, ids.alpha]);
  });

  it('pages by cursor: every thread exactly once, in order, across ties and both owners', async () => {
    const { store, ids, tie } = await inboxFixture();
    const pages: string[][] = [];
    let after;
    do {
      const page = await store.queries.inboxPage({ limit: 2, ...(after ? { after } : {}) });
      pages.push(page.threads.map((t) => t.id));
      after = page.next;
    } while (after);
    expect(pages).toEqual([[ids.zeta, 'kim-shared'], tie, [ids.gamma, ids.beta], [ids.alpha]]);
  });

  it('pages a filtered view the same way', async () => {
    const { store, ids, tie } = await inboxFixture();
    const first = await store.queries.inboxPage({ filter: { kind: 'private' }, limit: 3 });
    expect(first.threads.map((t) => t.id)).toEqual([...tie, ids.gamma]);
    const second = await store.queries.inboxPage({ filter: { kind: 'private' }, limit: 3, after: first.next! });
    expect(second).toEqual({ threads: [expect.objectContaining({ id: ids.beta })] });
  });

  it('counts per filter, as the viewer sees them', async () => {
    const { store, as } = await inboxFixture();
    expect(await store.queries.inboxCounts()).toEqual({ all: 7, linked: 4, unlinked: 3, shared: 3, private: 4 });
    // Kim: her two threads, and Sam's two shared and linked ones
    expect(await as(KIM).queries.inboxCounts()).toEqual({ all: 4, linked: 4, unlinked: 0, shared: 3, private: 1 });
  });

  async function expectCountsListed(viewers: ReadonlyArray<Awaited<ReturnType<typeof inboxFixture>>['store']>): Promise<void> {
    for (const viewer of viewers) {
      const counts = await viewer.queries.inboxCounts();
      for (const kind of ['all', 'linked', 'unlinked', 'shared', 'private'] as const) {
        const listed = (await viewer.queries.inboxPage({ filter: { kind }, limit: 500 })).threads.length;
        expect(counts[kind], `${viewer.viewer.userId} ${kind}`).toBe(listed);
      }
    }
  }

  it('each count is the number of threads its filter lists, for every viewer', async () => {
    const { store, as } = await inboxFixture();
    await expectCountsListed([store, as(KIM), as(ADMIN)]);
  });

  it('R5.2 counts leave out what a deleted deal hides, as the lists do, and follow unlinking and sharing', async () => {
    const { store, as, deal, ids } = await inboxFixture();
    await store.unlinkThread(ids.gamma);
    await store.setThreadsVisibility([ids.beta], 'shared');
    await expectCountsListed([store, as(KIM), as(ADMIN)]);
    const lea = as({ userId: 'u-lea', isAdmin: false });
    expect((await lea.queries.inboxCounts()).all).toBe(3);
    await store.deleteItem({ kind: 'deal', itemId: deal.id });
    // Lea no longer sees the shared threads of the deleted deal; its owner and the admin still do
    expect(await lea.queries.inboxCounts()).toEqual({ all: 0, linked: 0, unlinked: 0, shared: 0, private: 0 });
    expect((await as(ADMIN).queries.inboxCounts()).all).toBe(3);
    await expectCountsListed([store, as(KIM), as(ADMIN), lea]);
  });
});

describe('search', () => {
  it('finds by words of subject, participants and text; all words must match; the last one is a prefix', async () => {
    const { store, ids } = await inboxFixture();
    const search = async (query: string) => (await store.queries.search({ query })).map((t) => t.id);
    expect(await search('alpha')).toEqual([ids.alpha]);
    expect(await search('offer')).toEqual(['kim-shared', ids.gamma, ids.alpha]);
    expect(await search('offer gam')).toEqual([ids.gamma]);
    expect(await search('offer gam ')).toEqual([]); // a finished word must match whole
    expect(await search('OFFER Attached')).toEqual([ids.alpha]);
    expect(await search('MÜLL')).toEqual([ids.beta]); // accents folded, participant names indexed
    expect(await search('zoe@other')).toEqual([ids.gamma]);
    expect(await search('   ')).toEqual([]);
  });

  it('a finished word matches that word only, not longer words it begins (read walked or whole)', async () => {
    const { db, store, ids } = await inboxFixture();
    // Beta's newest message says "offers" only
    await indexWordRows(db, [{ date: T0 + 8 * MINUTE, n: 3, threadId: ids.beta, id: 'beta-later', words: ['offers', 'offer0'] }]);
    const search = async (query: string, bounds = READ_BOUNDS) => (await searchThreads(db, SAM, { query }, bounds)).map((t) => t.id);
    for (const bounds of [READ_BOUNDS, WALK_ALL]) {
      expect(await search('offer ', bounds)).toEqual(['kim-shared', ids.gamma, ids.alpha]);
      expect(await search('offer', bounds)).toEqual([ids.beta, 'kim-shared', ids.gamma, ids.alpha]);
      expect(await search('offer offer0 ', bounds)).toEqual([]);
    }
    expect((await store.queries.search({ query: 'offers ' })).map((t) => t.id)).toEqual([ids.beta]);
  });

  it('terms too common to read whole are checked on the walk of every message instead, with the same answers', async () => {
    const { db } = await inboxFixture();
    for (const viewer of [SAM, KIM]) {
      for (const query of ['offer', 'o', 'offer gam', 'MÜLL', 'nothing', 'gam', 'kim offer']) {
        const sparse = await searchThreads(db, viewer, { query });
        const dense = await searchThreads(db, viewer, { query }, WALK_ALL);
        expect(dense.map((t) => t.id)).toEqual(sparse.map((t) => t.id));
      }
    }
    expect((await searchThreads(db, KIM, { query: 'offer', limit: 1 }, WALK_ALL)).map((t) => t.id)).toEqual(['kim-private']);
  });

  it('R5.1 search shows a colleague only what they may see', async () => {
    const { as, ids } = await inboxFixture();
    expect((await as(KIM).queries.search({ query: 'offer' })).map((t) => t.id)).toEqual(['kim-private', 'kim-shared', ids.alpha]);
  });
});

describe('names, items, rejected', () => {
  it('persons, organizations and items by name prefix, case- and accent-insensitive', async () => {
    const { store } = await inboxFixture();
    await store.createOrganization({ name: 'Ärzte Zentrum' });
    // Jane Roe was made from the mail (R4.2)
    expect((await store.queries.findPersons('ro')).map((p) => p.name)).toEqual(['Jane Roe']);
    expect((await store.queries.findPersons('JANE R')).map((p) => p.name)).toEqual(['Jane Roe']);
    expect((await store.queries.findPersons('jane@cust')).map((p) => p.name)).toEqual(['Jane Roe']);
    expect((await store.queries.findPersons('x')).map((p) => p.name)).toEqual([]);
    expect((await store.queries.findOrganizations('arz')).map((o) => o.name)).toEqual(['Ärzte Zentrum']);
    expect((await store.queries.findItems('uber')).map((i) => i.title)).toEqual(['Müller Überweisung']);
    expect(await store.queries.findItems('uber', { kinds: ['lead'] })).toEqual([]);
  });

  it('R3.8 the Rejected list, newest first', async () => {
    const { store, clock } = await harness();
    await store.applyBatch(batch([], { rejected: [refused(1)] }));
    clock.advance(MINUTE);
    await store.applyBatch(batch([], { rejected: [refused(2, { reason: 'auth-failed' })] }));
    expect((await store.queries.rejected()).map((r) => [r.uid, r.reason])).toEqual([
      [2, 'auth-failed'],
      [1, 'unknown-owner'],
    ]);
    expect(await store.queries.rejectedCount()).toBe(2);
  });
});
