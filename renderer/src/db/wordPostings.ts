/**
 * Posting lists: for each word, the keys ([date, n], WordKey) of the messages that hold it, packed
 * in Float64Arrays (date, n, date, n, ...), in table `wordPostings` keyed [word, k].
 *
 * Why not a multi-entry index over each message's words (v4): Chromium writes one index record per
 * word per message and reads one record per message walked (~35 µs each at 100k threads), so
 * indexing ran at ~110 messages a second and a search that had to intersect two common terms
 * walked thousands of rows. Here a step of the indexer writes one row per distinct word it saw,
 * and search reads a word's whole list in a few rows (~0.13 µs a key) and intersects in memory.
 *
 * Per word: an open chunk (k = 0) that each step appends to (read, then rewritten), and sealed
 * chunks (k = 1, 2, ...) of CHUNK keys each, written once. The open chunk holds how many are
 * sealed (so the next one's k) and each sealed chunk's oldest and newest date, so search can read
 * a common word's newest chunks only. Keys are in no order inside a chunk: search sorts what it reads.
 * Deleting a message leaves its keys here: search drops keys whose word row is gone (a message
 * key is never given to another message: n is a hash of the row's unique id).
 */
import type { Table } from 'dexie';
import type { WordPostingRow } from './records';

/** Keys per sealed chunk: 16 KB, well under the size where Chromium moves a value out to a blob file. */
export const CHUNK = 1024;

/** [word, k] of the open chunk. */
export const OPEN_CHUNK = 0;

export type PostingsTable = Table<WordPostingRow, [string, number]>;

/** A word's keys to add, in pairs (date, n). */
export type NewPostings = Map<string, number[]>;

/** The postings a set of messages makes: each distinct word of each message, once. */
export function postingsOf(rows: Iterable<{ date: number; n: number; words: readonly string[] }>): NewPostings {
  const out: NewPostings = new Map();
  for (const { date, n, words } of rows) {
    for (const word of new Set(words)) {
      const list = out.get(word);
      if (list === undefined) out.set(word, [date, n]);
      else list.push(date, n);
    }
  }
  return out;
}

/**
 * Appends to each word's postings, in the caller's transaction: one read of every open chunk
 * touched, one write of the rows that changed. A full open chunk is sealed as it is written.
 */
export async function addPostings(table: PostingsTable, added: NewPostings, chunk = CHUNK): Promise<void> {
  const words = [...added.keys()];
  if (words.length === 0) return;
  const open = await table.bulkGet(words.map((w): [string, number] => [w, OPEN_CHUNK]));
  const writes: WordPostingRow[] = [];
  words.forEach((word, i) => {
    const before = open[i];
    const more = added.get(word) ?? [];
    const all = new Float64Array((before?.keys.length ?? 0) + more.length);
    if (before !== undefined) all.set(before.keys);
    all.set(more, before?.keys.length ?? 0);
    let sealed = before?.sealed ?? 0;
    const ranges = [...(before?.ranges ?? [])];
    let at = 0;
    for (; all.length - at >= chunk * 2; at += chunk * 2) {
      sealed += 1;
      const keys = all.slice(at, at + chunk * 2);
      ranges.push(...dateRange(keys));
      writes.push({ word, k: sealed, keys });
    }
    writes.push({ word, k: OPEN_CHUNK, keys: all.slice(at), sealed, ranges });
  });
  await table.bulkPut(writes);
}

/** The oldest and newest date of (date, n) pairs. */
function dateRange(keys: Float64Array): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < keys.length; i += 2) {
    const date = keys[i] as number;
    if (date < min) min = date;
    if (date > max) max = date;
  }
  return [min, max];
}

/** The [word, k] range of one word's chunks. */
export function wordRange(word: string): [[string, number], [string, number]] {
  return [
    [word, -Infinity],
    [word, Infinity],
  ];
}

/**
 * The [word, k] range of every word that begins with `prefix` (the prefix itself included): an
 * array key sorts after every shorter array it begins with, and before the next string.
 */
export function prefixRange(prefix: string): [[string], [string]] {
  return [[prefix], [`${prefix}\uffff`]];
}
