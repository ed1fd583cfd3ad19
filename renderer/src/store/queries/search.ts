/**
 * Search by words of subject, sender and recipients, and text (the multi-entry `words` index of
 * messageWords, filled with shared/text/searchWords). A message matches when it holds every
 * word; the last word is a prefix while it is being typed ("jane ro" finds "Jane Roe"). The
 * answer is the matching messages' threads, newest match first, as the viewer may see them.
 *
 * How it stays fast at 100k threads (no term ever reads all its matches):
 * 1. each term's matches are read as keys only, at most KNOWN_KEYS of them: a term with fewer
 *    is known completely (a rare word, a narrow prefix);
 * 2. known terms are intersected and the survivors read newest first (keys begin with the date);
 *    with no known term, the first exact word's entries are walked backwards in the index
 *    (newest first), or, for a lone common prefix, the messages themselves newest first;
 * 3. terms not yet covered are checked on the walked rows, a page at a time, and the walk stops
 *    once `limit` visible threads are found. A common word therefore answers after a few pages.
 */
import type { Viewer } from '../../../../shared/rules/permissions';
import type { BlindcopyDb } from '../../db/database';
import { foldText } from '../../db/derivedFields';
import type { MessageWordsKey, ThreadRow } from '../../db/records';
import { visibleThreads } from './access';

/** searchWords indexes words of two characters or more; shorter whole words cannot match. */
const MIN_WORD_LENGTH = 2;

export interface SearchTerms {
  words: string[];
  prefix?: string;
}

/** What to look for: folded like the index, split like the index, the unfinished last word a prefix. */
export function searchTerms(query: string): SearchTerms {
  const folded = foldText(query);
  const tokens = folded.split(/[^\p{L}\p{N}]+/u).filter((t) => t !== '');
  // a separator after the last word (even a trailing space) means it is finished
  const typing = /[\p{L}\p{N}]\p{M}*$/u.test(query);
  const prefix = typing ? tokens.pop() : undefined;
  const words = [...new Set(tokens.filter((t) => t.length >= MIN_WORD_LENGTH))].filter((w) => w !== prefix);
  return prefix === undefined ? { words } : { words, prefix };
}

export interface SearchRequest {
  query: string;
  /** 1..500, 50 by default */
  limit?: number;
}

/** A term with at most this many matching messages is read whole (keys only, one request). */
export const KNOWN_KEYS = 2000;
/** Messages walked per step. */
const PAGE = 200;

type WordsKey = MessageWordsKey;
type Term = { kind: 'word'; value: string } | { kind: 'prefix'; value: string };

function termsOf({ words, prefix }: SearchTerms): Term[] {
  return [...words.map((value): Term => ({ kind: 'word', value })), ...(prefix === undefined ? [] : [{ kind: 'prefix' as const, value: prefix }])];
}

function matches(words: readonly string[], terms: readonly Term[]): boolean {
  return terms.every((t) => (t.kind === 'word' ? words.includes(t.value) : words.some((w) => w.startsWith(t.value))));
}

function termRange(db: BlindcopyDb, term: Term) {
  const where = db.messageWords.where('words');
  return term.kind === 'word' ? where.equals(term.value) : where.startsWith(term.value);
}

const newestFirst = (a: WordsKey, b: WordsKey) => b[0] - a[0] || (a[2] < b[2] ? 1 : a[2] > b[2] ? -1 : 0);

/** Keys newest first, a page at a time, from a known list. */
async function* fromList(keys: readonly WordsKey[]): AsyncGenerator<WordsKey[]> {
  for (let i = 0; i < keys.length; i += PAGE) yield keys.slice(i, i + PAGE);
}

/** One word's entries walked backwards in the index: newest first, keys only. */
async function* fromWord(db: BlindcopyDb, word: string): AsyncGenerator<WordsKey[]> {
  for (let offset = 0; ; offset += PAGE) {
    const keys = await db.messageWords.where('words').equals(word).reverse().offset(offset).limit(PAGE).primaryKeys();
    if (keys.length > 0) yield keys;
    if (keys.length < PAGE) return;
  }
}

/** Every message newest first (the table's own key order), keys only. */
async function* fromAll(db: BlindcopyDb): AsyncGenerator<WordsKey[]> {
  for (let offset = 0; ; offset += PAGE) {
    const keys = await db.messageWords.reverse().offset(offset).limit(PAGE).primaryKeys();
    if (keys.length > 0) yield keys;
    if (keys.length < PAGE) return;
  }
}

/** Where the walk starts and which terms it still has to check on each row. */
async function plan(db: BlindcopyDb, terms: readonly Term[], known: number): Promise<{ source: AsyncGenerator<WordsKey[]>; check: Term[] }> {
  const found = await Promise.all(terms.map((t) => termRange(db, t).limit(known + 1).primaryKeys()));
  const complete = terms.map((_t, i) => (found[i]?.length ?? Infinity) <= known);
  if (complete.some(Boolean)) {
    const sets = found.filter((_k, i) => complete[i]).map((keys) => new Map(keys.map((k) => [k[2], k])));
    sets.sort((a, b) => a.size - b.size);
    const [smallest, ...others] = sets;
    const keys = [...(smallest?.values() ?? [])].filter((k) => others.every((set) => set.has(k[2])));
    return { source: fromList(keys.sort(newestFirst)), check: terms.filter((_t, i) => !complete[i]) };
  }
  const driver = terms.find((t) => t.kind === 'word');
  if (driver !== undefined) return { source: fromWord(db, driver.value), check: terms.filter((t) => t !== driver) };
  return { source: fromAll(db), check: [...terms] };
}

export async function searchThreads(db: BlindcopyDb, viewer: Viewer, request: SearchRequest, known = KNOWN_KEYS): Promise<ThreadRow[]> {
  const terms = termsOf(searchTerms(request.query));
  if (terms.length === 0) return [];
  const limit = Math.min(Math.max(1, Math.floor(request.limit ?? 50)), 500);

  const { source, check } = await plan(db, terms, known);
  const seen = new Set<string>();
  const out: ThreadRow[] = [];
  for await (const page of source) {
    let keys = page;
    if (check.length > 0) {
      const rows = await db.messageWords.bulkGet(keys);
      keys = keys.filter((_k, i) => {
        const row = rows[i];
        return row !== undefined && matches(row.words, check);
      });
    }
    const threadIds: string[] = [];
    for (const [, threadId] of keys) {
      if (seen.has(threadId)) continue;
      seen.add(threadId);
      threadIds.push(threadId);
    }
    if (threadIds.length === 0) continue;
    const threads = (await db.threads.bulkGet(threadIds)).filter((t): t is ThreadRow => t !== undefined);
    out.push(...(await visibleThreads(db, viewer, threads)));
    if (out.length >= limit) break;
  }
  return out.slice(0, limit);
}
