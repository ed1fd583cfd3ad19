/**
 * Message keys read from posting lists (db/wordPostings), worked on in memory: a term's keys,
 * then the keys of one term that every other term holds too, newest first, a block at a time.
 * Typed arrays, native numeric sorts and plain loops throughout: a common word has tens of
 * thousands of keys at 100k threads, and a search usually needs only the newest few dozen
 * matches, so nothing is sorted or intersected whole that a block can do.
 */
import type { WordKey, WordPostingRow } from '../../db/records';

/** Message keys, split: dates[i] and ns[i] make key i. */
export interface KeyList {
  dates: Float64Array;
  ns: Float64Array;
}

/**
 * The keys of some chunks (a word's, or every word's of a prefix); a message may appear more than
 * once. Each word's open chunk (k = 0) goes after its sealed ones: mail is mostly indexed in date
 * order, so one word's keys then run oldest to newest and need no sort (newestFirst).
 */
export function keyList(chunks: readonly Pick<WordPostingRow, 'keys' | 'k'>[]): KeyList {
  const ordered = [...chunks.filter((c) => c.k !== 0), ...chunks.filter((c) => c.k === 0)];
  let size = 0;
  for (const { keys } of ordered) size += keys.length >> 1;
  const dates = new Float64Array(size);
  const ns = new Float64Array(size);
  let at = 0;
  for (const { keys } of ordered) {
    for (let i = 0; i + 1 < keys.length; i += 2, at += 1) {
      dates[at] = keys[i] as number;
      ns[at] = keys[i + 1] as number;
    }
  }
  return { dates, ns };
}

/**
 * A test of "every one of these lists holds message n" (a message is known by `n` alone here:
 * a 53-bit hash of its row id). Each list's ns are sorted once (natively) and searched.
 */
export function heldByAll(lists: readonly KeyList[]): (n: number) => boolean {
  const sorted = lists.map((l) => l.ns.slice().sort());
  return (n) => {
    for (const s of sorted) {
      let lo = 0;
      let hi = s.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((s[mid] as number) < n) lo = mid + 1;
        else hi = mid;
      }
      if (lo === s.length || s[lo] !== n) return false;
    }
    return true;
  };
}

/** The first block's size in keys looked at; each next block is BLOCK_GROWTH times larger. */
const FIRST_BLOCK = 256;
const BLOCK_GROWTH = 4;

const byNewest = (a: WordKey, b: WordKey) => b[0] - a[0] || b[1] - a[1];

/** A block sorted newest first, without repeats. */
function finished(block: WordKey[]): WordKey[] {
  block.sort(byNewest);
  return block.filter((key, i) => {
    const prev = block[i - 1];
    return prev === undefined || prev[0] !== key[0] || prev[1] !== key[1];
  });
}

function ascending(dates: Float64Array): boolean {
  for (let i = 1; i < dates.length; i++) if ((dates[i] as number) < (dates[i - 1] as number)) return false;
  return true;
}

/**
 * The keys that `keep` accepts (all by default), newest first (date, then n, descending), each
 * once, a block at a time; undefined when all were given. Keys already in date order are taken
 * from the end; others by a native sort of the dates, each block then found by one scan. Either
 * way only a block is sorted key by key, and `keep` is asked only about keys a block looks at.
 */
export function newestFirst(list: KeyList, keep: (n: number) => boolean = () => true): () => WordKey[] | undefined {
  const { dates, ns } = list;
  const inOrder = ascending(dates);
  const ranked = inOrder ? dates : dates.slice().sort();
  let taken = 0;
  let below = Infinity;
  return () => {
    if (taken >= ranked.length) return undefined;
    const want = Math.min(ranked.length, taken === 0 ? FIRST_BLOCK : taken * BLOCK_GROWTH);
    // every key from the want-th newest date up (ties included), below the last block
    const from = ranked[ranked.length - want] as number;
    const block: WordKey[] = [];
    let looked = 0;
    const take = (i: number) => {
      looked += 1;
      const n = ns[i] as number;
      if (keep(n)) block.push([dates[i] as number, n]);
    };
    if (inOrder) {
      for (let i = ranked.length - taken - 1; i >= 0 && (dates[i] as number) >= from; i--) take(i);
    } else {
      for (let i = 0; i < dates.length; i++) {
        const date = dates[i] as number;
        if (date >= from && date < below) take(i);
      }
    }
    // (a block always looks at one key at least; a date that compares to nothing, NaN, would not be)
    taken = looked === 0 ? ranked.length : taken + looked;
    below = from;
    return finished(block);
  };
}
