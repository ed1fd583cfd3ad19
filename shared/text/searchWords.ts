/**
 * Words for the search index: lower-case, accents folded, split on anything that is not a letter
 * or digit; e-mail addresses also indexed whole and by local part and domain. Short words add
 * nothing but index size.
 *
 * Cost matters: every captured message goes through here (a 50 KB body is common). The text is
 * folded slice by slice and stops once MAX_WORDS distinct words are found, so a long body costs
 * no more than its first few kilobytes of new words; only runs of non-ASCII characters are
 * decomposed, and the address pattern runs only on the words that hold an '@'.
 * Words are runs of two or more letters or digits.
 */
export const MAX_WORDS = 400;
/** characters folded at a time; a slice ends at whitespace so no word is cut */
const SLICE = 4096;
/** how far past SLICE a slice may run looking for that whitespace */
const SLICE_OVERRUN = 256;
/**
 * The most UTF-16 units one unit can become when folded: NFKD expands at most 18-fold (UAX #15,
 * e.g. U+FDFA), dropping marks only shortens, and lower-casing decomposed text does not lengthen it.
 */
const MAX_FOLD_EXPANSION = 18;
/**
 * No word (nor address) is longer than this: each is found inside one folded slice. Far above
 * any real word, but a bound that searchWords' own output can never exceed, for schemas that
 * check words computed elsewhere (CapturedMessage.words).
 */
export const MAX_WORD_LENGTH = (SLICE + SLICE_OVERRUN) * MAX_FOLD_EXPANSION;

/** an address inside folded text; '@' is kept out of the parts so a run without one fails fast */
const ADDRESS = /[^\s<>()"',;@]+@[^\s<>()"',;@]+\.[a-z]{2,}/g;
const WORD = /[\p{L}\p{N}]{2,}/gu;
const ASCII_WORD = /[a-z0-9]{2,}/g;

const NON_ASCII = /[^\x00-\x7f]/;
const NON_ASCII_RUN = /[^\x00-\x7f]+/g;
const MARKS = /\p{M}+/gu;
const SPACE = /\s/;

/**
 * Runs this short are cached: in accented text the same few runs ("é", "ü", "ß") come back on
 * nearly every line, and normalizing them one call each was a third of the time words took
 * (cold-mirror bench, 93% of its messages hold accents). A run's folding never changes, so the
 * cache cannot change a result; its size is bounded so hostile text cannot grow it.
 */
const CACHED_RUN_LENGTH = 4;
const MAX_CACHED_RUNS = 4096;
const decomposedRuns = new Map<string, string>();

/** Decomposed, marks dropped; lower-casing comes after, over the whole slice. */
function decompose(run: string): string {
  const cached = decomposedRuns.get(run);
  if (cached !== undefined) return cached;
  const decomposed = run.normalize('NFKD').replace(MARKS, '');
  if (run.length <= CACHED_RUN_LENGTH && decomposedRuns.size < MAX_CACHED_RUNS) decomposedRuns.set(run, decomposed);
  return decomposed;
}

/**
 * The words of one slice, folded: NFKD, marks dropped, lower-cased. Most mail text is ASCII,
 * where folding is only lower-casing, so only the runs of other characters are decomposed:
 * NFKD maps each character on its own and reorders only between combining marks, which no
 * ASCII character is, so decomposing the runs alone gives what decomposing the slice gives.
 * A slice that folds to ASCII (accents gone) is split by the cheaper ASCII pattern, which
 * finds the same words there.
 */
function wordsOf(slice: string): { folded: string; words: string[] } {
  if (!NON_ASCII.test(slice)) {
    const folded = slice.toLowerCase();
    return { folded, words: folded.match(ASCII_WORD) ?? [] };
  }
  const folded = slice.replace(NON_ASCII_RUN, decompose).toLowerCase();
  return { folded, words: folded.match(NON_ASCII.test(folded) ? WORD : ASCII_WORD) ?? [] };
}

/**
 * The addresses in folded text. No address holds whitespace, so ADDRESS is matched only within
 * the whitespace-delimited runs that hold an '@': the same matches as over the whole text,
 * without trying the pattern at every position of every other word.
 */
function addressesIn(folded: string): string[] {
  const found: string[] = [];
  for (let at = folded.indexOf('@'); at !== -1; ) {
    let start = at;
    while (start > 0 && !SPACE.test(folded.charAt(start - 1))) start--;
    let end = at + 1;
    while (end < folded.length && !SPACE.test(folded.charAt(end))) end++;
    const matches = folded.slice(start, end).match(ADDRESS);
    if (matches !== null) found.push(...matches);
    at = folded.indexOf('@', end);
  }
  return found;
}

/** Where the slice from `start` should end: SLICE characters on, at the next whitespace. */
function sliceEnd(text: string, start: number): number {
  const end = start + SLICE;
  if (end >= text.length) return text.length;
  const match = /\s/.exec(text.slice(end, end + SLICE_OVERRUN));
  return match === null ? Math.min(text.length, end + SLICE_OVERRUN) : end + match.index;
}

function addAll(found: Iterable<string>, words: Set<string>, max: number): void {
  for (const w of found) {
    if (words.size >= max) return;
    words.add(w);
  }
}

/**
 * A message's words on their way to the store (CapturedMessage.words) and while they wait to be
 * indexed (wordQueue) travel as ONE string, joined by single spaces: hundreds of small strings
 * cost IPC's and IndexedDB's structured clone and the contract's checks far more than one
 * (test/bench cold mirror). No word holds whitespace (a word is a run of letters and digits, an
 * address has none), so the join is lossless.
 */
export function joinWords(words: readonly string[]): string {
  return words.join(' ');
}

export function splitWords(joined: string): string[] {
  return joined === '' ? [] : joined.split(' ');
}

/** The longest joined list searchWords' own output can make. */
export const MAX_JOINED_WORDS_LENGTH = MAX_WORDS * (MAX_WORD_LENGTH + 1);

/**
 * A joined list as joinWords makes it from searchWords' output: at most MAX_WORDS words, none
 * empty (no leading, trailing or double space), none longer than MAX_WORD_LENGTH.
 */
export function isJoinedWordList(joined: string): boolean {
  if (joined === '') return true;
  let words = 0;
  for (let start = 0; ; ) {
    const space = joined.indexOf(' ', start);
    const end = space === -1 ? joined.length : space;
    if (end === start || end - start > MAX_WORD_LENGTH || ++words > MAX_WORDS) return false;
    if (space === -1) return true;
    start = space + 1;
  }
}

export function searchWords(text: string, max = MAX_WORDS): string[] {
  const words = new Set<string>();
  for (let start = 0; start < text.length && words.size < max; ) {
    const end = sliceEnd(text, start);
    const { folded, words: found } = wordsOf(text.slice(start, end));
    addAll(addressesIn(folded), words, max);
    addAll(found, words, max);
    start = end;
  }
  return [...words];
}
