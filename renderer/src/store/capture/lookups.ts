/**
 * "Rows whose index holds any of these keys" as parallel equality lookups, one request per key,
 * all in the caller's transaction, de-duplicated by primary key. Dexie's `anyOf` walks one cursor
 * and jumps between keys; IndexedDB engines differ in how cheap that jump is (fake-indexeddb
 * scans, ~15x slower for a batch of 200), while an equality lookup is a plain index seek
 * everywhere, so a batch costs the same whatever the database's size.
 *
 * Inside a transaction the seeks are IndexedDB requests on the transaction itself: a batch
 * makes hundreds of them, and Dexie's query objects, zones and promises per request were a
 * visible part of the cold mirror's renderer profile. A table (index) with nothing in it, as the
 * CRM's deals, leads, projects and tombstones are during a first sync, is asked once whether it
 * holds anything instead of once per key.
 */
import { Dexie, type Table } from 'dexie';

/** Below this many keys the "anything at all?" question would not save a request. */
const PROBE_FROM_KEYS = 3;

function request<R>(req: IDBRequest<R>): Promise<R> {
  // Dexie.Promise keeps Dexie's transaction zone across the awaits that follow
  return new Dexie.Promise<R>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** The index on the current Dexie transaction, when the table is in its scope. */
function indexInTransaction(table: { name: string }, index: string): IDBIndex | undefined {
  const idb = Dexie.currentTransaction?.idbtrans;
  if (!idb?.objectStoreNames.contains(table.name)) return undefined;
  return idb.objectStore(table.name).index(index);
}

async function found<T>(table: Table<T, string>, index: string, keys: readonly string[]): Promise<T[][]> {
  const idx = indexInTransaction(table, index);
  if (idx === undefined) return Promise.all(keys.map((key) => table.where(index).equals(key).toArray()));
  // the first key only: counting would walk the whole index
  if (keys.length >= PROBE_FROM_KEYS && (await request(idx.getAllKeys(null, 1))).length === 0) return [];
  return Promise.all(keys.map((key) => request(idx.getAll(key) as IDBRequest<T[]>)));
}

export async function rowsWithAnyOf<T extends { id: string }>(table: Table<T, string>, index: string, keys: readonly string[]): Promise<T[]> {
  const unique = [...new Set(keys)];
  if (unique.length === 0) return [];
  const byId = new Map<string, T>();
  for (const row of (await found(table, index, unique)).flat()) byId.set(row.id, row);
  return [...byId.values()];
}
