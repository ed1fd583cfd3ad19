/**
 * Every table of the app's IndexedDB, read in the page in one read-only transaction (a
 * consistent snapshot while the app keeps writing), as plain data two instances can be compared
 * by: rows in a canonical order (sorted by their canonical JSON, so local insertion order does
 * not matter), object keys sorted. Tables are whatever the database holds, so tables added
 * later are dumped without a change here.
 *
 * What is device-local (checkpoints, derived indexes, row ids minted per device, replica id and
 * clock...) is left out by an `omit` list of paths:
 *  - `'syncSources'`            the whole table
 *  - `'threads.id'`             a field of every row of a table; deeper: `'threads.link.at'`
 *                               (through arrays too: `'messages.to.name'`)
 *  - `'*.updatedAt'`            a field of every row of every table
 *  - `'settings#wordsIndexedThrough'`  the row whose primary key is that (keys as `String(key)`,
 *                               compound keys joined by `,`)
 */
import type { Page } from 'playwright-core';
import { z } from 'zod';

export type DumpRow = Record<string, unknown>;
/** table name → its rows */
export type Dump = Record<string, DumpRow[]>;

export interface DumpOptions {
  omit?: readonly string[];
}

/**
 * Device-local or derived data in today's schema, the same on no two devices by nature: sync
 * checkpoints and the source UID map (each device mirrors for itself), the search index (built
 * when each device is idle), and the indexer's mark. Row ids (`id`, `threadId`,
 * `messageRowId`...) are minted per device today; leave them out per test as needed.
 */
export const DEVICE_LOCAL: readonly string[] = ['syncSources', 'sourceUids', 'wordIndex', 'wordQueue', 'wordPostings', 'settings#wordsIndexedThrough'];

const RawDumpSchema = z.record(z.string(), z.array(z.object({ key: z.string(), value: z.unknown() })));

/** In the page: every object store's rows with their primary keys, as plain JSON-able data. */
function readEverything(dbName: string): Promise<Record<string, Array<{ key: string; value: unknown }>>> {
  const plain = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (ArrayBuffer.isView(v)) return Array.from(v as unknown as ArrayLike<number>);
    if (v instanceof ArrayBuffer) return Array.from(new Uint8Array(v));
    if (v instanceof Date) return v.toISOString();
    if (v instanceof Blob) return { blobType: v.type, blobSize: v.size };
    if (Array.isArray(v)) return v.map(plain);
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  };
  return indexedDB.databases().then(
    (dbs) =>
      new Promise((resolve, reject) => {
        // Opening a database that does not exist would create it, empty, under the app's feet.
        if (!dbs.some((d) => d.name === dbName)) {
          resolve({});
          return;
        }
        const open = indexedDB.open(dbName);
        open.onerror = () => reject(open.error ?? new Error('indexedDB.open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const names = Array.from(db.objectStoreNames);
          const out: Record<string, Array<{ key: string; value: unknown }>> = {};
          if (names.length === 0) {
            db.close();
            resolve(out);
            return;
          }
          const tx = db.transaction(names, 'readonly');
          for (const name of names) {
            const rows: Array<{ key: string; value: unknown }> = [];
            out[name] = rows;
            const cursor = tx.objectStore(name).openCursor();
            cursor.onsuccess = () => {
              const c = cursor.result;
              if (!c) return;
              rows.push({ key: String(c.primaryKey), value: plain(c.value) });
              c.continue();
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => {
            db.close();
            reject(tx.error ?? new Error('dump transaction failed'));
          };
        };
      }),
  );
}

function dropPath(value: unknown, path: readonly string[]): void {
  const [head, ...rest] = path;
  if (head === undefined || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const element of value) dropPath(element, path);
    return;
  }
  const record = value as Record<string, unknown>;
  if (rest.length === 0) delete record[head];
  else dropPath(record[head], rest);
}

function canonical(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(canonical);
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
  );
}

/** Applies the omit list and the canonical order to what the page read. */
export function shapeDump(raw: z.infer<typeof RawDumpSchema>, omit: readonly string[] = []): Dump {
  const tablesLeftOut = new Set(omit.filter((o) => !o.includes('.') && !o.includes('#')));
  const rowsLeftOut = new Set(omit.filter((o) => o.includes('#')));
  const fields = omit.filter((o) => o.includes('.') && !o.includes('#')).map((o) => o.split('.'));
  const dump: Dump = {};
  for (const table of Object.keys(raw).sort()) {
    if (tablesLeftOut.has(table)) continue;
    const rows = (raw[table] ?? [])
      .filter((row) => !rowsLeftOut.has(`${table}#${row.key}`))
      .map((row) => {
        const value = structuredClone(row.value);
        for (const [t, ...path] of fields) if (t === table || t === '*') dropPath(value, path);
        return canonical(value);
      })
      .map((value) => ({ value, json: JSON.stringify(value) }))
      .sort((a, b) => (a.json < b.json ? -1 : a.json > b.json ? 1 : 0))
      .map((row) => row.value as DumpRow);
    dump[table] = rows;
  }
  return dump;
}

/** Every table of the app's database as the page sees it now; `{}` before the app created it. */
export async function dumpDatabase(page: Page, options: DumpOptions = {}, dbName = 'blindcopy'): Promise<Dump> {
  const raw = RawDumpSchema.parse(await page.evaluate(readEverything, dbName));
  return shapeDump(raw, options.omit);
}
