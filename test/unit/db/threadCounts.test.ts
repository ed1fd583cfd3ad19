/**
 * db/threadCounts.ts: the counters of threads per owner, link and visibility stay equal to a
 * count of the rows themselves through every kind of write Dexie can make, in any transaction,
 * and the v5 upgrade counts what an older database holds.
 */
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { BlindcopyDb } from '../../../renderer/src/db/database';
import type { ThreadCountRow, ThreadRow } from '../../../renderer/src/db/records';
import { counterKey, replacing } from '../../../renderer/src/db/threadCounts';

function thread(id: string, overrides: Partial<ThreadRow> = {}): ThreadRow {
  return {
    id,
    ownerId: 'sam',
    subject: id,
    subjectKey: id,
    counterparties: [],
    participants: [],
    personIds: [],
    organizationIds: [],
    firstDate: 1,
    lastDate: 2,
    messageCount: 1,
    snippet: '',
    visibility: 'private',
    candidates: [],
    auth: 'none',
    refIds: [`${id}@x`],
    linked: 0,
    ...overrides,
  };
}

const link = { kind: 'deal' as const, itemId: 'd1', reason: { kind: 'manual' as const }, at: 1 };
const linked = { link, linkKey: 'deal:d1', linked: 1 as const };

/** The reference: the rows counted one by one, as counters (zero counters left out). */
async function countedFromRows(db: BlindcopyDb): Promise<ThreadCountRow[]> {
  const byKey = new Map<string, ThreadCountRow>();
  for (const t of await db.threads.toArray()) {
    const key = JSON.stringify(counterKey(t));
    const row = byKey.get(key) ?? { ownerId: t.ownerId, linked: t.linked, visibility: t.visibility, n: 0 };
    row.n += 1;
    byKey.set(key, row);
  }
  return sorted([...byKey.values()]);
}

function sorted(rows: ThreadCountRow[]): ThreadCountRow[] {
  return rows.filter((r) => r.n !== 0).sort((a, b) => JSON.stringify(counterKey(a)).localeCompare(JSON.stringify(counterKey(b))));
}

async function kept(db: BlindcopyDb): Promise<ThreadCountRow[]> {
  return sorted(await db.threadCounts.toArray());
}

async function seeded(): Promise<BlindcopyDb> {
  const db = new BlindcopyDb('counts', { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.threads.bulkAdd([thread('a'), thread('b', linked), thread('c', { visibility: 'shared', ...linked }), thread('k', { ownerId: 'kim', visibility: 'shared' })]);
  return db;
}

const WRITES: Array<[string, (db: BlindcopyDb) => Promise<unknown>]> = [
  ['add', (db) => db.threads.add(thread('d'))],
  ['bulkAdd', (db) => db.threads.bulkAdd([thread('d'), thread('e', linked)])],
  ['put of a new thread', (db) => db.threads.put(thread('d', { ownerId: 'kim' }))],
  ['put linking a thread', (db) => db.threads.put(thread('a', linked))],
  ['put sharing a thread', (db) => db.threads.put(thread('b', { ...linked, visibility: 'shared' }))],
  ['put handing a thread to another owner', (db) => db.threads.put(thread('k', { ownerId: 'sam' }))],
  ['put changing nothing counted', (db) => db.threads.put(thread('a', { snippet: 'new mail' }))],
  ['bulkPut of new and changed threads', (db) => db.threads.bulkPut([thread('a', linked), thread('d'), thread('c')])],
  ['update', (db) => db.threads.update('a', { visibility: 'shared' })],
  ['modify of a collection', (db) => db.threads.where('ownerId').equals('sam').modify({ linked: 1 })],
  ['delete', (db) => db.threads.delete('c')],
  ['delete of a thread that is not there', (db) => db.threads.delete('nope')],
  ['bulkDelete', (db) => db.threads.bulkDelete(['a', 'k', 'nope'])],
  ['delete of a collection', (db) => db.threads.where('[ownerId+lastDate]').between(['sam', 0], ['sam', 9]).delete()],
  ['clear', (db) => db.threads.clear()],
  [
    'bulkAdd and bulkPut at once in one transaction (capture writes so)',
    (db) =>
      db.transaction('rw', db.threads, () =>
        Promise.all([db.threads.bulkAdd([thread('d'), thread('e', linked)]), db.threads.bulkPut([thread('a', linked), thread('b'), thread('d', { visibility: 'shared' })])]),
      ),
  ],
  [
    'writes in a transaction over other tables too',
    (db) =>
      db.transaction('rw', [db.threads, db.messages], async () => {
        await db.threads.put(thread('a', linked));
        await db.threads.delete('b');
        await db.threads.add(thread('b', { ownerId: 'kim' }));
      }),
  ],
  [
    'a put of rows the writer read in the transaction and handed over (capture\'s working set)',
    (db) =>
      db.transaction('rw', db.threads, async () => {
        const before = (await db.threads.bulkGet(['a', 'b'])).filter((t) => t !== undefined);
        replacing(Dexie.currentTransaction?.idbtrans, before);
        await db.threads.bulkPut([thread('a', linked), thread('b', { ...linked, visibility: 'shared' })]);
        // a later put of the same keys reads them again (each handed-over row serves one put)
        await db.threads.put(thread('a'));
      }),
  ],
  [
    'a put of which only some keys were handed over reads them all',
    (db) =>
      db.transaction('rw', db.threads, async () => {
        const before = (await db.threads.bulkGet(['a'])).filter((t) => t !== undefined);
        replacing(Dexie.currentTransaction?.idbtrans, before);
        await db.threads.bulkPut([thread('a', linked), thread('k', { ownerId: 'sam' })]);
      }),
  ],
  ['a failed add inside a transaction that goes on', (db) => db.transaction('rw', db.threads, async () => {
    await db.threads.add(thread('a')).catch(() => undefined);
    await db.threads.add(thread('d'));
  })],
  ['an aborted transaction', (db) => db.transaction('rw', db.threads, async () => {
    await db.threads.put(thread('a', linked));
    await db.threads.add(thread('d'));
    throw new Error('abort');
  }).catch(() => undefined)],
];

describe('thread counts (db/threadCounts.ts)', () => {
  it('start equal to the rows', async () => {
    const db = await seeded();
    expect(await kept(db)).toEqual(await countedFromRows(db));
    expect(await kept(db)).toHaveLength(4);
  });

  it.each(WRITES)('stay equal to the rows after %s', async (_name, write) => {
    const db = await seeded();
    const before = await countedFromRows(db);
    await write(db);
    expect(await kept(db)).toEqual(await countedFromRows(db));
    // every case but the no-ops changes some count, so the comparison is not vacuous
    if (!/nothing counted|not there|aborted/.test(_name)) expect(await countedFromRows(db)).not.toEqual(before);
  });

  it('a bulkAdd that fails changes no count (the transaction rolls back)', async () => {
    const db = await seeded();
    const before = await kept(db);
    await expect(db.transaction('rw', db.threads, () => db.threads.bulkAdd([thread('d'), thread('a')]))).rejects.toThrow();
    expect(await kept(db)).toEqual(before);
  });

  it('the v5 upgrade counts the threads a version-4 database holds', async () => {
    const indexedDB = new IDBFactory();
    const v4 = new BlindcopyDb('upgrade-v4', { indexedDB, IDBKeyRange }, 4);
    const many = Array.from({ length: 2_500 }, (_, i) => thread(`t${i}`, i % 3 === 0 ? { ...linked, visibility: i % 2 ? 'shared' : 'private' } : { ownerId: i % 5 ? 'sam' : 'kim' }));
    await v4.threads.bulkAdd(many);
    v4.close();

    const current = new BlindcopyDb('upgrade-v4', { indexedDB, IDBKeyRange });
    expect(await kept(current)).toEqual(await countedFromRows(current));
    expect((await kept(current)).reduce((n, r) => n + r.n, 0)).toBe(2_500);
    // and kept from there on
    await current.threads.bulkPut([thread('t0'), thread('t1', { ownerId: 'kim' })]);
    expect(await kept(current)).toEqual(await countedFromRows(current));
    current.close();
  });
});
