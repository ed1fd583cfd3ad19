/**
 * How many threads each owner has per (linked, visibility), kept in step with the threads table
 * on EVERY write as a Dexie DBCore middleware, so that the inbox's filter counts cost a few row
 * reads instead of counting index ranges. Chromium counts a range entry by entry: 1.8 s for the
 * 99,482 threads of one viewer, after every commit that touched a thread (store/README.md).
 *
 * - A read-write transaction that includes `threads` gets `threadCounts` added to its scope, so
 *   no code path (capture, actions, a test's implicit transaction) can write threads without the
 *   counts. Upgrades run in the version-change transaction, which covers every table that exists
 *   at that step; before the version that created `threadCounts` there is nothing to keep, and
 *   that version's upgrade counts what is there (`countThreads`).
 * - A put or delete reads the rows it replaces first (one getMany, issued just before the write),
 *   so a change of owner, link or visibility moves the thread between counters. A writer that read
 *   those rows in the same transaction and has not changed them since (capture's working set) may
 *   hand them over with `replacing`: its next put of those keys takes them instead of reading
 *   every row again (a read per changed thread, each an IndexedDB request).
 */
import { Dexie } from 'dexie';
import type {
  DBCore,
  DBCoreKeyRange,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import type { IndexFlag, ThreadCountRow } from './records';

export const THREAD_COUNTS = 'threadCounts';

/** What a counter tells apart: the fields the inbox filters test. */
export type CountedThread = Pick<ThreadCountRow, 'ownerId' | 'linked' | 'visibility'>;

function isCounted(value: unknown): value is CountedThread {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<CountedThread>;
  return typeof v.ownerId === 'string' && (v.linked === 0 || v.linked === 1) && (v.visibility === 'private' || v.visibility === 'shared');
}

export function counterKey(t: CountedThread): [string, IndexFlag, CountedThread['visibility']] {
  return [t.ownerId, t.linked, t.visibility];
}

/** The counter rows of a list of threads: what `countThreads` and the middleware both add up. */
export class Counters {
  private readonly rows = new Map<string, ThreadCountRow>();
  private readonly changed = new Set<string>();

  constructor(existing: readonly ThreadCountRow[] = []) {
    for (const row of existing) this.rows.set(JSON.stringify(counterKey(row)), { ...row });
  }

  add(thread: unknown, by: 1 | -1): void {
    if (!isCounted(thread)) return;
    const key = JSON.stringify(counterKey(thread));
    const row = this.rows.get(key) ?? { ownerId: thread.ownerId, linked: thread.linked, visibility: thread.visibility, n: 0 };
    row.n += by;
    this.rows.set(key, row);
    this.changed.add(key);
  }

  /** The rows changed since the last call. */
  takeChanged(): ThreadCountRow[] {
    const out = [...this.changed].flatMap((key) => {
      const row = this.rows.get(key);
      return row ? [{ ...row }] : [];
    });
    this.changed.clear();
    return out;
  }
}

/** Dexie's own "every key" range (DBCoreRangeType.Any is an ambient const enum, not importable). */
const EVERY_KEY = { type: 3, lower: -Infinity, lowerOpen: false, upper: [[]], upperOpen: false } as unknown as DBCoreKeyRange;

function storeNamesOf(trans: DBCoreTransaction): DOMStringList | undefined {
  const names = (trans as { objectStoreNames?: unknown }).objectStoreNames;
  return typeof names === 'object' && names !== null && 'contains' in names ? (names as DOMStringList) : undefined;
}

/** Per transaction: the stored rows the next put of their key replaces, as the writer read them. */
const declaredRows = new WeakMap<object, Map<string, unknown>>();

/**
 * The rows as stored now, in transaction `trans` (Dexie's `Dexie.currentTransaction.idbtrans`),
 * that a put of the same keys is about to replace. Each row serves one put of its key, then is
 * forgotten; a put of keys not all declared reads them as usual.
 */
export function replacing(trans: IDBTransaction | undefined, rows: readonly { id: string }[]): void {
  if (trans === undefined || rows.length === 0) return;
  const map = declaredRows.get(trans) ?? new Map<string, unknown>();
  for (const row of rows) map.set(row.id, row);
  declaredRows.set(trans, map);
}

/** The declared rows for these keys (taken), or undefined when any key was not declared. */
function takeDeclared(trans: object, keys: readonly unknown[]): unknown[] | undefined {
  const map = declaredRows.get(trans);
  if (map === undefined || !keys.every((k) => typeof k === 'string' && map.has(k))) return undefined;
  return keys.map((k) => {
    const row = map.get(k as string);
    map.delete(k as string);
    return row;
  });
}

function countedTable(threads: DBCoreTable, counts: DBCoreTable): DBCoreTable {
  // the counter rows as this transaction has them, read once at its first thread write
  const perTransaction = new WeakMap<DBCoreTransaction, Promise<Counters>>();
  const primaryKey = threads.schema.primaryKey;
  const keyOf = (value: unknown): unknown => (primaryKey.extractKey ? primaryKey.extractKey(value) : undefined);

  function replaced(req: DBCoreMutateRequest): Promise<unknown[]> {
    switch (req.type) {
      case 'add':
        return Promise.resolve([]);
      case 'put': {
        const keys = req.keys ?? req.values.map(keyOf);
        const declared = takeDeclared(req.trans, keys);
        return declared ? Promise.resolve(declared) : threads.getMany({ trans: req.trans, keys });
      }
      case 'delete':
        return threads.getMany({ trans: req.trans, keys: req.keys });
      case 'deleteRange':
        return threads.query({ trans: req.trans, values: true, query: { index: primaryKey, range: req.range } }).then((r) => r.result);
    }
  }

  function recount(req: DBCoreMutateRequest, before: unknown[], response: DBCoreMutateResponse, counters: Counters): Promise<DBCoreMutateResponse> {
    const failed = (i: number) => response.failures[i] !== undefined;
    // a failed add or put changed nothing; a failed delete rejects as a whole
    before.forEach((old, i) => (req.type === 'put' && failed(i) ? undefined : counters.add(old, -1)));
    if (req.type === 'add' || req.type === 'put') req.values.forEach((value, i) => (failed(i) ? undefined : counters.add(value, 1)));
    const values = counters.takeChanged();
    return values.length === 0 ? Dexie.Promise.resolve(response) : counts.mutate({ trans: req.trans, type: 'put', values }).then(() => response);
  }

  return {
    ...threads,
    mutate(req) {
      if (storeNamesOf(req.trans)?.contains(THREAD_COUNTS) !== true) return threads.mutate(req);
      // Issued now, in this order: IndexedDB runs a transaction's requests in the order they were
      // made, so the old rows read are exactly the rows this write replaces, even while other
      // writes of the transaction are under way (capture's bulkAdd and bulkPut run together).
      let counters = perTransaction.get(req.trans);
      if (!counters) {
        counters = counts
          .query({ trans: req.trans, values: true, query: { index: counts.schema.primaryKey, range: EVERY_KEY } })
          .then((r) => new Counters(r.result as ThreadCountRow[]));
        perTransaction.set(req.trans, counters);
      }
      const before = replaced(req);
      const response = threads.mutate(req);
      // Dexie.Promise: its callbacks run in the caller's Dexie zone, which the layers below need
      return Dexie.Promise.all([before, response, counters]).then(([b, r, c]) => recount(req, b, r, c));
    },
  };
}

export const threadCountsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'threadCounts',
  create(down) {
    if (!down.schema.tables.some((t) => t.name === THREAD_COUNTS)) return down;
    // Dexie asks for a table's core more than once (per transaction-bound table): one state for all
    let threads: DBCoreTable | undefined;
    return {
      ...down,
      transaction(stores, mode, options) {
        const widen = mode === 'readwrite' && stores.includes('threads') && !stores.includes(THREAD_COUNTS);
        return down.transaction(widen ? [...stores, THREAD_COUNTS] : stores, mode, options);
      },
      table: (name) => (name === 'threads' ? (threads ??= countedTable(down.table(name), down.table(THREAD_COUNTS))) : down.table(name)),
    };
  },
};
