/** Rows of one table of the app's IndexedDB, read inside the page (what the store committed). */
import type { Page } from 'playwright-core';

export async function pageRows<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('blindcopy');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => {
            db.close();
            resolve(req.result as T[]);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    table,
  );
}

/** Polls until `pick` finds something in the table's rows, or fails after `timeoutMs`. */
export async function waitForRow<T, R>(page: Page, table: string, pick: (rows: T[]) => R | undefined, timeoutMs = 30_000): Promise<R> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = pick(await pageRows<T>(page, table));
    if (found !== undefined) return found;
    if (Date.now() > until) throw new Error(`${table}: nothing matched after ${timeoutMs} ms`);
    await page.waitForTimeout(250);
  }
}
