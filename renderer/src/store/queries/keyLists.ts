/**
 * Message keys read from posting lists (db/wordPostings), worked on in memory: a term's
 * keys, the keys every term shares, and those keys newest first a block at a time.
 * Typed arrays and native numeric sorts throughout: a common word has tens of thousands of keys
 * at 100k threads, and search must answer within a few milliseconds of reading them.
 */
import type { WordPostingRow } from '../../db/records';
import type { WordKey } from '../../db/records';

/** Message keys, split: dates[i] and ns[i] make key i. */
export interface KeyList {
  dates: Float64Array;
  ns: Float64Array;
}

/** The keys of some chunks (a word's, or every word's of a prefix): a message may appear more than once. */
export function keyList(chunks: readonly Pick<WordPostingRow, 'keys'>[]): KeyList {
  let size = 0;
  for (const { keys } of chunks) size += keys.length >> 1;
  const dates = new Float64Array(size);
  const ns = new Float64Array(size);
  let at = 0;
  for (const { keys } of chunks) {
    for (let i = 0; i + 1 < keys.length; i += 2, at += 1) {
      dates[at] = keys[i] as number;
      ns[at] = keys[i + 1] as number;
    }
  }
  return { dates, ns };
}

function has(sorted: Float64Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] === value;
}

/**
 * The keys of the shortest list that every other list holds too. A message is known by `n`
 * alone here (a 53-bit hash of its row id; the date adds nothing to tell two apart).
 */
export function intersect(lists: readonly KeyList[]): KeyList {
  const [base, ...others] = [...lists].sort((a, b) => a.ns.length - b.ns.length);
  if (base === undefined) return { dates: new Float64Array(0), ns: new Float64Array(0) };
  if (others.length === 0) return base;
  const sorted = others.map((l) => l.ns.slice().sort());
  const keep: number[] = [];
  for (let i = 0; i < base.ns.length; i++) {
    const n = base.ns[i] as number;
    if (sorted.every((s) => has(s, n))) keep.push(i);
  }
  return { dates: Float64Array.from(keep, (i) => base.dates[i] as number), ns: Float64Array.from(keep, (i) => base.ns[i] as number) };
}

/** The first block's size; each next block is BLOCK_GROWTH times larger. */
const FIRST_BLOCK = 256;
const BLOCK_GROWTH = 4;

/**
 * The keys newest first (date, then n, descending), each once, a block at a time: a search
 * usually needs only the first few dozen, so each block is found by a native sort of the dates
 * and a scan, and only the block itself is sorted key by key. Undefined when all were given.
 */
export function newestFirst(list: KeyList): () => WordKey[] | undefined {
  const ranked = list.dates.slice().sort();
  let taken = 0;
  let below = Infinity;
  return () => {
    if (taken >= ranked.length) return undefined;
    const want = Math.min(ranked.length, taken === 0 ? FIRST_BLOCK : taken * BLOCK_GROWTH);
    // every key from the want-th newest date up (ties included), below the last block
    const from = ranked[ranked.length - want] as number;
    const block: WordKey[] = [];
    for (let i = 0; i < list.dates.length; i++) {
      const date = list.dates[i] as number;
      if (date >= from && date < below) block.push([date, list.ns[i] as number]);
    }
    taken += block.length;
    below = from;
    block.sort((a, b) => b[0] - a[0] || b[1] - a[1]);
    return block.filter((key, i) => {
      const prev = block[i - 1];
      return prev === undefined || prev[0] !== key[0] || prev[1] !== key[1];
    });
  };
}
