/**
 * The real CRM store (renderer/src/store on fake-indexeddb) as the engine's sink: the same
 * commit path the app uses, minus the IPC hop that test/e2e/pipeline.test.ts covers.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { randomBytes } from 'node:crypto';
import { BlindcopyDb } from '../../../renderer/src/db/database';
import { createCrmStore, type CrmStore } from '../../../renderer/src/store';

export async function storeWithOwner(owner: string, dropbox: string): Promise<CrmStore> {
  const db = new BlindcopyDb(`capture-${Math.random().toString(36).slice(2)}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  const store = createCrmStore(db, { viewer: { userId: 'u-sam', isAdmin: false }, clock: () => Date.now(), randomBytes: (n) => new Uint8Array(randomBytes(n)) });
  await store.settings.set('userId', 'u-sam');
  await store.settings.set('ownAddresses', { primary: owner, verified: [], pending: [] });
  await store.settings.set('companyBcc', { address: dropbox, aliases: [] });
  return store;
}
