/**
 * Search by words of subject, sender and recipients, and text (the multi-entry `words` index of
 * wordIndex, filled with shared/text/searchWords). A message matches when it holds every
 * word; the last word is a prefix while it is being typed ("jane ro" finds "Jane Roe"). The
 * answer is the matching messages' threads, newest match first, as the viewer may see them.
 *
 * How it stays fast at 100k threads (no term ever reads all its matches):
 * 1. a single whole word is walked at once; otherwise each term's first FEW_KEYS matches are read,
 *    and a term that has no more is known whole (a rare word, a narrow prefix); when none is,
 *    terms are probed for more than 5,000, then KNOWN_KEYS matches (a skip inside IndexedDB,
 *    nothing read), and those with fewer are read whole as keys;
 * 2. known terms are intersected and the survivors read newest first (keys begin with the date),
 *    first looked for among a common word's newest rows when one must also match (one request),
 *    then row by row; with no known term, the longest whole word's entries are walked backwards
 *    in the index (newest first), or, for a lone common prefix, the messages themselves;
 * 3. walks read rows with the index, a page per request, never a request per row; terms not yet
 *    covered are checked on them, and the walk stops once `limit` visible threads are found. A
 *    common word therefore answers after a page or two;
 * 4. the newest messages still waiting for the word indexer are checked directly and merged in.
 */
import type { Viewer } from '../../../../shared/rules/permissions';
import type { BlindcopyDb } from '../../db/database';
import { foldText } from '../../db/derivedFields';
import type { ThreadRow, WordKey, WordRow } from '../../db/records';
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
 * Terms are first read up to this many keys at once: one request each, and a rare word or a
 * narrow prefix is then known whole without a second look.
 */
export const FEW_KEYS = 1_000;
/**
 * A term with at most this many matching messages is read whole: keys only, one request, a few
 * milliseconds even at this size, and then no row has to be read to test that term. Whether a
 * term has more is asked with a skip past this many entries inside IndexedDB: a bound on the
 * work, where counting a common word's entries is not.
 */
export const KNOWN_KEYS = 20_000;
/** Messages walked per step: the first step is small (a common word answers at once), then they grow. */
const FIRST_PAGE = 60;
const MAX_PAGE = 480;

type Term = { kind: 'word'; value: string } | { kind: 'prefix'; value: string };
/** A matching message: its word key (date first) and its thread. */
interface Hit {
  key: WordKey;
  threadId: string;
}

function termsOf({ words, prefix }: SearchTerms): Term[] {
  return [...words.map((value): Term => ({ kind: 'word', value })), ...(prefix === undefined ? [] : [{ kind: 'prefix' as const, value: prefix }])];
}

function matches(words: readonly string[], terms: readonly Term[]): boolean {
  return terms.every((t) => (t.kind === 'word' ? words.includes(t.value) : words.some((w) => w.startsWith(t.value))));
}

/**
 * One word's index entries. Not `equals(word)`: Chromium reads a range backwards from a closed
 * upper bound by first stepping over every entry equal to it, ~1 µs each (40 ms for a word of
 * 40,000 messages, before the first row: measured at 100k threads). The range up to the next
 * string after the word, open, holds the same entries and starts backwards at once (1 ms).
 */
function wordEntries(db: BlindcopyDb, word: string) {
  return db.wordIndex.where('words').between(word, `${word}\u0000`, true, false);
}

function termRange(db: BlindcopyDb, term: Term) {
  return term.kind === 'word' ? wordEntries(db, term.value) : db.wordIndex.where('words').startsWith(term.value);
}

const newestFirst = (a: WordKey, b: WordKey) => b[0] - a[0] || b[1] - a[1];

const nextPage = (size: number) => Math.min(MAX_PAGE, size * 2);

/**
 * Rows newest first, a page at a time, with the last key the page passed; undefined when done.
 * Plain promises, no async generators: Dexie keeps a transaction (and a live query's
 * observation) only across awaits of its own promises, which a generator's internal steps are not.
 */
type Source = () => Promise<{ rows: WordRow[]; through: WordKey | undefined } | undefined>;

/** From a known list of keys: their rows, one request per row (IndexedDB has no "get these keys"). */
function fromList(db: BlindcopyDb, keys: readonly WordKey[]): Source {
  let i = 0;
  let size = FIRST_PAGE;
  return async () => {
    if (i >= keys.length) return undefined;
    const page = keys.slice(i, i + size);
    i += size;
    size = nextPage(size);
    const rows = (await db.wordIndex.bulkGet(page)).filter((row): row is WordRow => row !== undefined);
    return { rows, through: page[page.length - 1] };
  };
}

/** Pages of rows newest first, each one request (see fromWord). */
function walk(read: (offset: number, size: number) => Promise<WordRow[]>): Source {
  let offset = 0;
  let size = FIRST_PAGE;
  let done = false;
  return async () => {
    if (done) return undefined;
    const rows = await read(offset, size);
    done = rows.length < size;
    offset += size;
    size = nextPage(size);
    const last = rows[rows.length - 1];
    return { rows, through: last === undefined ? undefined : [last.date, last.n] };
  };
}

/**
 * Rows `offset` to `offset + size` of one word, newest first (its index entries backwards). Up to
 * `reread` rows in, the rows before the page are read again (one getAll); deeper, a cursor skips
 * them (one request too, but row by row inside it). Both beat a request per row.
 */
async function wordRows(db: BlindcopyDb, word: string, offset: number, size: number, reread: number): Promise<WordRow[]> {
  const entries = wordEntries(db, word).reverse();
  return offset + size <= reread ? (await entries.limit(offset + size).toArray()).slice(offset) : entries.offset(offset).limit(size).toArray();
}

/** One word's entries walked newest first. */
function fromWord(db: BlindcopyDb, word: string, reread: number): Source {
  return walk((offset, size) => wordRows(db, word, offset, size, reread));
}

/** Every message newest first: the table's own key order, each page continuing below the last. */
function fromAll(db: BlindcopyDb): Source {
  let below: WordKey | undefined;
  return walk(async (_offset, size) => {
    const rows = await (below === undefined ? db.wordIndex.reverse() : db.wordIndex.where(':id').below(below).reverse()).limit(size).toArray();
    const last = rows[rows.length - 1];
    if (last !== undefined) below = [last.date, last.n];
    return rows;
  });
}

/**
 * Known keys that must also hold a common `word`: the word's newest rows, `glance` a request,
 * keeping the known keys among them, for as long as at least `hitRate` of a request's rows are kept;
 * then the known keys older than the rows seen, read one by one and checked for the word. While
 * someone types "offer ros", the customer's newest mail mostly holds "offer" too, and a few
 * requests of rows answer where a request per known key would take a hundred.
 */
function knownThroughWord(db: BlindcopyDb, keys: readonly WordKey[], word: string, { glance, reread, hitRate }: ReadBounds): Source {
  const wanted = new Map(keys.map((k) => [k[1], k[0]]));
  const oldest = keys[keys.length - 1];
  let offset = 0;
  let rest: Source | undefined;
  return async () => {
    if (rest !== undefined) return rest();
    const rows = await wordRows(db, word, offset, glance, reread);
    offset += glance;
    const kept = rows.filter((row) => wanted.get(row.n) === row.date);
    const last = rows[rows.length - 1];
    // every message with the word, or every known key, was looked at: all are decided
    if (last === undefined || rows.length < glance || oldest === undefined || newestFirst(oldest, [last.date, last.n]) <= 0) {
      rest = async () => undefined;
      return { rows: kept, through: undefined };
    }
    if (kept.length < rows.length * hitRate) {
      const more = fromList(db, keys.filter((k) => newestFirst(k, [last.date, last.n]) > 0));
      rest = async () => {
        const page = await more();
        return page && { rows: page.rows.filter((row) => row.words.includes(word)), through: page.through };
      };
    }
    return { rows: kept, through: [last.date, last.n] };
  };
}

/** The keys in every list (a key's n is a hash of its message id; the date is compared too). */
function intersect(lists: readonly WordKey[][]): WordKey[] {
  const [smallest, ...others] = [...lists].sort((a, b) => a.length - b.length);
  if (smallest === undefined) return [];
  const sets = others.map((keys) => new Map(keys.map((k) => [k[1], k[0]])));
  return smallest.filter(([date, n]) => sets.every((set) => set.get(n) === date));
}

/** Terms read whole (at most `bound` matches each), or undefined for a term with more. */
async function readWhole(db: BlindcopyDb, terms: readonly Term[], bound: number): Promise<(WordKey[] | undefined)[]> {
  return Promise.all(
    terms.map(async (t) => {
      const keys = await termRange(db, t).limit(bound + 1).primaryKeys();
      return keys.length > bound ? undefined : keys;
    }),
  );
}

/**
 * How many keys of a term are read whole at most: first `few`, and up to `known` after probes;
 * how deep a word's walk reads its pages again (fromWord). Tests make them small.
 */
export interface ReadBounds {
  few: number;
  known: number;
  reread: number;
  /** rows of a common word looked at in one request while known keys are looked for among them (knownThroughWord) */
  glance: number;
  /** ... for as long as this share of them are known keys (a request per row costs about ten rows of a getAll) */
  hitRate: number;
}
export const READ_BOUNDS: ReadBounds = { few: FEW_KEYS, known: KNOWN_KEYS, reread: 1_000, glance: 500, hitRate: 0.1 };

/** The sizes probed after `few`: a modest one first, so a term of a few thousand matches is found without skipping far into the common ones. */
function probeLevels({ few, known }: Pick<ReadBounds, 'few' | 'known'>): number[] {
  return [...new Set([Math.min(few * 5, known), known])].filter((level) => level > few);
}

/** Where the walk starts and which terms it still has to check on each row. */
async function plan(db: BlindcopyDb, terms: readonly Term[], bounds: ReadBounds): Promise<{ source: Source; check: Term[] }> {
  const [only] = terms;
  // one whole word: its own entries newest first are the answer, rare or common
  if (terms.length === 1 && only?.kind === 'word') return { source: fromWord(db, only.value, bounds.reread), check: [] };
  let whole = await readWhole(db, terms, Math.min(bounds.few, bounds.known));
  for (const level of probeLevels(bounds)) {
    if (whole.some((keys) => keys !== undefined)) break;
    // which terms have no more than `level` matches? (a skip inside IndexedDB, nothing read)
    const more = await Promise.all(terms.map(async (t) => (await termRange(db, t).offset(level).limit(1).primaryKeys()).length > 0));
    const fewer = terms.filter((_t, i) => !more[i]);
    const read = await readWhole(db, fewer, level);
    whole = terms.map((t) => read[fewer.indexOf(t)]);
  }
  const lists = whole.filter((keys): keys is WordKey[] => keys !== undefined);
  const check = terms.filter((_t, i) => whole[i] === undefined);
  if (lists.length > 0) {
    const keys = intersect(lists).sort(newestFirst);
    const common = check.filter((t) => t.kind === 'word')[0];
    if (common === undefined || keys.length <= FIRST_PAGE) return { source: fromList(db, keys), check };
    return { source: knownThroughWord(db, keys, common.value, bounds), check: check.filter((t) => t !== common) };
  }
  // every term is common: walk a whole word (the longest: likely the rarest), or all messages when only a prefix is left
  const driver = terms.filter((t) => t.kind === 'word').sort((a, b) => b.value.length - a.value.length)[0];
  if (driver !== undefined) return { source: fromWord(db, driver.value, bounds.reread), check: terms.filter((t) => t !== driver) };
  return { source: fromAll(db), check: [...terms] };
}

/** The next page of `source` reduced to the messages that hold every `check` term, and the oldest key passed. */
async function nextMatching(source: Source, check: readonly Term[]): Promise<{ hits: Hit[]; through: WordKey | undefined } | undefined> {
  const page = await source();
  if (page === undefined) return undefined;
  const hits = page.rows.filter((row) => matches(row.words, check)).map((row): Hit => ({ key: [row.date, row.n], threadId: row.threadId }));
  return { hits, through: page.through };
}

/**
 * Captured messages whose words are not indexed yet (store/words) are read directly, the newest
 * PENDING_SCAN of them: right after capture the indexer has not run, and a message just sent
 * must be findable. During a first sync of a large mailbox older mail becomes findable as the
 * indexer reaches it.
 */
export const PENDING_SCAN = 200;
// (mail captured with a date older than what the indexer has passed waits for the indexer)

async function pendingMatches(db: BlindcopyDb, terms: readonly Term[]): Promise<Hit[]> {
  // above the indexer's mark only (words/indexedThrough.ts says why)
  const through = await wordsIndexedThrough(db);
  const waiting = through === undefined ? db.wordQueue.toCollection() : db.wordQueue.where(':id').above(through);
  const rows = await waiting.reverse().limit(PENDING_SCAN).toArray();
  return rows.filter((row) => matches(row.words, terms)).map((row) => ({ key: [row.date, row.n], threadId: row.threadId }));
}

export async function searchThreads(db: BlindcopyDb, viewer: Viewer, request: SearchRequest, bounds: ReadBounds = READ_BOUNDS): Promise<ThreadRow[]> {
  const terms = termsOf(searchTerms(request.query));
  if (terms.length === 0) return [];
  const limit = Math.min(Math.max(1, Math.floor(request.limit ?? 50)), 500);
  // Waiting rows first, the index after: a message the indexer moves from one to the other in
  // between is then seen twice (and counted once), never missed.
  const pending = await pendingMatches(db, terms);
  const { source, check } = await plan(db, terms, bounds);
  const seen = new Set<string>();
  const out: ThreadRow[] = [];
  // thread ids in match order; their rows are read only as far as the answer needs them
  const waiting: string[] = [];
  const take = (hits: readonly Hit[]) => {
    for (const { threadId } of hits) {
      if (seen.has(threadId)) continue;
      seen.add(threadId);
      waiting.push(threadId);
    }
  };
  let p = 0; // pending matches (newest first) are merged in as the walk passes their dates
  while (out.length < limit) {
    const page = await nextMatching(source, check);
    const from = p;
    while (p < pending.length && (page === undefined || (page.through !== undefined && newestFirst((pending[p] as Hit).key, page.through) <= 0))) p += 1;
    take([...pending.slice(from, p), ...(page?.hits ?? [])].sort((a, b) => newestFirst(a.key, b.key)));
    while (waiting.length > 0 && out.length < limit) {
      const ids = waiting.splice(0, limit - out.length);
      const threads = (await db.threads.bulkGet(ids)).filter((t): t is ThreadRow => t !== undefined);
      out.push(...(await visibleThreads(db, viewer, threads)));
    }
    if (page === undefined) break;
  }
  return out;
}
