/** A thread's snippet: the first 200 characters of the text with whitespace collapsed, however long the text. */
import { describe, expect, it } from 'vitest';
import { SNIPPET_LENGTH, snippetOf } from '../../../renderer/src/store/threads/threadRows';
import { seededBytes } from '../../support/seeded';

/** the definition: collapse the whole text, then cut */
const whole = (text: string): string => text.replace(/\s+/gu, ' ').trim().slice(0, SNIPPET_LENGTH);

const PIECES = ['a', 'word', ' ', '  ', '\n', '\r\n', '\t', '\u00a0', '\u2028', 'é', '😀', '\u3000'];

function randomText(bytes: (n: number) => Uint8Array, length: number): string {
  return [...bytes(length)].map((b) => PIECES[b % PIECES.length]).join('');
}

describe('snippetOf', () => {
  const cases: Array<[string, string]> = [
    ['empty', ''],
    ['only whitespace', ' \n\t '.repeat(500)],
    ['short', '  Hello,\n\n  world  '],
    ['a long body', 'Dear customer, '.repeat(4000)],
    ['whitespace up to the first window, then text', `${' '.repeat(SNIPPET_LENGTH * 4 - 1)}${'x'.repeat(300)}`],
    ['text ending in a whitespace run at the window', `${'y'.repeat(SNIPPET_LENGTH * 4 - 3)}   \n${'z'.repeat(10)}`],
    ['exactly SNIPPET_LENGTH characters, then whitespace', `${'q'.repeat(SNIPPET_LENGTH)}${' '.repeat(5000)}`],
    ['SNIPPET_LENGTH + 1 characters with a space at the cut', `${'q'.repeat(SNIPPET_LENGTH - 1)} r${' '.repeat(5000)}`],
  ];
  it.each(cases)('equals collapsing the whole text: %s', (_name, text) => {
    expect(snippetOf(text)).toBe(whole(text));
  });

  it('equals collapsing the whole text on 500 random texts of whitespace, words and astral characters', () => {
    const bytes = seededBytes(7);
    for (let i = 0; i < 500; i++) {
      const text = randomText(bytes, 1 + (i * 37) % 3000);
      expect(snippetOf(text)).toBe(whole(text));
    }
  });
});
