/**
 * One word's message keys newest first, reading its sealed posting chunks only as far as the
 * answer needs (db/wordPostings: the open chunk lists each sealed chunk's oldest and newest date).
 * A common word has dozens of chunks at 100k threads, and a search wants its newest few dozen
 * matches: reading the whole list cost more than the rest of the search (cold, ~8 ms for 40,000
 * keys). Chunks are read newest-ending first; a key is given out once no unread chunk can hold a
 * newer one (its date is above every unread chunk's newest date), so late-indexed older mail in a
 * recent chunk is still in its place.
 */
import type { WordKey, WordPostingRow } from '../../db/records';
import { zoned } from './zoned';

/** The first block's size in keys given out; each next block is BLOCK_GROWTH times larger. */
const FIRST_BLOCK = 256;
const BLOCK_GROWTH = 4;

interface Sealed {
  k: number;
  max: number;
}

const byNewest = (a: WordKey, b: WordKey) => b[0] - a[0] || b[1] - a[1];

/**
 * Blocks of the keys `keep` accepts, newest first, each key once; undefined when all were given.
 * `read` fetches sealed chunks by k. `open` must carry `ranges` (rows written before it did are
 * read whole instead).
 */
export function walkWord(open: WordPostingRow, read: (ks: number[]) => Promise<WordPostingRow[]>, keep: (n: number) => boolean = () => true): () => Promise<WordKey[] | undefined> {
  const ranges = open.ranges ?? [];
  const sealed: Sealed[] = Array.from({ length: ranges.length >> 1 }, (_v, i) => ({ k: i + 1, max: ranges[2 * i + 1] as number })).sort((a, b) => b.max - a.max);
  let buffer: WordKey[] = [];
  const add = (keys: Float64Array) => {
    for (let i = 0; i + 1 < keys.length; i += 2) buffer.push([keys[i] as number, keys[i + 1] as number]);
  };
  add(open.keys);
  let next = 0; // sealed chunks read so far, in `sealed` order
  let step = 1;
  let given = 0;
  let last: WordKey | undefined;
  return async () => {
    const want = given === 0 ? FIRST_BLOCK : given * BLOCK_GROWTH;
    for (;;) {
      const bound = next < sealed.length ? (sealed[next] as Sealed).max : -Infinity;
      const ready = buffer.filter(([date]) => date > bound);
      if (ready.length >= want || bound === -Infinity) {
        if (ready.length === 0) return undefined;
        buffer = buffer.filter(([date]) => date <= bound);
        given += ready.length;
        ready.sort(byNewest);
        return ready.filter((key) => {
          const fresh = last === undefined || byNewest(last, key) < 0;
          if (fresh) last = key;
          return fresh && keep(key[1]);
        });
      }
      const batch = sealed.slice(next, next + step);
      next += batch.length;
      step *= 2;
      for (const chunk of await zoned(read(batch.map((c) => c.k)))) add(chunk.keys);
    }
  };
}
