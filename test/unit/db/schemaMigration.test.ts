/**
 * The migration path of the CRM database: a database created by an older version of the app
 * opens in the current one with its data kept and new indexes filled.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { BlindcopyDb, CURRENT_SCHEMA_VERSION } from '../../../renderer/src/db/database';
import { schemaVersions } from '../../../renderer/src/db/schemaVersions';

const thread = {
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
  visibility: 'private' as const,
  candidates: [],
  auth: 'none' as const,
  refIds: ['a@x'],
  words: [],
};

describe('CRM database schema', () => {
  it('versions are numbered 1..n in order', () => {
    expect(schemaVersions.map((v) => v.version)).toEqual(schemaVersions.map((_v, i) => i + 1));
  });

  it('opens empty at the current version with every table of the CRM', async () => {
    const db = new BlindcopyDb('fresh', { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['deals', 'leads', 'links', 'messages', 'organizations', 'outbox', 'persons', 'projects', 'rejected', 'settings', 'syncSources', 'threads', 'tombstones'].sort(),
    );
    db.close();
  });

  it('upgrades a version-1 database: data kept, search words filled', async () => {
    const indexedDB = new IDBFactory();
    const v1 = new BlindcopyDb('upgrade', { indexedDB, IDBKeyRange }, 1);
    await v1.open();
    expect(v1.verno).toBe(1);
    await v1.threads.add({ ...thread, words: undefined as unknown as string[] });
    v1.close();

    const current = new BlindcopyDb('upgrade', { indexedDB, IDBKeyRange });
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    const upgraded = await current.threads.get('t1');
    expect(upgraded?.subject).toBe('Angebot für Müller GmbH');
    expect(upgraded?.words).toEqual(expect.arrayContaining(['angebot', 'fur', 'muller', 'gmbh', 'jane', 'roe', 'jane@customer.test', 'hello']));
    // the new index answers queries
    expect((await current.threads.where('words').equals('muller').toArray()).map((t) => t.id)).toEqual(['t1']);
    current.close();
  });
});
