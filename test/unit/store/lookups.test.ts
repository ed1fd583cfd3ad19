/**
 * The prefetch's "rows whose index holds any of these keys": the same rows whether it runs on the
 * batch's transaction (IndexedDB requests on it, one question first for an empty index) or
 * outside one (Dexie queries).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { BlindcopyDb } from '../../../renderer/src/db/database';
import type { TombstoneRow } from '../../../renderer/src/db/records';
import { rowsWithAnyOf } from '../../../renderer/src/store/capture/lookups';
import { openDb } from './builders';

const stone = (id: string, ids: string[]): TombstoneRow => ({ id, kind: 'message', ids, deletedAt: 1 });

const CASES: Array<{ name: string; rows: TombstoneRow[]; keys: string[]; want: string[] }> = [
  { name: 'an empty index, many keys (asked once)', rows: [], keys: ['a', 'b', 'c', 'd'], want: [] },
  { name: 'an empty index, one key', rows: [], keys: ['a'], want: [] },
  { name: 'no keys', rows: [stone('t1', ['a'])], keys: [], want: [] },
  { name: 'multi-entry: a row found by two of its keys comes once', rows: [stone('t1', ['a', 'b']), stone('t2', ['c'])], keys: ['a', 'b', 'x', 'y'], want: ['t1'] },
  { name: 'repeated keys', rows: [stone('t1', ['a']), stone('t2', ['b'])], keys: ['b', 'b', 'a', 'b'], want: ['t1', 't2'] },
  { name: 'two rows under one key', rows: [stone('t1', ['a']), stone('t2', ['a']), stone('t3', ['z'])], keys: ['a', 'q', 'r'], want: ['t1', 't2'] },
];

describe('rowsWithAnyOf', () => {
  let db: BlindcopyDb | undefined;
  afterEach(() => db?.close());

  for (const c of CASES) {
    it(`${c.name}: inside a transaction and outside one`, async () => {
      db = openDb(`lookups-${c.name}`);
      const tombstones = db.tombstones;
      await tombstones.bulkAdd(c.rows);
      const inside = await db.transaction('rw', [tombstones], () => rowsWithAnyOf(tombstones, 'ids', c.keys));
      const outside = await rowsWithAnyOf(tombstones, 'ids', c.keys);
      expect(inside.map((r) => r.id).sort()).toEqual(c.want);
      expect(outside.map((r) => r.id).sort()).toEqual(c.want);
    });
  }
});
