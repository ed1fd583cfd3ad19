/** Reads the app's IndexedDB from inside the page: what the CRM store really committed. */
import type { Page } from 'playwright-core';

export async function countRows(page: Page, table: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('blindcopy');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            resolve(0);
            return;
          }
          const req = db.transaction(name).objectStore(name).count();
          req.onsuccess = () => {
            db.close();
            resolve(req.result);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    table,
  );
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
  return page.evaluate(
    (name) =>
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
          const req = db.transaction(name).objectStore(name).getAllKeys();
          req.onsuccess = () => {
            db.close();
            resolve(req.result.map((key) => String(key)));
          };
          req.onerror = () => reject(req.error);
        };
      }),
    table,
  );
}
