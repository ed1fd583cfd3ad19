/**
 * Search by words of subject, sender and recipients, and text (the words' posting lists, filled
 * with shared/text/searchWords). A message matches when it holds every word; the last word is a
 * prefix while it is being typed ("jane ro" finds "Jane Roe"). The answer is the matching
 * messages' threads, newest match first, as the viewer may see them.
 *
 * How it stays fast at 100k threads:
 * 1. each term's posting lists (a word's, or those of every word a typed prefix stands for) are
 *    read whole, a few rows per thousand messages, and intersected in memory: no message row is
 *    read to find the matches;
 * 2. a term with more than `termRows` chunks (a very common word, a prefix of one or two letters)
 *    is not read: it is checked on the matches of the others, or, when every term is like that,
 *    all messages are walked newest first and checked (common terms answer after a page);
 * 3. matches are taken newest first a block at a time, and their word rows (for the thread) and
 *    threads are read only until `limit` visible threads are found;
 * 4. the newest messages still waiting for the word indexer are checked directly and merged in.
 */
import type { Viewer } from '../../../../shared/rules/permissions';
import type { BlindcopyDb } from '../../db/database';
import { foldText, queuedWords } from '../../db/derivedFields';
import type { ThreadRow, WordKey, WordPostingRow, WordRow } from '../../db/records';
import { CHUNK, OPEN_CHUNK, prefixRange, wordRange } from '../../db/wordPostings';
import { heldByAll, keyList, newestFirst } from './keyLists';
import { walkWord } from './wordWalk';
import { wordsIndexedThrough } from '../words/indexedThrough';
import { visibleThreads } from './access';
import { zoned } from './zoned';

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
 * Rows read per step. The first step reads a little more than `limit` (most matches are of
 * different threads); each next one what the threads still missing need at the rate seen so far,
 * or twice the last when nothing was found yet. Every row of a page costs a request (~80 µs in
 * Chromium at 100k threads), so reading what the answer needs, not a doubling, is what counts;
 * the cap bounds what one request holds (a few thousand rows of ~3 KB).
 */
const MIN_PAGE = 16;
const MAX_PAGE = 3_840;

function nextPageSize(limit: number, read: number, found: number, last: number): number {
  const wanted = found === 0 ? last * 2 : Math.ceil(((limit - found) * read * 1.25) / found);
  return Math.min(MAX_PAGE, Math.max(MIN_PAGE, wanted));
}

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

const newestFirstKeys = (a: WordKey, b: WordKey) => b[0] - a[0] || b[1] - a[1];
const keyOf = (row: WordRow): WordKey => [row.date, row.n];

/**
 * Word rows newest first, a page at a time, with the last key the page passed; undefined when
 * done. Plain promises, no async generators: Dexie keeps a transaction (and a live query's
 * observation) only across awaits of its own promises, which a generator's internal steps are not.
 */
type Source = (size: number) => Promise<{ rows: WordRow[]; through: WordKey | undefined } | undefined>;

/** Every message newest first: the table's own key order, each page continuing below the last. */
function fromAll(db: BlindcopyDb): Source {
  let below: WordKey | undefined;
  let done = false;
  return async (size) => {
    if (done) return undefined;
    const rows = await (below === undefined ? db.wordIndex.reverse() : db.wordIndex.where(':id').below(below).reverse()).limit(size).toArray();
    const last = rows[rows.length - 1];
    done = rows.length < size || last === undefined;
    if (last !== undefined) below = keyOf(last);
    // a short page is the last: everything older is passed too
    return { rows, through: done ? undefined : below };
  };
}

/**
 * The word rows of matched keys, newest first, a page at a time. A key whose row is gone (its
 * message was deleted; posting lists keep such keys) is passed over.
 */
function fromKeys(db: BlindcopyDb, blocks: () => Promise<WordKey[] | undefined>): Source {
  const queue: WordKey[] = [];
  return async (size) => {
    for (let block = queue.length > size ? undefined : await zoned(blocks()); block !== undefined; block = queue.length > size ? undefined : await zoned(blocks())) queue.push(...block);
    if (queue.length === 0) return undefined;
    const keys = queue.splice(0, size);
    const rows = (await db.wordIndex.bulkGet(keys)).filter((row): row is WordRow => row !== undefined);
    return { rows, through: queue.length === 0 ? undefined : keys[keys.length - 1] };
  };
}

/**
 * How many posting chunks a term may have and still be read whole (~1,000 keys a chunk: 160 read
 * in ~20 ms). A word that is walked (below) has no such bound: it reads only what it needs.
 * Tests make it small.
 */
export interface ReadBounds {
  termRows: number;
}
export const READ_BOUNDS: ReadBounds = { termRows: 160 };

/**
 * A term as first read: a word by its open chunk (which says how many chunks it has, and their
 * dates, so it can be walked), a prefix by its chunks whole; undefined when it has more than
 * `max` chunks and cannot be walked.
 */
type FirstRead = { kind: 'walkable'; word: string; open: WordPostingRow; size: number } | { kind: 'whole'; chunks: WordPostingRow[]; size: number };

function termRange(db: BlindcopyDb, term: Term) {
  return term.kind === 'word' ? db.wordPostings.where(':id').between(...wordRange(term.value), true, true) : db.wordPostings.where(':id').between(...prefixRange(term.value), true, false);
}

/** A term's chunks whole, or undefined when it has more than `max`. */
async function wholeTerm(db: BlindcopyDb, term: Term, max: number): Promise<FirstRead | undefined> {
  const range = termRange(db, term);
  const count = (await range.clone().limit(max + 1).primaryKeys()).length;
  if (count > max) return undefined;
  const chunks = count === 0 ? [] : await range.toArray();
  return { kind: 'whole', chunks, size: chunks.reduce((sum, c) => sum + (c.keys.length >> 1), 0) };
}

/** A walkable word's chunks whole, or undefined when it has more than `max`: its open chunk says how many it has. */
async function walkableWhole(db: BlindcopyDb, read: Extract<FirstRead, { kind: 'walkable' }>, max: number): Promise<FirstRead | undefined> {
  const sealed = read.open.sealed ?? 0;
  if (sealed + 1 > max) return undefined;
  const more = sealed === 0 ? [] : await db.wordPostings.where(':id').between([read.word, OPEN_CHUNK + 1], [read.word, Infinity], true, true).toArray();
  return { kind: 'whole', chunks: [...more, read.open], size: read.size };
}

async function firstRead(db: BlindcopyDb, term: Term, max: number): Promise<FirstRead | undefined> {
  if (term.kind === 'prefix') return wholeTerm(db, term, max);
  const open = await db.wordPostings.get([term.value, OPEN_CHUNK]);
  if (open === undefined) return { kind: 'whole', chunks: [], size: 0 };
  // (lists written before chunks kept their dates are read whole)
  if (open.ranges === undefined) return wholeTerm(db, term, max);
  return { kind: 'walkable', word: term.value, open, size: (open.sealed ?? 0) * CHUNK + (open.keys.length >> 1) };
}

/**
 * Where the matches come from and which terms each still has to be checked on. The term with
 * the most keys is walked newest first (a word chunk by chunk, as far as needed), and each key it
 * gives is looked up in the other readable terms' keys, read whole; a term too large to read
 * whole is checked on the rows. When no term can be read, every message is walked and checked.
 */
async function plan(db: BlindcopyDb, terms: readonly Term[], bounds: ReadBounds): Promise<{ source: Source; check: Term[] }> {
  const first = await zoned(Promise.all(terms.map((term) => firstRead(db, term, bounds.termRows))));
  const readable = terms.flatMap((term, i) => {
    const read = first[i];
    return read === undefined ? [] : [{ term, read }];
  });
  const [walked, ...rest] = readable.sort((a, b) => b.read.size - a.read.size);
  if (walked === undefined) return { source: fromAll(db), check: [...terms] };
  // the others are needed whole: a walkable word too, within the bound
  const others = await zoned(Promise.all(rest.map(async ({ term, read }) => ({ term, read: read.kind === 'whole' ? read : await zoned(walkableWhole(db, read, bounds.termRows)) }))));
  const lists = others.flatMap(({ read }) => (read?.kind === 'whole' ? [keyList(read.chunks)] : []));
  const check = terms.filter((term) => term !== walked.term && !others.some((o) => o.term === term && o.read !== undefined));
  const keep = lists.length === 0 ? undefined : heldByAll(lists);
  if (walked.read.kind === 'whole') {
    const blocks = newestFirst(keyList(walked.read.chunks), keep);
    return { source: fromKeys(db, async () => blocks()), check };
  }
  const { word } = walked.read;
  const read = async (ks: number[]) => (await db.wordPostings.bulkGet(ks.map((k): [string, number] => [word, k]))).filter((c): c is WordPostingRow => c !== undefined);
  return { source: fromKeys(db, walkWord(walked.read.open, read, keep)), check };
}

/** The next page of `source` reduced to the messages that hold every `check` term, and the oldest key passed. */
async function nextMatching(source: Source, size: number, check: readonly Term[]): Promise<{ hits: Hit[]; through: WordKey | undefined } | undefined> {
  const page = await zoned(source(size));
  if (page === undefined) return undefined;
  const hits = (check.length === 0 ? page.rows : page.rows.filter((row) => matches(queuedWords(row), check))).map((row): Hit => ({ key: keyOf(row), threadId: row.threadId }));
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
  const waiting = () => (through === undefined ? db.wordQueue.toCollection() : db.wordQueue.where(':id').above(through));
  // Forwards from the mark first: usually the indexer has caught up and this finds nothing at
  // once. Backwards from the end, Chromium's LevelDB steps over every deleted queue entry below
  // the mark before it finds none above it (20–70 ms at 100k threads, until it compacts).
  const first = await waiting().limit(PENDING_SCAN + 1).toArray();
  const rows = first.length <= PENDING_SCAN ? first : await waiting().reverse().limit(PENDING_SCAN).toArray();
  return rows.filter((row) => matches(queuedWords(row), terms)).map((row) => ({ key: [row.date, row.n], threadId: row.threadId }));
}

export async function searchThreads(db: BlindcopyDb, viewer: Viewer, request: SearchRequest, bounds: ReadBounds = READ_BOUNDS): Promise<ThreadRow[]> {
  const terms = termsOf(searchTerms(request.query));
  if (terms.length === 0) return [];
  const limit = Math.min(Math.max(1, Math.floor(request.limit ?? 50)), 500);
  // Waiting rows first, the index after: a message the indexer moves from one to the other in
  // between is then seen twice (and counted once), never missed.
  const pending = await zoned(pendingMatches(db, terms));
  const { source, check } = await zoned(plan(db, terms, bounds));
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
  let size = Math.min(MAX_PAGE, limit + MIN_PAGE);
  let read = 0;
  while (out.length < limit) {
    const page = await zoned(nextMatching(source, size, check));
    read += size;
    const from = p;
    // (a page without `through` is the walk's last: every waiting match left goes in with it)
    while (p < pending.length && (page?.through === undefined || newestFirstKeys((pending[p] as Hit).key, page.through) <= 0)) p += 1;
    take([...pending.slice(from, p), ...(page?.hits ?? [])].sort((a, b) => newestFirstKeys(a.key, b.key)));
    while (waiting.length > 0 && out.length < limit) {
      const ids = waiting.splice(0, limit - out.length);
      const threads = (await db.threads.bulkGet(ids)).filter((t): t is ThreadRow => t !== undefined);
      out.push(...(await zoned(visibleThreads(db, viewer, threads))));
    }
    if (page === undefined) break;
    size = nextPageSize(limit, read, out.length, size);
  }
  return out;
}
