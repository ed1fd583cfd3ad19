/**
 * Keeps a thread row's personKeys / organizationKeys (records.ts) in step with its personIds,
 * organizationIds and lastDate on EVERY write — capture, user actions, `modify`, upgrades — as a
 * Dexie DBCore middleware, so no code path that writes a thread can forget them.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { threadKeys } from './derivedFields';

interface KeyedThread {
  personIds: string[];
  organizationIds: string[];
  lastDate: number;
}

function isThreadShape(value: unknown): value is KeyedThread {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<KeyedThread>;
  return Array.isArray(v.personIds) && Array.isArray(v.organizationIds) && typeof v.lastDate === 'number';
}

function withKeys(value: unknown): unknown {
  return isThreadShape(value) ? { ...value, ...threadKeys(value) } : value;
}

function keyedTable(table: DBCoreTable): DBCoreTable {
  return {
    ...table,
    mutate(req: DBCoreMutateRequest) {
      if (req.type === 'add' || req.type === 'put') return table.mutate({ ...req, values: req.values.map(withKeys) });
      return table.mutate(req);
    },
  };
}

export const threadKeysMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'threadKeys',
  create(down) {
    return { ...down, table: (name) => (name === 'threads' ? keyedTable(down.table(name)) : down.table(name)) };
  },
};
