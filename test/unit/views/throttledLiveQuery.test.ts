/**
 * The inbox pages' live queries: plain live queries while capture is quiet; while it catches up,
 * read again at most once per gap (with everything committed meanwhile), and at once when a
 * commit comes while not busy (the user acting). Dexie runs live queries only where a global
 * indexedDB exists, so this file installs fake-indexeddb's globals.
 */
import 'fake-indexeddb/auto';
import { Dexie, type Table } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { throttledLiveQuery } from '../../../renderer/src/views/inbox/throttledLiveQuery';

const GAP_MS = 1000;

class Rows extends Dexie {
  rows!: Table<{ id: number }, number>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ rows: 'id' });
  }
}

let db: Rows | undefined;
afterEach(() => db?.close());

async function watch(busy: () => boolean) {
  const rows = new Rows(`throttled-${Math.random()}`);
  db = rows;
  // as in the app: a live query over a closed database runs once more when it opens
  await rows.open();
  let runs = 0;
  const seen: number[] = [];
  const subscription = throttledLiveQuery(
    () => {
      runs += 1;
      return rows.rows.count();
    },
    { gapMs: GAP_MS, busy },
  ).subscribe({ next: (n) => void seen.push(n), error: () => undefined });
  return { rows, seen, subscription, runs: () => runs };
}

describe('throttled live query', () => {
  it('DESIGN 5 while capture is quiet it follows every commit', async () => {
    const w = await watch(() => false);
    await expect.poll(() => w.seen).toEqual([0]);
    await w.rows.rows.add({ id: 1 });
    await expect.poll(() => w.seen.at(-1)).toBe(1);
    await w.rows.rows.add({ id: 2 });
    await expect.poll(() => w.seen.at(-1)).toBe(2);
    w.subscription.unsubscribe();
  });

  it('DESIGN 5 while catching up, commits within a gap are read once, after the gap, with all of them', async () => {
    const w = await watch(() => true);
    await expect.poll(() => w.seen).toEqual([0]);
    const started = Date.now();
    for (let id = 1; id <= 3; id++) await w.rows.rows.add({ id });
    expect(w.runs()).toBe(1);
    await expect.poll(() => w.seen.at(-1), { timeout: 3 * GAP_MS }).toBe(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(GAP_MS - 50);
    expect(w.runs()).toBe(2);
    w.subscription.unsubscribe();
  });

  it('DESIGN 5 a commit while not busy (the user acting) is read at once, without waiting for the gap', async () => {
    let busy = true;
    const w = await watch(() => busy);
    await expect.poll(() => w.seen).toEqual([0]);
    busy = false;
    const started = Date.now();
    await w.rows.rows.add({ id: 1 });
    await expect.poll(() => w.seen.at(-1)).toBe(1);
    expect(Date.now() - started).toBeLessThan(GAP_MS);
    w.subscription.unsubscribe();
  });

  it('after unsubscribing it reads nothing more', async () => {
    const w = await watch(() => true);
    await expect.poll(() => w.seen).toEqual([0]);
    w.subscription.unsubscribe();
    await w.rows.rows.add({ id: 1 });
    await new Promise((resolve) => setTimeout(resolve, GAP_MS * 2));
    expect(w.runs()).toBe(1);
    expect(w.seen).toEqual([0]);
  });
});
