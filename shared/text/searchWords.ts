/**
 * Words for the search index: lower-case, accents folded, split on anything that is not a letter
 * or digit; e-mail addresses also indexed whole and by local part and domain. Short words add
 * nothing but index size.
 *
 * Cost matters: every captured message goes through here (a 50 KB body is common). The text is
 * folded slice by slice and stops once MAX_WORDS distinct words are found, so a long body costs
 * no more than its first few kilobytes of new words; only runs of non-ASCII characters are
 * decomposed, and the address pattern runs only on the words that hold an '@'.
 * Words are runs of two or more letters or digits. They are found by a scan of the folded slice,
 * not a regular expression's list of matches: a message repeats most of its words many times,
 * and the list made a string of every occurrence (a third of what understanding a message
 * allocated, cold-mirror bench); the scan makes a string only of a word not seen before.
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
/** one letter or digit, the class a word is made of (tested per character, and cached) */
const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;

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
 * One slice folded: NFKD, marks dropped, lower-cased. Most mail text is ASCII, where folding is
 * only lower-casing, so only the runs of other characters are decomposed: NFKD maps each
 * character on its own and reorders only between combining marks, which no ASCII character is,
 * so decomposing the runs alone gives what decomposing the slice gives.
 */
function fold(slice: string): string {
  if (!NON_ASCII.test(slice)) return slice.toLowerCase();
  return slice.replace(NON_ASCII_RUN, decompose).toLowerCase();
}

/** Whether each UTF-16 unit of the Basic Multilingual Plane is a letter or digit: 0 not yet known, 1 yes, 2 no. */
const bmpWordCharacters = new Uint8Array(0x10000);
for (let code = 0; code < 0x80; code++) bmpWordCharacters[code] = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) ? 1 : 2;

function isWordCodePoint(codePoint: number): boolean {
  if (codePoint > 0xffff) return WORD_CHARACTER.test(String.fromCodePoint(codePoint));
  let known = bmpWordCharacters[codePoint];
  if (known === 0) {
    // a lone surrogate is no letter (the unicode-mode pattern reads it as a code point of its own)
    known = codePoint >= 0xd800 && codePoint <= 0xdfff ? 2 : WORD_CHARACTER.test(String.fromCharCode(codePoint)) ? 1 : 2;
    bmpWordCharacters[codePoint] = known;
  }
  return known === 1;
}

/** 32-bit FNV-1a step over one UTF-16 unit */
function hashStep(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, 0x01000193);
}
const HASH_START = 0x811c9dc5 | 0;

/**
 * Distinct words in the order first seen, at most `max`: an open-addressing table of their
 * hashes, so a word found again at a position is recognized without a string made of it.
 */
class WordSet {
  readonly list: string[] = [];
  private readonly hashes: number[] = [];
  /** index + 1 into `list`, 0 for an empty slot; at least twice as many slots as words */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(private readonly max: number) {
    let size = 64;
    while (size < 2 * max + 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
  }

  get full(): boolean {
    return this.list.length >= this.max;
  }

  /** adds `text`'s units [start, end) whose hash is `hash`, unless it is there already or the set is full */
  addRange(text: string, start: number, end: number, hash: number): void {
    if (this.full) return;
    const length = end - start;
    let slot = hash & this.mask;
    for (let entry = this.slots[slot] ?? 0; entry !== 0; entry = this.slots[slot] ?? 0) {
      const word = this.list[entry - 1] ?? '';
      if (this.hashes[entry - 1] === hash && word.length === length && sameUnits(word, text, start)) return;
      slot = (slot + 1) & this.mask;
    }
    this.list.push(text.slice(start, end));
    this.hashes.push(hash);
    this.slots[slot] = this.list.length;
  }

  add(word: string): void {
    let hash = HASH_START;
    for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
    this.addRange(word, 0, word.length, hash);
  }
}

function sameUnits(word: string, text: string, start: number): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

/**
 * The words of a folded slice into `words`: each maximal run of letters and digits two or more
 * code points long, as /[\p{L}\p{N}]{2,}/gu finds them (a surrogate pair is one code point).
 * ASCII units, nearly all of any slice, take the first branch: a table look-up.
 */
function addWordsOf(folded: string, words: WordSet): void {
  const length = folded.length;
  let start = -1;
  let codePoints = 0;
  let hash = HASH_START;
  for (let i = 0; i < length; ) {
    const unit = folded.charCodeAt(i);
    let width = 1;
    let isWord: boolean;
    if (unit < 0x80) isWord = bmpWordCharacters[unit] === 1;
    else {
      let codePoint = unit;
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < length) {
        const low = folded.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          codePoint = (unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
          width = 2;
        }
      }
      isWord = isWordCodePoint(codePoint);
    }
    if (isWord) {
      if (start < 0) {
        start = i;
        codePoints = 0;
        hash = HASH_START;
      }
      codePoints += 1;
      hash = hashStep(hash, unit);
      if (width === 2) hash = hashStep(hash, folded.charCodeAt(i + 1));
    } else if (start >= 0) {
      if (codePoints >= 2) {
        words.addRange(folded, start, i, hash);
        if (words.full) return;
      }
      start = -1;
    }
    i += width;
  }
  if (start >= 0 && codePoints >= 2) words.addRange(folded, start, length, hash);
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
  const words = new WordSet(max);
  for (let start = 0; start < text.length && !words.full; ) {
    const end = sliceEnd(text, start);
    const folded = fold(text.slice(start, end));
    for (const address of addressesIn(folded)) words.add(address);
    addWordsOf(folded, words);
    start = end;
  }
  return words.list;
}
