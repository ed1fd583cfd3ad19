/**
 * "Rows whose index holds any of these keys" as parallel equality lookups, one request per key,
 * all in the caller's transaction, de-duplicated by primary key. Dexie's `anyOf` walks one cursor
 * and jumps between keys; IndexedDB engines differ in how cheap that jump is (fake-indexeddb
 * scans, ~15x slower for a batch of 200), while an equality lookup is a plain index seek
 * everywhere, so a batch costs the same whatever the database's size.
 */
import type { Table } from 'dexie';

export async function rowsWithAnyOf<T extends { id: string }>(table: Table<T, string>, index: string, keys: readonly string[]): Promise<T[]> {
  const found = await Promise.all([...new Set(keys)].map((key) => table.where(index).equals(key).toArray()));
  const byId = new Map<string, T>();
  for (const row of found.flat()) byId.set(row.id, row);
  return [...byId.values()];
}
