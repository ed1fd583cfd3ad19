/**
 * The migration path of the CRM database: a database created by an older version of the app
 * opens in the current one with its data kept and new indexes filled — filled exactly as the
 * store would have written them.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { ALL_TABLES, BlindcopyDb, CURRENT_SCHEMA_VERSION } from '../../../renderer/src/db/database';
import { idHash, queuedWords, wordRow } from '../../../renderer/src/db/derivedFields';
import type { MessageRow, ThreadRow } from '../../../renderer/src/db/records';
import { schemaVersions } from '../../../renderer/src/db/schemaVersions';
import { createCrmStore } from '../../../renderer/src/store';
import { batch, mail, reply, seededBytes, T0 } from '../store/builders';

/** Tables added after the versions these tests start from (v7, replication): not in an older database. */
const LATER_TABLES = ['replicaOps', 'replicaState', 'replicaWaiting', 'replicaSkipped'];

const thread: ThreadRow = {
  id: 't1',
  ownerId: 'me',
  subject: 'Angebot für Müller GmbH',
  subjectKey: 'angebot für müller gmbh',
  counterparties: ['jane@customer.test'],
  participants: [{ address: 'jane@customer.test', name: 'Jane Roe' }],
  personIds: [],
  organizationIds: [],
  firstDate: 1,
  lastDate: 2,
  messageCount: 1,
  snippet: 'Hello',
  visibility: 'private',
  candidates: [],
  auth: 'none',
  refIds: ['a@x'],
  linked: 0,
};

const message: MessageRow = {
  ...mail(1, { subject: 'Angebot für Müller GmbH', text: 'Hello, here is the Kostenvoranschlag' }),
  id: 'r1',
  threadId: 't1',
  ownerId: 'me',
};

describe('CRM database schema', () => {
  it('versions are numbered 1..n in order', () => {
    expect(schemaVersions.map((v) => v.version)).toEqual(schemaVersions.map((_v, i) => i + 1));
  });

  it('opens empty at the current version with every table of the CRM (the outbox is main\'s, not here)', async () => {
    const db = new BlindcopyDb('fresh', { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual([...ALL_TABLES].sort());
    expect(db.tables.map((t) => t.name)).not.toContain('outbox');
    db.close();
  });

  it('R1.3 item tokens are unique', async () => {
    const db = new BlindcopyDb('tokens', { indexedDB: new IDBFactory(), IDBKeyRange });
    const deal = { id: 'd1', kind: 'deal' as const, title: 'A', ownerId: 'me', createdAt: 1, updatedAt: 1, status: 'open' as const, token: 'd-abc', nameKeys: [] };
    await db.deals.add(deal);
    await expect(db.deals.add({ ...deal, id: 'd2' })).rejects.toThrow(/constraint/i);
    db.close();
  });

  it('upgrades a version-1 database: data kept, search words per message, person keys filled', async () => {
    const indexedDB = new IDBFactory();
    const v1 = new BlindcopyDb('upgrade', { indexedDB, IDBKeyRange }, 1);
    await v1.open();
    expect(v1.verno).toBe(1);
    await v1.threads.add({ ...thread, personIds: ['p1'] });
    await v1.messages.add(message);
    v1.close();

    const current = new BlindcopyDb('upgrade', { indexedDB, IDBKeyRange });
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    const upgraded = await current.threads.get('t1');
    expect(upgraded?.subject).toBe('Angebot für Müller GmbH');
    expect(upgraded?.personKeys).toEqual([['p1', 2]]);
    // the words wait for the indexer (the upgrade itself stays quick)
    const words = await current.wordQueue.toArray();
    expect(words).toEqual([wordRow(message)]);
    expect(words[0]?.words).toEqual(expect.arrayContaining(['angebot', 'fur', 'muller', 'gmbh', 'hello', 'kostenvoranschlag']));
    await createCrmStore(current, { viewer: { userId: 'me', isAdmin: false }, clock: () => T0, randomBytes: seededBytes(1) }).indexPendingWords();
    // the new indexes answer queries
    expect((await current.wordPostings.get(['kostenvoranschlag', 0]))?.keys).toEqual(Float64Array.of(message.date, idHash('r1')));
    expect((await current.threads.where('personKeys').between(['p1', 0], ['p1', 10]).primaryKeys())).toEqual(['t1']);
    current.close();
  });

  it('upgrades a version-2 database: thread-level words leave the thread rows', async () => {
    const indexedDB = new IDBFactory();
    const v2 = new BlindcopyDb('upgrade-v2', { indexedDB, IDBKeyRange }, 2);
    await v2.open();
    await v2.threads.add({ ...thread, words: ['angebot', 'hello'] } as ThreadRow);
    await v2.messages.add(message);
    v2.close();

    const current = new BlindcopyDb('upgrade-v2', { indexedDB, IDBKeyRange });
    await current.open();
    expect(await current.threads.get('t1')).not.toHaveProperty('words');
    expect(await current.wordQueue.count()).toBe(1);
    current.close();
  });

  it('a database as version 2 held it reads the same after the upgrade as one written now', async () => {
    const deps = { viewer: { userId: 'u-sam', isAdmin: false }, clock: () => T0, randomBytes: seededBytes(3) };
    const m1 = mail(1, { subject: 'Lieferung', text: 'Die Ware kommt morgen' });
    const indexedDB = new IDBFactory();
    const now = new BlindcopyDb('store-now', { indexedDB, IDBKeyRange });
    const store = createCrmStore(now, deps);
    await store.settings.set('ownAddresses', { primary: 'sam@acme.com', verified: [], pending: [] });
    await store.applyBatch(batch([m1, reply(2, m1, { text: 'Danke für die Info' })]));
    while ((await store.indexPendingWords()) > 0);

    // the same data in version 2's shape: words on the thread, no word tables, no person keys
    const v2 = new BlindcopyDb('store-v2', { indexedDB, IDBKeyRange }, 2);
    for (const name of ALL_TABLES.filter((t) => ![...LATER_TABLES, 'wordIndex', 'wordQueue', 'wordPostings', 'threads', 'threadCounts'].includes(t))) await v2.table(name).bulkAdd(await now.table(name).toArray());
    const threads = (await now.threads.toArray()).map(({ personKeys: _p, organizationKeys: _o, ...row }) => ({ ...row, words: ['danke', 'lieferung'] }));
    await v2.table('threads').bulkAdd(threads);
    v2.close();

    const migrated = new BlindcopyDb('store-v2', { indexedDB, IDBKeyRange });
    expect(await migrated.threads.toArray()).toEqual(await now.threads.toArray());
    expect(await migrated.threadCounts.toArray()).toEqual(await now.threadCounts.toArray());
    const search = async (db: BlindcopyDb) => (await createCrmStore(db, deps).queries.search({ query: 'danke lief' })).map((t) => t.id);
    // found while the words still wait for the indexer, and the same once they are indexed
    expect(await search(migrated)).toEqual(await search(now));
    while ((await createCrmStore(migrated, deps).indexPendingWords()) > 0);
    // rows queued by the upgrade hold their words as a list, as v3 wrote them; the same words
    const wordRows = async (db: BlindcopyDb) => (await db.wordIndex.toArray()).map((row) => ({ ...row, words: queuedWords(row) }));
    expect(await wordRows(migrated)).toEqual(await wordRows(now));
    expect(await migrated.wordPostings.toArray()).toEqual(await now.wordPostings.toArray());
    expect(await search(migrated)).toEqual(await search(now));
    expect(await search(now)).toHaveLength(1);
    migrated.close();
    now.close();
  });

  it('upgrades a version-3 database: indexed and waiting words move to the queue under short keys', async () => {
    const indexedDB = new IDBFactory();
    const v3 = new BlindcopyDb('upgrade-v3', { indexedDB, IDBKeyRange }, 3);
    await v3.open();
    const second: MessageRow = { ...message, id: 'r2', date: message.date + 60_000, text: 'Die Lieferung kommt' };
    await v3.threads.add({ ...thread, personKeys: [], organizationKeys: [] });
    await v3.messages.bulkAdd([message, second]);
    const v3Row = (m: MessageRow) => ({ date: m.date, threadId: m.threadId, id: m.id, words: wordRow(m).words });
    await v3.table('messageWords').add(v3Row(message));
    await v3.table('wordsPending').add(v3Row(second));
    await v3.settings.put({ key: 'wordsIndexedThrough', value: [message.date, 't1', 'r1'] });
    v3.close();

    const current = new BlindcopyDb('upgrade-v3', { indexedDB, IDBKeyRange });
    await current.open();
    expect(current.tables.map((t) => t.name)).not.toContain('messageWords');
    expect(await current.wordQueue.toArray()).toEqual([wordRow(message), wordRow(second)]);
    expect(await current.settings.get('wordsIndexedThrough')).toBeUndefined();
    const store = createCrmStore(current, { viewer: { userId: 'me', isAdmin: false }, clock: () => T0, randomBytes: seededBytes(2) });
    expect((await store.queries.search({ query: 'lieferung ' })).map((t) => t.id)).toEqual(['t1']);
    while ((await store.indexPendingWords()) > 0);
    expect(await current.wordIndex.count()).toBe(2);
    expect((await store.queries.search({ query: 'kostenvoranschlag ' })).map((t) => t.id)).toEqual(['t1']);
    current.close();
  });

  it('upgrades a version-5 database: the words of indexed messages are posted, and search answers the same', async () => {
    const deps = { viewer: { userId: 'u-sam', isAdmin: false }, clock: () => T0, randomBytes: seededBytes(5) };
    const indexedDB = new IDBFactory();
    const now = new BlindcopyDb('words-now', { indexedDB, IDBKeyRange });
    const store = createCrmStore(now, deps);
    await store.settings.set('ownAddresses', { primary: 'sam@acme.com', verified: [], pending: [] });
    const first = mail(1, { subject: 'Lieferung', text: 'Die Ware kommt morgen' });
    await store.applyBatch(batch([first, reply(2, first, { text: 'Danke für die Info' }), mail(3, { subject: 'Angebot', text: 'Die Preise für morgen' })]));
    while ((await store.indexPendingWords()) > 0);
    // one more waits for the indexer, as it may when the app closes
    await store.applyBatch(batch([mail(4, { subject: 'Rechnung', text: 'Die Rechnung kommt morgen' })]));

    // the same data as version 5 held it: word rows with their words as a list, no posting lists
    const v5 = new BlindcopyDb('words-v5', { indexedDB, IDBKeyRange }, 5);
    // (the counters follow the thread rows by themselves: threadCounts.ts)
    for (const name of ALL_TABLES.filter((t) => ![...LATER_TABLES, 'wordIndex', 'wordPostings', 'threadCounts'].includes(t))) await v5.table(name).bulkAdd(await now.table(name).toArray());
    await v5.table('wordIndex').bulkAdd((await now.wordIndex.toArray()).map((row) => ({ ...row, words: queuedWords(row) })));
    expect(await v5.table('wordIndex').where('words').equals('morgen').count()).toBe(2);
    v5.close();

    const migrated = new BlindcopyDb('words-v5', { indexedDB, IDBKeyRange });
    await migrated.open();
    expect(await migrated.wordPostings.toArray()).toEqual(await now.wordPostings.toArray());
    const search = async (db: BlindcopyDb, query: string) => (await createCrmStore(db, deps).queries.search({ query })).map((t) => t.subject);
    for (const query of ['morgen', 'die mor', 'danke', 'rechnung ', 'lief', 'preise die', 'nichts']) expect(await search(migrated, query), query).toEqual(await search(now, query));
    expect(await search(migrated, 'die morgen')).toEqual(['Rechnung', 'Angebot', 'Lieferung']);
    migrated.close();
    now.close();
  });
});
