/**
 * Live queries learn what a transaction changed from Dexie's observability middleware: for a
 * write of fewer than 50 rows it records the key of every row in every index (a multi-entry
 * index, every entry), merges those sets into the transaction's, and after the commit every live
 * query merges the whole set into its own and tests it for overlap. A capture batch writes a few
 * dozen rows into each of a dozen tables: in the cold mirror's renderer profile this bookkeeping
 * (RangeSet addKeys/mergeRanges/extendObservabilitySet, liveQuery's mutationListener) cost about
 * as much as capture's own decisions. Dexie takes the coarse path itself for 50 rows and more:
 * the whole table changed.
 *
 * A transaction marked with `observeCoarsely` takes that coarse path for every write: each table
 * it writes is marked changed as a whole (once), and the rows go straight to the layer below.
 * Live queries reading those tables run again after its commit, as they do after any large write;
 * during a first sync the inbox's do after every batch anyway. Everything else is observed as
 * Dexie does it. The middleware wraps Dexie's own, found by its registered name; should a Dexie
 * version not have it, nothing changes (every write is observed finely, as before).
 */
import { RangeSet, type DBCore, type DBCoreTable, type Dexie, type Middleware, type ObservabilitySet } from 'dexie';

const OBSERVABILITY = 'Observability';

/** per coarse transaction: the tables already marked changed as a whole */
const coarse = new WeakMap<object, Set<string>>();

/** Marks the IndexedDB transaction (`Dexie.currentTransaction.idbtrans`) for whole-table observation. */
export function observeCoarsely(trans: IDBTransaction | undefined): void {
  if (trans !== undefined && !coarse.has(trans)) coarse.set(trans, new Set());
}

interface RegisteredMiddleware {
  name?: string;
  level: number;
  create: (down: DBCore) => Partial<DBCore>;
}

function registered(db: Dexie): RegisteredMiddleware | undefined {
  const stacks = (db as unknown as { _middlewares?: Record<string, RegisteredMiddleware[] | undefined> })._middlewares;
  return stacks?.dbcore?.find((m) => m.name === OBSERVABILITY);
}

function coarseTable(observed: DBCoreTable, below: DBCoreTable, dbName: string, core: DBCore): DBCoreTable {
  const parts = ['', ':dels', ...below.schema.indexes.map((i) => i.name ?? '')].map((index) => `idb://${dbName}/${below.schema.name}/${index}`);
  return {
    ...observed,
    mutate(req) {
      const marked = coarse.get(req.trans);
      if (marked === undefined) return observed.mutate(req);
      if (!marked.has(below.schema.name)) {
        marked.add(below.schema.name);
        const trans = req.trans as unknown as { mutatedParts?: ObservabilitySet };
        const set = (trans.mutatedParts ??= {});
        // the whole key range of each index, as Dexie marks a write of 50 rows or more
        for (const part of parts) set[part] = new RangeSet(core.MIN_KEY, core.MAX_KEY);
      }
      return below.mutate(req);
    },
  };
}

/** Installs the wrapper over Dexie's observability middleware of `db` (before it opens). */
export function useCoarseObservability(db: Dexie): void {
  const original = registered(db);
  if (original === undefined) return;
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: OBSERVABILITY,
    level: original.level,
    create(down) {
      const observed = { ...down, ...original.create(down) };
      const tables = new Map<string, DBCoreTable>();
      return {
        ...observed,
        table(name) {
          let table = tables.get(name);
          if (table === undefined) {
            table = coarseTable(observed.table(name), down.table(name), down.schema.name, down);
            tables.set(name, table);
          }
          return table;
        },
      };
    },
  };
  db.use(middleware);
}
