/**
 * What a device's database holds of the replicated CRM (R8.3): the entities of its replicated
 * state by kind (items, persons, organizations, threads with a link decision, threads with a
 * visibility set, deleted messages, settings) and the CRM rows materialized from them. Read in
 * the page from IndexedDB directly, so the scale store's database and the app's read alike.
 */
import type { Page } from 'playwright-core';
import { z } from 'zod';

export const ReplicatedCountsSchema = z.object({
  state: z.object({
    items: z.number(),
    persons: z.number(),
    organizations: z.number(),
    links: z.number(),
    sharing: z.number(),
    messages: z.number(),
    settings: z.number(),
  }),
  rows: z.object({ deals: z.number(), leads: z.number(), projects: z.number(), persons: z.number(), organizations: z.number() }),
});
export type ReplicatedCounts = z.infer<typeof ReplicatedCountsSchema>;

/** In the page: self-contained (page.evaluate sends its source). */
function readCounts(dbName: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(dbName);
    open.onerror = () => reject(open.error ?? new Error('indexedDB.open failed'));
    open.onsuccess = () => {
      const db = open.result;
      const tables = ['replicaState', 'deals', 'leads', 'projects', 'persons', 'organizations'].filter((t) => db.objectStoreNames.contains(t));
      const state = { items: 0, persons: 0, organizations: 0, links: 0, sharing: 0, messages: 0, settings: 0 };
      const rows: Record<string, number> = { deals: 0, leads: 0, projects: 0, persons: 0, organizations: 0 };
      if (tables.length === 0) {
        db.close();
        resolve({ state, rows });
        return;
      }
      const tx = db.transaction(tables, 'readonly');
      for (const table of tables.filter((t) => t !== 'replicaState')) {
        const req = tx.objectStore(table).count();
        req.onsuccess = () => {
          rows[table] = req.result;
        };
      }
      if (tables.includes('replicaState')) {
        const cursor = tx.objectStore('replicaState').openCursor();
        cursor.onsuccess = () => {
          const c = cursor.result;
          if (!c) return;
          const key = String(c.primaryKey);
          const type = key.slice(0, key.indexOf(':'));
          const value = (c.value as { value?: Record<string, unknown> }).value ?? {};
          if (type === 'item') state.items += 1;
          else if (type === 'person') state.persons += 1;
          else if (type === 'organization') state.organizations += 1;
          else if (type === 'message') state.messages += 1;
          else if (type === 'setting') state.settings += 1;
          else if (type === 'thread') {
            if (value.manual !== undefined || value.automatic !== undefined || value.copy !== undefined) state.links += 1;
            if (value.visibility !== undefined) state.sharing += 1;
          }
          c.continue();
        };
      }
      tx.oncomplete = () => {
        db.close();
        resolve({ state, rows });
      };
      tx.onerror = () => {
        db.close();
        reject(tx.error ?? new Error('count transaction failed'));
      };
    };
  });
}

export async function replicatedCounts(page: Page, dbName: string): Promise<ReplicatedCounts> {
  return ReplicatedCountsSchema.parse(await page.evaluate(readCounts, dbName));
}

/** The replicated entities `restored` lacks against `source` ("" when it holds them all): items, persons, organizations, links, sharing. */
export function missingState(source: ReplicatedCounts, restored: ReplicatedCounts): string {
  const kinds = ['items', 'persons', 'organizations', 'links', 'sharing'] as const;
  return kinds
    .filter((k) => restored.state[k] < source.state[k])
    .map((k) => `${k} ${restored.state[k]}/${source.state[k]}`)
    .join(', ');
}
