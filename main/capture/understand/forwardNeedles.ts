/**
 * R3.2, making `email-forward-parser` cheap without changing what it finds.
 *
 * The parser (without the optional RE2 engine) runs every regular expression of a list over the
 * whole text and keeps the match nearest the top: ~80 separator patterns to find a forwarded
 * header block, then ~20 per header line (Subject, From, To, Cc, Date, in each language) over the
 * block and the body under it. Each scan costs about the length of the text, so a forward costs
 * hundreds of scans.
 *
 * Most of those patterns cannot match a given text at all: each one needs some literal text
 * ("Forwarded message", "Betreff", "skrev") that the text does not hold. So, read from the
 * library's own patterns (its parser instance's `regexes`, not a copy of them):
 *  1. every pattern gets its NEEDLE, the longest run of literal characters that every match of
 *     it must contain (see `requiredRuns`; a pattern this reader cannot vouch for gets none and is
 *     always kept);
 *  2. per text, each list is narrowed to the patterns whose needle occurs in it. The library
 *     ignores a pattern that does not match (in every mode it uses: match, split, replace), so
 *     the narrowed lists give the same answer; a list is never narrowed to nothing, since in
 *     "replace" mode an empty list answers "" where a list of misses answers the text unchanged;
 *  3. a text in which no separator can match (and no "From:" line when the subject says
 *     forward, the parser's second method) is not given to the parser at all.
 * Case: a pattern with the `i` flag (without `u`) matches a character when both have the same
 * toUpperCase(); so such needles are compared upper-cased, which finds every match it can and
 * perhaps a few more. The text is searched as the parser cleans it (BOM removed, no-break spaces
 * as spaces), since its later steps only remove characters at line starts and ends.
 * If the library's internals ever change shape, nothing is narrowed (correct, only slower); a
 * unit test fails in that case, so it does not go unnoticed.
 */

/** A pattern's needle: literal text every match contains; `fold` = compare upper-cased. */
export interface Needle {
  text: string;
  fold: boolean;
}

interface Quantifier {
  min: number;
  /** `{n}`: exactly min */
  exact: boolean;
  /** index after the quantifier (and its lazy `?`) */
  end: number;
}

function quantifierAt(source: string, at: number): Quantifier | undefined {
  const c = source[at];
  let q: Quantifier | undefined;
  if (c === '?' || c === '*') q = { min: 0, exact: false, end: at + 1 };
  else if (c === '+') q = { min: 1, exact: false, end: at + 1 };
  else if (c === '{') {
    const m = /^\{(\d+)(,\d*)?\}/u.exec(source.slice(at));
    if (m !== null) q = { min: Number(m[1]), exact: m[2] === undefined, end: at + m[0].length };
  }
  if (q !== undefined && source[q.end] === '?') q.end += 1; // lazy
  return q;
}

/** Escapes that stand for a class, an assertion or a code point, never for their own letter. */
const SPECIAL_ESCAPES = new Set(['d', 'D', 'w', 'W', 's', 'S', 'b', 'B', 'n', 'r', 't', 'f', 'v', '0']);

/**
 * The runs of literal text that every match of a pattern (source without `u`/`v` flags) must
 * contain, in order; undefined when the pattern uses something this reader does not follow
 * (alternation, lookaround, backreferences, code escapes), which then counts as "may match
 * anything". Conservative: a character under `?`, `*` or `{0,…}` and everything in a group so
 * quantified is left out; a run ends at any non-literal atom.
 */
export function requiredRuns(source: string): string[] | undefined {
  const runs: string[] = [];
  const groupStarts: number[] = [];
  let run = '';
  const flush = (): void => {
    if (run !== '') runs.push(run);
    run = '';
  };
  let i = 0;
  while (i < source.length) {
    const c = source[i] ?? '';
    let literal: string | undefined;
    let next: number;
    if (c === '\\') {
      const e = source[i + 1];
      if (e === undefined) return undefined;
      if (SPECIAL_ESCAPES.has(e)) literal = undefined;
      else if (/[A-Za-z0-9]/u.test(e)) return undefined; // \1, \k<…>, \x…, \u…, \c…, \p…
      else literal = e;
      next = i + 2;
    } else if (c === '[') {
      let j = i + 1;
      if (source[j] === '^') j += 1;
      if (source[j] === ']') j += 1;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      if (j >= source.length) return undefined;
      literal = undefined;
      next = j + 1;
    } else if (c === '(') {
      let open = i + 1;
      if (source.startsWith('?:', open)) open += 2;
      else if (source.startsWith('?<', open) && source[open + 2] !== '=' && source[open + 2] !== '!') {
        const close = source.indexOf('>', open);
        if (close < 0) return undefined;
        open = close + 1;
      } else if (source[open] === '?') return undefined; // lookaround
      flush();
      groupStarts.push(runs.length);
      i = open;
      continue;
    } else if (c === ')') {
      flush();
      const start = groupStarts.pop();
      if (start === undefined) return undefined;
      const q = quantifierAt(source, i + 1);
      // An optional group may be skipped: nothing inside it is required.
      if (q !== undefined && q.min === 0) runs.length = start;
      i = q?.end ?? i + 1;
      continue;
    } else if (c === '|') {
      return undefined;
    } else if (c === '.' || c === '^' || c === '$') {
      literal = undefined;
      next = i + 1;
    } else if (c === '?' || c === '*' || c === '+' || (c === '{' && quantifierAt(source, i) !== undefined)) {
      return undefined; // a quantifier where an atom belongs: not a pattern this reader knows
    } else {
      literal = c;
      next = i + 1;
    }
    const q = quantifierAt(source, next);
    if (literal === undefined) {
      flush();
      i = q?.end ?? next;
      continue;
    }
    if (q === undefined) {
      run += literal;
      i = next;
      continue;
    }
    if (q.min === 0) flush();
    else {
      run += literal.repeat(q.min);
      if (!q.exact) flush();
    }
    i = q.end;
  }
  flush();
  return groupStarts.length === 0 ? runs : undefined;
}

/** The needle of one pattern, or undefined when it must always be run. */
export function needleOf(pattern: RegExp): Needle | undefined {
  if (pattern.flags.includes('u') || pattern.flags.includes('v')) return undefined;
  const runs = requiredRuns(pattern.source);
  if (runs === undefined) return undefined;
  const longest = runs.reduce((best, r) => (r.length > best.length ? r : best), '');
  if (longest === '') return undefined;
  const fold = pattern.flags.includes('i');
  return { text: fold ? longest.toUpperCase() : longest, fold };
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');

/**
 * Finds which of many needles occur in a text in one scan: at every position the longest needle
 * that starts there (a lookahead, so overlapping needles are all seen), then every needle
 * inside that one, which occurs there too.
 */
class NeedleIndex {
  private readonly scan: RegExp;
  private readonly within = new Map<string, string[]>();

  constructor(needles: ReadonlySet<string>) {
    const longestFirst = [...needles].sort((a, b) => b.length - a.length);
    this.scan = new RegExp(`(?=(${longestFirst.map(escapeRegExp).join('|')}))`, 'g');
    for (const outer of longestFirst) this.within.set(outer, longestFirst.filter((inner) => outer.includes(inner)));
  }

  knows(needle: string): boolean {
    return this.within.has(needle);
  }

  find(text: string): Set<string> {
    const found = new Set<string>();
    for (const match of text.matchAll(this.scan)) {
      const at = match[1];
      if (at === undefined || found.has(at)) continue;
      for (const inner of this.within.get(at) ?? []) found.add(inner);
    }
    return found;
  }
}

/** The needles of both kinds, indexed; built once per parser. */
interface NeedleIndexes {
  exact: NeedleIndex;
  folded: NeedleIndex;
}

/** A text as the parser will see it, with the needle lookups it needs (each at most once). */
export class NeedleProbe {
  private readonly text: string;
  private upper: string | undefined;
  private readonly seen = new Map<string, boolean>();
  private readonly indexes: NeedleIndexes | undefined;
  private exactFound: Set<string> | undefined;
  private foldedFound: Set<string> | undefined;

  /** Without `indexes` each needle is looked up on its own. */
  constructor(text: string, indexes?: NeedleIndexes) {
    this.text = text.replaceAll('\uFEFF', '').replaceAll('\u00A0', ' ');
    this.indexes = indexes;
  }

  has(needle: Needle): boolean {
    const index = needle.fold ? this.indexes?.folded : this.indexes?.exact;
    if (index?.knows(needle.text) === true) {
      if (needle.fold) {
        this.foldedFound ??= index.find(this.upperText());
        return this.foldedFound.has(needle.text);
      }
      this.exactFound ??= index.find(this.text);
      return this.exactFound.has(needle.text);
    }
    const key = `${needle.fold ? 'i' : 's'}${needle.text}`;
    let found = this.seen.get(key);
    if (found === undefined) {
      found = (needle.fold ? this.upperText() : this.text).includes(needle.text);
      this.seen.set(key, found);
    }
    return found;
  }

  private upperText(): string {
    this.upper ??= this.text.toUpperCase();
    return this.upper;
  }
}

/** One list of the parser's patterns, with their needles. */
interface PatternList {
  key: string;
  patterns: RegExp[];
  needles: Array<Needle | undefined>;
}

/**
 * The lists that run over the body text. `subject` (over the subject line) and `mailbox` /
 * `mailbox_address` (over one header value) are short work and left alone.
 */
const LIST_KEYS = [
  'separator',
  'separator_line',
  'separator_with_information',
  'original_subject',
  'original_subject_line',
  'original_subject_lax',
  'original_subject_lax_line',
  'original_from',
  'original_from_lax',
  'original_to',
  'original_to_line',
  'original_to_lax',
  'original_reply_to',
  'original_reply_to_line',
  'original_cc',
  'original_cc_line',
  'original_cc_lax',
  'original_date',
  'original_date_line',
  'original_date_lax',
] as const;

type ListKey = (typeof LIST_KEYS)[number];

/** The parts of the library's parser this reads and narrows. */
interface ParserInternals {
  regexes: Record<string, unknown>;
  parseSubject(subject: string): unknown;
}

export interface ForwardPatterns {
  /** a probe of `text` that looks up all needles of a kind in one scan */
  probe(text: string): NeedleProbe;
  /** false when a text surely holds no forward the parser could find (it need not run) */
  mayHoldForward(probe: NeedleProbe, subject: string): boolean;
  /** runs `work` with the parser's lists narrowed to what can match the probe's text */
  narrowed<T>(probe: NeedleProbe, work: () => T): T;
  /** for tests: the lists and their needles */
  readonly lists: ReadonlyMap<ListKey, PatternList>;
}

function internalsOf(instance: unknown): ParserInternals | undefined {
  const inner = (instance as { parser?: unknown } | null)?.parser as Partial<ParserInternals> | undefined;
  if (typeof inner !== 'object' || inner === null || typeof inner.regexes !== 'object' || inner.regexes === null || typeof inner.parseSubject !== 'function') return undefined;
  return inner as ParserInternals;
}

/**
 * Reads the patterns out of an `EmailForwardParser` instance; undefined when its internals do
 * not have the shape this relies on (then the parser is simply run as it is).
 */
export function readForwardPatterns(instance: unknown): ForwardPatterns | undefined {
  const inner = internalsOf(instance);
  if (inner === undefined) return undefined;
  const lists = new Map<ListKey, PatternList>();
  for (const key of LIST_KEYS) {
    const patterns = inner.regexes[key];
    if (!Array.isArray(patterns) || patterns.length === 0 || !patterns.every((p) => p instanceof RegExp)) return undefined;
    const list = patterns as RegExp[];
    lists.set(key, { key, patterns: list, needles: list.map(needleOf) });
  }
  const separators = lists.get('separator_line');
  const fromLines = lists.get('original_from');
  if (separators === undefined || fromLines === undefined) return undefined;

  const anyMayMatch = (list: PatternList, probe: NeedleProbe): boolean => list.needles.some((n) => n === undefined || probe.has(n));
  const exact = new Set<string>();
  const folded = new Set<string>();
  for (const list of lists.values()) for (const needle of list.needles) if (needle !== undefined) (needle.fold ? folded : exact).add(needle.text);
  const indexes: NeedleIndexes = { exact: new NeedleIndex(exact), folded: new NeedleIndex(folded) };

  return {
    lists,
    probe: (text) => new NeedleProbe(text, indexes),
    mayHoldForward(probe, subject) {
      // With a subject, the parser reads the body only when the subject says forward.
      const forwardSubject = subject !== '' && inner.parseSubject(subject) !== null;
      if (subject !== '' && !forwardSubject) return false;
      // Its first method splits at a separator line; the second, tried only when the subject
      // says forward, at a "From:" line.
      return anyMayMatch(separators, probe) || (forwardSubject && anyMayMatch(fromLines, probe));
    },
    narrowed(probe, work) {
      const saved = new Map<ListKey, unknown>();
      for (const [key, list] of lists) {
        const kept = list.patterns.filter((_, index) => {
          const needle = list.needles[index];
          return needle === undefined || probe.has(needle);
        });
        saved.set(key, inner.regexes[key]);
        // Never empty: see the note on "replace" mode above. A pattern left out did not
        // match, so keeping it answers like every other miss.
        inner.regexes[key] = kept.length > 0 ? kept : list.patterns.slice(0, 1);
      }
      try {
        return work();
      } finally {
        for (const [key, value] of saved) inner.regexes[key] = value;
      }
    },
  };
}
