/**
 * The migration path of the CRM database: a database created by an older version of the app
 * opens in the current one with its data kept and new indexes filled — filled exactly as the
 * store would have written them.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { ALL_TABLES, BlindcopyDb, CURRENT_SCHEMA_VERSION } from '../../../renderer/src/db/database';
import { threadWords } from '../../../renderer/src/db/derivedFields';
import type { MessageRow, ThreadRow } from '../../../renderer/src/db/records';
import { schemaVersions } from '../../../renderer/src/db/schemaVersions';
import { createCrmStore } from '../../../renderer/src/store';
import { batch, mail, reply, seededBytes, T0 } from '../store/builders';

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
  words: [],
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

  it('upgrades a version-1 database: data kept, search words filled from participants and messages', async () => {
    const indexedDB = new IDBFactory();
    const v1 = new BlindcopyDb('upgrade', { indexedDB, IDBKeyRange }, 1);
    await v1.open();
    expect(v1.verno).toBe(1);
    await v1.threads.add({ ...thread, words: undefined as unknown as string[] });
    await v1.messages.add(message);
    v1.close();

    const current = new BlindcopyDb('upgrade', { indexedDB, IDBKeyRange });
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    const upgraded = await current.threads.get('t1');
    expect(upgraded?.subject).toBe('Angebot für Müller GmbH');
    expect(upgraded?.words).toEqual(threadWords(thread.participants, [message]));
    expect(upgraded?.words).toEqual(expect.arrayContaining(['angebot', 'fur', 'muller', 'gmbh', 'jane', 'roe', 'jane@customer.test', 'hello', 'kostenvoranschlag']));
    // the new index answers queries
    expect((await current.threads.where('words').equals('kostenvoranschlag').toArray()).map((t) => t.id)).toEqual(['t1']);
    current.close();
  });

  it('a thread the store wrote under version 1 reads the same after the upgrade as one written now', async () => {
    const indexedDB = new IDBFactory();
    const deps = { viewer: { userId: 'u-sam', isAdmin: false }, clock: () => T0, randomBytes: seededBytes(3) };
    const v1 = new BlindcopyDb('store-v1', { indexedDB, IDBKeyRange }, 1);
    const old = createCrmStore(v1, deps);
    await old.settings.set('ownAddresses', { primary: 'sam@acme.com', verified: [], pending: [] });
    const m1 = mail(1, { subject: 'Lieferung', text: 'Die Ware kommt morgen' });
    await old.applyBatch(batch([m1, reply(2, m1, { text: 'Danke für die Info' })]));
    const written = (await v1.threads.toArray())[0];
    v1.close();

    const current = new BlindcopyDb('store-v1', { indexedDB, IDBKeyRange });
    const store = createCrmStore(current, deps);
    const migrated = (await current.threads.toArray())[0];
    expect(new Set(migrated?.words)).toEqual(new Set(written?.words));
    expect((await store.queries.search({ query: 'danke lief' })).map((t) => t.id)).toEqual([written?.id]);
    current.close();
  });
});
