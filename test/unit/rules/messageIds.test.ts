/** Message-IDs compared exactly after removing brackets and surrounding whitespace (R3.6, R9.1). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeMessageId } from '../../../shared/rules/messageIds';

/** The normalization spelled out in full, without the shortcut for ids already normalized. */
const fully = (id: string) => id.trim().replace(/^<+/, '').replace(/>+$/, '').trim();

const CASES: Array<[string, string]> = [
  ['a@b', 'a@b'],
  ['<a@b>', 'a@b'],
  ['  <a@b>  ', 'a@b'],
  ['<<a@b>>', 'a@b'],
  ['< a@b >', 'a@b'],
  ['a@b>', 'a@b'],
  ['<a@b', 'a@b'],
  ['\ta@b\n', 'a@b'],
  ['', ''],
  ['<>', ''],
  ['A@B', 'A@B'],
];

describe('normalizeMessageId', () => {
  for (const [input, want] of CASES) it(`R3.6 ${JSON.stringify(input)} → ${JSON.stringify(want)}`, () => expect(normalizeMessageId(input)).toBe(want));

  it('R3.6 the shortcut for normalized ids answers what the full normalization does', () => {
    const piece = fc.constantFrom('<', '>', ' ', '\t', '\n', '\u00a0', '\ufeff', 'a', '@', 'x.y', '');
    const id = fc.tuple(fc.array(piece, { maxLength: 4 }), fc.string(), fc.array(piece, { maxLength: 4 })).map(([a, b, c]) => [...a, b, ...c].join(''));
    fc.assert(fc.property(fc.oneof(id, fc.string()), (s) => {
      expect(normalizeMessageId(s)).toBe(fully(s));
    }), { numRuns: 2000 });
  });
});
