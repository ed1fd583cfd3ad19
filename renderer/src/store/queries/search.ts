/**
 * Search by words of subject, sender and recipients, and text (the multi-entry `words` index of
 * messageWords, filled with shared/text/searchWords). A message matches when it holds every
 * word; the last word is a prefix while it is being typed ("jane ro" finds "Jane Roe"). The
 * answer is the matching messages' threads, newest match first, as the viewer may see them.
 *
 * How it stays fast at 100k threads (no term ever reads all its matches):
 * 1. a single whole word is walked at once; otherwise each term's matches are counted, and a term
 *    with at most KNOWN_KEYS is read whole as keys (a rare word, a narrow prefix);
 * 2. known terms are intersected and the survivors read newest first (keys begin with the date);
 *    with no known term, the first exact word's entries are walked backwards in the index
 *    (newest first), or, for a lone common prefix, the messages themselves newest first;
 * 3. terms not yet covered are checked on the walked rows, a page at a time, and the walk stops
 *    once `limit` visible threads are found. A common word therefore answers after a few pages;
 * 4. the newest messages still waiting for the word indexer are checked directly and merged in.
 */
import type { Viewer } from '../../../../shared/rules/permissions';
import type { BlindcopyDb } from '../../db/database';
import { foldText } from '../../db/derivedFields';
import type { MessageWordsKey, ThreadRow } from '../../db/records';
import { wordsIndexedThrough } from '../words/indexedThrough';
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

/**
 * A term with at most this many matching messages is read whole: keys only, one request, a few
 * milliseconds even at this size, and then no row has to be read to test that term.
 */
export const KNOWN_KEYS = 20_000;
/** Messages walked per step: the first step is small (a common word answers at once), then they grow. */
const FIRST_PAGE = 60;
const MAX_PAGE = 480;

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

const nextPage = (size: number) => Math.min(MAX_PAGE, size * 2);

/**
 * Keys newest first, a page at a time; undefined when done. Plain promises, no async
 * generators: Dexie keeps a transaction (and a live query's observation) only across awaits of
 * its own promises, which a generator's internal steps are not.
 */
type Source = () => Promise<WordsKey[] | undefined>;

/** From a known list. */
function fromList(keys: readonly WordsKey[]): Source {
  let i = 0;
  let size = FIRST_PAGE;
  return async () => {
    if (i >= keys.length) return undefined;
    const page = keys.slice(i, i + size);
    i += size;
    size = nextPage(size);
    return page;
  };
}

/** A collection's keys newest first, each page one request. */
function walk(read: (offset: number, size: number) => Promise<WordsKey[]>): Source {
  let offset = 0;
  let size = FIRST_PAGE;
  let done = false;
  return async () => {
    if (done) return undefined;
    const keys = await read(offset, size);
    done = keys.length < size;
    offset += size;
    size = nextPage(size);
    return keys;
  };
}

/** One word's entries walked backwards in the index: newest first, keys only. */
function fromWord(db: BlindcopyDb, word: string): Source {
  return walk((offset, size) => db.messageWords.where('words').equals(word).reverse().offset(offset).limit(size).primaryKeys());
}

/** Every message newest first (the table's own key order), keys only. */
function fromAll(db: BlindcopyDb): Source {
  return walk((offset, size) => db.messageWords.reverse().offset(offset).limit(size).primaryKeys());
}

/** Where the walk starts and which terms it still has to check on each row. */
async function plan(db: BlindcopyDb, terms: readonly Term[], known: number): Promise<{ source: Source; check: Term[] }> {
  const [only] = terms;
  // one whole word: its own entries newest first are the answer, rare or common
  if (terms.length === 1 && only?.kind === 'word') return { source: fromWord(db, only.value), check: [] };
  // counting happens inside IndexedDB: nothing crosses to the page but the number
  const counts = await Promise.all(terms.map((t) => termRange(db, t).count()));
  const complete = terms.map((_t, i) => (counts[i] ?? Infinity) <= known);
  if (complete.some(Boolean)) {
    const found = await Promise.all(terms.filter((_t, i) => complete[i]).map((t) => termRange(db, t).primaryKeys()));
    const sets = found.map((keys) => new Map(keys.map((k) => [k[2], k]))).sort((a, b) => a.size - b.size);
    const [smallest, ...others] = sets;
    const keys = [...(smallest?.values() ?? [])].filter((k) => others.every((set) => set.has(k[2])));
    return { source: fromList(keys.sort(newestFirst)), check: terms.filter((_t, i) => !complete[i]) };
  }
  // every term is common: walk the rarest whole word, or all messages when only a prefix is left
  const words = terms.map((t, i) => ({ t, n: counts[i] ?? Infinity })).filter(({ t }) => t.kind === 'word');
  const driver = words.sort((a, b) => a.n - b.n)[0]?.t;
  if (driver !== undefined) return { source: fromWord(db, driver.value), check: terms.filter((t) => t !== driver) };
  return { source: fromAll(db), check: [...terms] };
}

/** The next page of `source` reduced to the keys whose rows hold every `check` term, and the oldest key passed. */
async function nextMatching(db: BlindcopyDb, source: Source, check: readonly Term[]): Promise<{ keys: WordsKey[]; through: WordsKey | undefined } | undefined> {
  const page = await source();
  if (page === undefined) return undefined;
  const through = page[page.length - 1];
  if (check.length === 0) return { keys: page, through };
  const rows = await db.messageWords.bulkGet(page);
  return { keys: page.filter((_k, i) => matches(rows[i]?.words ?? [], check)), through };
}

/**
 * Captured messages whose words are not indexed yet (store/words) are read directly, the newest
 * PENDING_SCAN of them: right after capture the indexer has not run, and a message just sent
 * must be findable. During a first sync of a large mailbox older mail becomes findable as the
 * indexer reaches it.
 */
export const PENDING_SCAN = 200;
// (mail captured with a date older than what the indexer has passed waits for the indexer)

async function pendingMatches(db: BlindcopyDb, terms: readonly Term[]): Promise<WordsKey[]> {
  // above the indexer's mark only (words/indexedThrough.ts says why)
  const through = await wordsIndexedThrough(db);
  const waiting = through === undefined ? db.wordsPending.toCollection() : db.wordsPending.where(':id').above(through);
  const rows = await waiting.reverse().limit(PENDING_SCAN).toArray();
  return rows.filter((row) => matches(row.words, terms)).map((row): WordsKey => [row.date, row.threadId, row.id]);
}

export async function searchThreads(db: BlindcopyDb, viewer: Viewer, request: SearchRequest, known = KNOWN_KEYS): Promise<ThreadRow[]> {
  const terms = termsOf(searchTerms(request.query));
  if (terms.length === 0) return [];
  const limit = Math.min(Math.max(1, Math.floor(request.limit ?? 50)), 500);
  // Waiting rows first, the index after: a message the indexer moves from one to the other in
  // between is then seen twice (and counted once), never missed.
  const pending = await pendingMatches(db, terms);
  const { source, check } = await plan(db, terms, known);
  const seen = new Set<string>();
  const out: ThreadRow[] = [];
  // thread ids in match order; their rows are read only as far as the answer needs them
  const waiting: string[] = [];
  const take = (keys: readonly WordsKey[]) => {
    for (const [, threadId] of keys) {
      if (seen.has(threadId)) continue;
      seen.add(threadId);
      waiting.push(threadId);
    }
  };
  let p = 0; // pending matches (newest first) are merged in as the walk passes their dates
  while (out.length < limit) {
    const page = await nextMatching(db, source, check);
    const from = p;
    while (p < pending.length && (page === undefined || (page.through !== undefined && newestFirst(pending[p] as WordsKey, page.through) <= 0))) p += 1;
    take([...pending.slice(from, p), ...(page?.keys ?? [])].sort(newestFirst));
    while (waiting.length > 0 && out.length < limit) {
      const ids = waiting.splice(0, limit - out.length);
      const threads = (await db.threads.bulkGet(ids)).filter((t): t is ThreadRow => t !== undefined);
      out.push(...(await visibleThreads(db, viewer, threads)));
    }
    if (page === undefined) break;
  }
  return out;
}
