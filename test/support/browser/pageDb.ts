/** Reads the app's IndexedDB from inside the page: what the CRM store really committed. */
import type { Page } from 'playwright-core';

/**
 * One read of a table inside the page: its row count or its primary keys (as strings), undefined
 * when the table is missing. Runs in the page, so it must stay self-contained.
 */
function readTable(page: Page, table: string, read: 'count' | 'keys'): Promise<number | string[] | undefined> {
  return page.evaluate(
    ({ name, read }) =>
      new Promise<number | string[] | undefined>((resolve, reject) => {
        const open = indexedDB.open('blindcopy');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            resolve(undefined);
            return;
          }
          // No named function in here: tsx (the bench runs under it) keeps names with a __name()
          // helper the page does not have, and the read would then never answer.
          const table = db.transaction(name).objectStore(name);
          const req = (read === 'count' ? table.count() : table.getAllKeys()) as IDBRequest<number | IDBValidKey[]>;
          req.onsuccess = () => {
            db.close();
            const result = req.result;
            resolve(typeof result === 'number' ? result : result.map((key) => String(key)));
          };
          req.onerror = () => reject(req.error);
        };
      }),
    { name: table, read },
  );
}

/** The rows in a table (0 when the table is missing). */
export async function countRows(page: Page, table: string): Promise<number> {
  const count = await readTable(page, table, 'count');
  return typeof count === 'number' ? count : 0;
}

/** Polls until `predicate` holds for the row count, or fails after `timeoutMs`. */
export async function waitForRows(page: Page, table: string, predicate: (n: number) => boolean, timeoutMs = 20_000): Promise<number> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const n = await countRows(page, table);
    if (predicate(n)) return n;
    if (Date.now() > until) throw new Error(`${table}: ${n} rows after ${timeoutMs} ms`);
    await page.waitForTimeout(200);
  }
}

/** The primary keys of a table, as the page's IndexedDB holds them (empty when the table is missing). */
export async function rowKeys(page: Page, table: string): Promise<string[]> {
  const keys = await readTable(page, table, 'keys');
  return Array.isArray(keys) ? keys : [];
}

/**
 * The keys of an index, one per row (so a value two rows share comes twice): e.g. every
 * message's Message-ID, to count each one. Empty when the table or index is missing.
 */
export function indexKeys(page: Page, table: string, index: string): Promise<string[]> {
  return page.evaluate(
    ({ name, indexName }) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('blindcopy');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            resolve([]);
            return;
          }
          // No named function in here (see readTable).
          const store = db.transaction(name).objectStore(name);
          if (!store.indexNames.contains(indexName)) {
            db.close();
            resolve([]);
            return;
          }
          const keys: string[] = [];
          const cursor = store.index(indexName).openKeyCursor();
          cursor.onsuccess = () => {
            const at = cursor.result;
            if (!at) {
              db.close();
              resolve(keys);
              return;
            }
            keys.push(String(at.key));
            at.continue();
          };
          cursor.onerror = () => reject(cursor.error);
        };
      }),
    { name: table, indexName: index },
  );
}
