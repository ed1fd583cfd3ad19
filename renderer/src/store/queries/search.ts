/**
 * Search by words of subject, sender and recipients, and text (the multi-entry `words` index of
 * wordIndex, filled with shared/text/searchWords). A message matches when it holds every
 * word; the last word is a prefix while it is being typed ("jane ro" finds "Jane Roe"). The
 * answer is the matching messages' threads, newest match first, as the viewer may see them.
 *
 * How it stays fast at 100k threads (no term's matches are ever read whole):
 * 1. a term's matches are walked newest first: a word's index entries backwards (keys begin with
 *    the date), a typed prefix as the merge of the few words it stands for; rows are read with
 *    the index a page per request, never a request per row;
 * 2. one term drives the walk, the others are checked on its rows: the one whose newest page
 *    reaches furthest back (the rarest lately); a lone word drives at once, and a prefix of many
 *    words only when nothing else can (then all messages are walked);
 * 3. the walk stops once `limit` visible threads are found: a common word answers after a page;
 * 4. the newest messages still waiting for the word indexer are checked directly and merged in.
 */
import type { Viewer } from '../../../../shared/rules/permissions';
import type { BlindcopyDb } from '../../db/database';
import { foldText, queuedWords } from '../../db/derivedFields';
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
 * Rows walked per step: the first step is small (a common word answers at once), then each step
 * doubles up to MAX_PAGE: a page deep in a walk is reached by a cursor skipping the rows before
 * it (~16 µs a row in Chromium), so small pages would make a deep walk quadratic; the cap bounds
 * what one request holds (a few thousand rows of ~3 KB).
 */
const FIRST_PAGE = 60;
const MAX_PAGE = 3_840;
const MIN_LANE_PAGE = 10;

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

const newestFirst = (a: WordKey, b: WordKey) => b[0] - a[0] || b[1] - a[1];
const keyOf = (row: WordRow): WordKey => [row.date, row.n];

const nextPage = (size: number) => Math.min(MAX_PAGE, size * 2);

/**
 * Rows newest first, a page at a time, with the last key the page passed; undefined when done.
 * Plain promises, no async generators: Dexie keeps a transaction (and a live query's
 * observation) only across awaits of its own promises, which a generator's internal steps are not.
 */
type Source = () => Promise<{ rows: WordRow[]; through: WordKey | undefined } | undefined>;

/** Pages of rows newest first, each one request (see wordRows). */
function walk(read: (offset: number, size: number) => Promise<WordRow[]>, first = FIRST_PAGE): Source {
  let offset = 0;
  let size = first;
  let done = false;
  return async () => {
    if (done) return undefined;
    const rows = await read(offset, size);
    done = rows.length < size;
    offset += size;
    size = nextPage(size);
    const last = rows[rows.length - 1];
    // a short page is the word's last: everything older is passed too
    return { rows, through: done || last === undefined ? undefined : keyOf(last) };
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
function fromWord(db: BlindcopyDb, word: string, reread: number, first = FIRST_PAGE): Source {
  return walk((offset, size) => wordRows(db, word, offset, size, reread), first);
}

/** Every message newest first: the table's own key order, each page continuing below the last. */
function fromAll(db: BlindcopyDb): Source {
  let below: WordKey | undefined;
  return walk(async (_offset, size) => {
    const rows = await (below === undefined ? db.wordIndex.reverse() : db.wordIndex.where(':id').below(below).reverse()).limit(size).toArray();
    const last = rows[rows.length - 1];
    if (last !== undefined) below = keyOf(last);
    return rows;
  });
}

/**
 * Several sources merged newest first (a prefix's words), each message once. A row is passed on
 * once every source still going has read past it; the source that has read least is read next.
 */
function merged(sources: readonly Source[]): Source {
  const lanes = sources.map((read) => ({ read, rows: [] as WordRow[], through: undefined as WordKey | undefined, done: false, started: false }));
  let last: WordKey | undefined;
  return async () => {
    const going = () => lanes.filter((l) => !l.done);
    const unread = lanes.filter((l) => !l.started);
    // the lane that has read least: not started yet, or the newest `through`
    const behind = unread.length > 0 ? unread : going().sort((a, b) => newestFirst(a.through ?? [-Infinity, 0], b.through ?? [-Infinity, 0])).slice(0, 1);
    if (behind.length === 0 && lanes.every((l) => l.rows.length === 0)) return undefined;
    await Promise.all(
      behind.map(async (lane) => {
        lane.started = true;
        const page = await lane.read();
        lane.rows.push(...(page?.rows ?? []));
        lane.through = page?.through;
        lane.done = page === undefined || page.through === undefined;
      }),
    );
    // safe to pass on: rows no older than what every going lane has read through
    const frontier = going()
      .map((l) => l.through)
      .filter((k): k is WordKey => k !== undefined)
      .sort(newestFirst)[0];
    const ready: WordRow[] = [];
    for (const lane of lanes) {
      const keep = frontier === undefined ? lane.rows.length : lane.rows.findIndex((row) => newestFirst(keyOf(row), frontier) > 0);
      ready.push(...lane.rows.splice(0, keep === -1 ? lane.rows.length : keep));
    }
    ready.sort((a, b) => newestFirst(keyOf(a), keyOf(b)));
    const rows = ready.filter((row) => {
      const fresh = last === undefined || newestFirst(last, keyOf(row)) < 0;
      if (fresh) last = keyOf(row);
      return fresh;
    });
    return { rows, through: frontier };
  };
}

/** The words a typed prefix stands for, alphabetically, one request each; undefined past `max`. */
async function wordsOfPrefix(db: BlindcopyDb, prefix: string, max: number): Promise<string[] | undefined> {
  const words: string[] = [];
  for (let after = prefix; ; ) {
    // the prefix itself may be a word; each later look starts past the word found last
    const [next] = await db.wordIndex.where('words').between(after, `${prefix}\uffff`, words.length === 0, true).limit(1).keys();
    if (typeof next !== 'string' || !next.startsWith(prefix)) return words;
    if (words.length === max) return undefined;
    words.push(next);
    after = next;
  }
}

/**
 * How deep a word's walk reads its pages again (wordRows), and how many words a prefix may stand
 * for and still be walked word by word. Tests make them small.
 */
export interface ReadBounds {
  reread: number;
  prefixWords: number;
}
export const READ_BOUNDS: ReadBounds = { reread: 1_000, prefixWords: 16 };

/** A source whose first page was already read. */
function replaying(first: Awaited<ReturnType<Source>>, rest: Source): Source {
  let replayed = false;
  return async () => {
    if (replayed) return rest();
    replayed = true;
    return first;
  };
}

/**
 * Where the walk starts and which terms it still has to check on each row. Every term a walk can
 * follow (a word, or a prefix of a few words) reads its newest page; the one whose page reaches
 * furthest back in time is the rarest lately and drives the walk: the others are checked on its
 * rows. (Reading a common term's matches whole, to intersect them, costs ~10–40 µs a key in
 * Chromium: thousands of keys cost more than walking.)
 */
async function plan(db: BlindcopyDb, terms: readonly Term[], bounds: ReadBounds): Promise<{ source: Source; check: Term[] }> {
  const [only] = terms;
  // one whole word: its own entries newest first are the answer, rare or common
  if (terms.length === 1 && only?.kind === 'word') return { source: fromWord(db, only.value, bounds.reread), check: [] };
  const walks = await Promise.all(
    terms.map(async (term) => {
      const words = term.kind === 'word' ? [term.value] : await wordsOfPrefix(db, term.value, bounds.prefixWords);
      if (words === undefined) return undefined;
      const [one] = words;
      // a prefix's words start with smaller pages: together they make about one page
      const first = Math.max(MIN_LANE_PAGE, Math.ceil(FIRST_PAGE / words.length));
      const source = words.length === 1 && one !== undefined ? fromWord(db, one, bounds.reread) : merged(words.map((w) => fromWord(db, w, bounds.reread, first)));
      const page = await source();
      return { term, first: page, source: replaying(page, source) };
    }),
  );
  const oldest = (w: { first: Awaited<ReturnType<Source>> }) => w.first?.through ?? ([-Infinity, 0] as WordKey);
  const driver = walks.filter((w) => w !== undefined).sort((a, b) => newestFirst(oldest(b), oldest(a)))[0];
  if (driver === undefined) return { source: fromAll(db), check: [...terms] };
  return { source: driver.source, check: terms.filter((t) => t !== driver.term) };
}

/** The next page of `source` reduced to the messages that hold every `check` term, and the oldest key passed. */
async function nextMatching(source: Source, check: readonly Term[]): Promise<{ hits: Hit[]; through: WordKey | undefined } | undefined> {
  const page = await source();
  if (page === undefined) return undefined;
  const hits = page.rows.filter((row) => matches(row.words, check)).map((row): Hit => ({ key: keyOf(row), threadId: row.threadId }));
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
  return rows.filter((row) => matches(queuedWords(row), terms)).map((row) => ({ key: [row.date, row.n], threadId: row.threadId }));
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
    // (a page without `through` is the walk's last: every waiting match left goes in with it)
    while (p < pending.length && (page?.through === undefined || newestFirst((pending[p] as Hit).key, page.through) <= 0)) p += 1;
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
