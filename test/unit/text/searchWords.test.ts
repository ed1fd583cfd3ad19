/**
 * searchWords folds only the non-ASCII runs of a slice (caching short ones), matches addresses
 * only in the words that hold an '@', and finds words by a scan with a table of those seen instead
 * of a pattern's list of matches. All are pure speed-ups (see searchWords.ts for why they change nothing):
 * proven here against the whole-slice definition, kept below as it was, over real mail in many
 * languages and scripts and over random text built from the characters where folding is tricky.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { searchWords } from '../../../shared/text/searchWords';
import { seededBytes } from '../../support/seeded';

/** The definition: every slice folded whole (NFKD, marks dropped, lower-cased), ADDRESS over the whole slice. */
function referenceSearchWords(text: string, max = 400): string[] {
  const SLICE = 4096;
  const SLICE_OVERRUN = 256;
  const ADDRESS = /[^\s<>()"',;@]+@[^\s<>()"',;@]+\.[a-z]{2,}/g;
  const fold = (t: string) => t.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  const words = new Set<string>();
  const addAll = (found: Iterable<string>) => {
    for (const w of found) {
      if (words.size >= max) return;
      words.add(w);
    }
  };
  for (let start = 0; start < text.length && words.size < max; ) {
    let end = start + SLICE;
    if (end >= text.length) end = text.length;
    else {
      const match = /\s/.exec(text.slice(end, end + SLICE_OVERRUN));
      end = match === null ? Math.min(text.length, end + SLICE_OVERRUN) : end + match.index;
    }
    const folded = fold(text.slice(start, end));
    if (folded.includes('@')) addAll(folded.match(ADDRESS) ?? []);
    addAll(folded.match(/[\p{L}\p{N}]{2,}/gu) ?? []);
    start = end;
  }
  return [...words];
}

const CORPORA = fileURLToPath(new URL('../../../../shared/corpora/', import.meta.url));

function corpusTexts(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const dir of ['forwarded-bodies', 'real-world-mime']) {
    for (const name of readdirSync(join(CORPORA, dir), { recursive: true, encoding: 'utf8' })) {
      if (!/\.(txt|eml)$/.test(name)) continue;
      // latin1 keeps every byte of the broken ones as a character; utf8 gives the real scripts
      const bytes = readFileSync(join(CORPORA, dir, name));
      out.push([`${dir}/${name} (utf8)`, bytes.toString('utf8')], [`${dir}/${name} (latin1)`, bytes.toString('latin1')]);
    }
  }
  return out;
}

/** pieces where folding is tricky: marks, ligatures, compatibility forms, final sigma, dotted I, spaces of every kind, addresses */
const PIECES = [
  'a', 'Offer', 'ÉTÉ', 'e\u0301', '\u0301', 'a\u0308\u0323', 'ﬁ', 'Ⅻ', '１２', '™', '½', '㎏', '\u3316', '\uFDFA', 'ß', 'İ', 'ΟΔΟΣ', 'Σ', "'s",
  'Ǆ', 'ﬀ', '😀', '\uD83D', 'é@x.com', 'jane@customer.example', 'Bob@Exämple.COM', '<x@y.fr>', '@', '.', 'a@b', 'c.de', ',',
  ' ', '  ', '\n', '\t', '\u00a0', '\u2028', '\u3000', '\u2009', '\ufeff', 'x'.repeat(300), 'Straße', 'München', 'Ærø', 'żółć', 'Ελλάδα', '東京', 'ﾃｽﾄ',
];

function randomText(bytes: (n: number) => Uint8Array, pieces: number): string {
  return [...bytes(pieces)].map((b) => PIECES[b % PIECES.length]).join('');
}

describe('searchWords: the same words as folding and matching whole slices', () => {
  it('on every text of the shared corpora, read as UTF-8 and as Latin-1', () => {
    const texts = corpusTexts();
    expect(texts.length).toBeGreaterThan(100);
    for (const [name, text] of texts) expect(searchWords(text), name).toEqual(referenceSearchWords(text));
  });

  it('on 150 random texts of tricky characters, short and past several slices', () => {
    const bytes = seededBytes(11);
    for (let i = 0; i < 150; i++) {
      const text = randomText(bytes, 1 + ((i * 97) % 6000));
      expect(searchWords(text), `text ${i}`).toEqual(referenceSearchWords(text));
    }
  });

  it('with a smaller cap, the same first words', () => {
    const bytes = seededBytes(12);
    for (let i = 0; i < 50; i++) {
      const text = randomText(bytes, 2000);
      expect(searchWords(text, 7)).toEqual(referenceSearchWords(text, 7));
    }
  });
});
