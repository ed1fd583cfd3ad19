/**
 * scripts/latin1Source.mjs: the capture worker's bundle is written with every character beyond
 * Latin-1 as a \u escape, so V8 keeps its source one byte per character (issue 21, main's
 * memory). The escaped code must mean what the original meant: strings, regular expressions
 * (with and without the u flag, in classes, after a backslash), template values, identifiers.
 */
import fc from 'fast-check';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs build script without types; its export is typed below
import { escapeBeyondLatin1 as untypedEscape } from '../../../scripts/latin1Source.mjs';

const escapeBeyondLatin1 = untypedEscape as (source: string) => string;
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;

/** what an expression evaluates to, as comparable text */
function evaluated(source: string): string {
  const value: unknown = runInNewContext(`(${source})`);
  return value instanceof RegExp ? `${value.flags}:${JSON.stringify(['Začátek', 'č', '\\č', 'α', 'ω', '😀', 'é'].map((s) => value.test(s)))}` : JSON.stringify(value);
}

describe('sources escaped to Latin-1', () => {
  it.each([
    ['a string', '"Začátek přeposílané zprávy"'],
    ['an escaped character in a string', '"a\\čb"'],
    ['a regular expression', '/^Začátek/m'],
    ['a class with a range', '/[α-ω]/'],
    ['a character beyond U+FFFF with the u flag', '/^😀$/u'],
    ['a class of it with the u flag', '/^[😀]$/u'],
    ['a literal backslash before a character', '/\\\\č/'],
    ['a template value', '`x€ ${1 + 1} č`'],
    ['an identifier', '(() => { const čas = 2; return čas; })()'],
    ['Latin-1 left as it is', '"é"'],
  ])('%s means the same', (_name, source) => {
    const escaped = escapeBeyondLatin1(source);
    expect(escaped).not.toMatch(BEYOND_LATIN1);
    expect(evaluated(escaped)).toBe(evaluated(source));
  });

  it('keeps any string literal the same string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const source = JSON.stringify(text);
        const escaped = escapeBeyondLatin1(source);
        expect(escaped).not.toMatch(BEYOND_LATIN1);
        expect(runInNewContext(escaped)).toBe(text);
      }),
    );
  });
});
