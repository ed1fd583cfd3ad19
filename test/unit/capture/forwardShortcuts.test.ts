/**
 * R3.2, the forward parser made cheap without changing what it finds (forwardNeedles.ts): the
 * needles are read from the library's own patterns, a text with no possible header block never
 * reaches the parser, and the narrowed parser answers exactly as the library does on the
 * corpora (../shared/corpora: forwarded bodies in ~25 languages, real-world MIME) under the
 * subjects that decide whether it reads a body at all.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import EmailForwardParser from 'email-forward-parser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NeedleProbe, needleOf, readForwardPatterns, requiredRuns } from '../../../main/capture/understand/forwardNeedles';
import { forwardShortcutsActive, parseInlineForward, readForward, tameWhitespace } from '../../../main/capture/understand/inlineForward';
import { parseMime } from '../../../main/capture/understand/parseMime';

const CORPORA = fileURLToPath(new URL('../../../../shared/corpora/', import.meta.url));
const FORWARDS = join(CORPORA, 'forwarded-bodies');
const MIME = join(CORPORA, 'real-world-mime');

/** As parseInlineForward gives it to the parser. */
const head = (text: string): string => tameWhitespace(text).slice(0, 64 * 1024);

/** Subjects that make the parser read the body (empty, forward prefixes) and some that do not. */
const SUBJECTS = ['', 'Fwd: Integer consequat non purus', 'WG: Angebot', 'TR: Offre', 'VS: Tilbud', 'Re: Offer', 'Offer for 40 licences'];

async function corpusTexts(): Promise<Array<{ name: string; text: string }>> {
  const texts = readdirSync(FORWARDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(FORWARDS, f), 'utf8') }));
  const mimeFiles = (readdirSync(MIME, { recursive: true }) as string[]).filter((f) => f !== 'LICENSE' && statSync(join(MIME, f)).isFile()).sort();
  for (const f of mimeFiles) {
    const mail = await parseMime(readFileSync(join(MIME, f))).catch(() => undefined);
    if (typeof mail?.text === 'string') texts.push({ name: f, text: mail.text });
  }
  return texts;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('R3.2 forward parser shortcuts', () => {
  it('R3.2 reads the needles from the installed library: every separator has one', () => {
    expect(forwardShortcutsActive).toBe(true);
    const patterns = readForwardPatterns(new EmailForwardParser());
    expect(patterns).toBeDefined();
    const separators = patterns?.lists.get('separator_line');
    expect(separators?.patterns.length).toBeGreaterThan(50);
    expect(separators?.needles.every((n) => n !== undefined && n.text.length >= 4)).toBe(true);
    const needles = separators?.needles.map((n) => n?.text) ?? [];
    expect(needles).toContain('Forwarded message');
    expect(needles).toContain('Begin forwarded message');
    expect(needles).toContain('_'.repeat(32));
    expect(needles).toContain('---------- Original Message ----------');
  });

  it('R3.2 a needle is literal text every match must contain', () => {
    expect(requiredRuns(String.raw`^\s*-{8,10}\s*Forwarded message\s*-{8,10}\s*`)).toEqual(['--------', 'Forwarded message', '--------']);
    expect(requiredRuns(String.raw`^\s?Dne\s?.+\,\s?.+\s*[\[|<].+[\]|>]\s?napsal\(a\)\s?:`)).toEqual(['Dne', ',', 'napsal(a)', ':']);
    expect(requiredRuns('^\\s*_{32}\\s*$')).toEqual(['_'.repeat(32)]);
    expect(requiredRuns('ab?c')).toEqual(['a', 'c']);
    expect(requiredRuns('x(?:abc)?y')).toEqual(['x', 'y']);
    expect(requiredRuns('(?<name>abc)+d')).toEqual(['abc', 'd']);
    // What it cannot vouch for: always run.
    expect(requiredRuns('a|b')).toBeUndefined();
    expect(requiredRuns('(?=abc)')).toBeUndefined();
    expect(requiredRuns(String.raw`(a)\1`)).toBeUndefined();
    expect(needleOf(/Subject\s?:(.+)/i)).toEqual({ text: 'SUBJECT', fold: true });
    expect(needleOf(/a|b/)).toBeUndefined();
    expect(needleOf(/abc/u)).toBeUndefined();
  });

  it('R3.2 a case-insensitive needle is found in any case, and after the cleaning the parser does', () => {
    const subject = needleOf(/^\*?Subject\s?:\*?(.+)/im);
    expect(subject).toBeDefined();
    if (subject === undefined) return;
    expect(new NeedleProbe('SUBJECT: x').has(subject)).toBe(true);
    expect(new NeedleProbe('subject: x').has(subject)).toBe(true);
    expect(new NeedleProbe('Sub\uFEFFject: x').has(subject)).toBe(true);
    expect(new NeedleProbe('Betreff: x').has(subject)).toBe(false);
    const begin = needleOf(/^>?\s*Begin forwarded message\s?:/m);
    if (begin === undefined) throw new Error('no needle');
    expect(new NeedleProbe('Begin\u00A0forwarded message:').has(begin)).toBe(true);
    expect(new NeedleProbe('begin forwarded message:').has(begin)).toBe(false); // the pattern is case-sensitive too
  });

  it('R3.2 a text without any header-block marker never reaches the parser', () => {
    const read = vi.spyOn(EmailForwardParser.prototype, 'read');
    const plain = 'Hello Jane,\n\nthe offer stands at 12,400 EUR: see the attached terms.\n\nBest regards\nSam';
    expect(parseInlineForward(plain, '')).toBeUndefined();
    expect(parseInlineForward(plain, 'Fwd: Offer')).toBeUndefined();
    expect(read).not.toHaveBeenCalled();
    // With a separator it does, and finds the author.
    const forward = `FYI\n\n---------- Forwarded message ---------\nFrom: Jane Roe <jane@customer.example>\nDate: Wed, 15 May 2024 at 10:00\nSubject: Offer\nTo: Sam <sam@seller.example>\n\n${plain}`;
    expect(parseInlineForward(forward, 'Fwd: Offer')?.from).toEqual({ address: 'jane@customer.example', name: 'Jane Roe' });
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('R3.2 answers exactly as the library does on every corpus text, and skips only texts where it finds nothing', async () => {
    const texts = await corpusTexts();
    expect(texts.length).toBeGreaterThan(250);
    const library = new EmailForwardParser();
    let skipped = 0;
    let forwards = 0;
    for (const { name, text } of texts) {
      for (const subject of SUBJECTS) {
        const body = head(text);
        const expected = library.read(body, subject);
        const actual = readForward(body, subject);
        if (actual === undefined) {
          skipped += 1;
          expect(expected.email.from, `${name} / ${subject}`).toEqual({ address: undefined, name: undefined });
        } else {
          expect(actual, `${name} / ${subject}`).toEqual(expected);
        }
        if (expected.email.from.address !== undefined) forwards += 1;
      }
    }
    // Both kinds occur, so the comparison means something.
    expect(skipped).toBeGreaterThan(500);
    expect(forwards).toBeGreaterThan(300);
  });

  it('R3.2 leaves the parser as it found it', () => {
    const patterns = readForwardPatterns(new EmailForwardParser());
    const parser = new EmailForwardParser();
    const own = readForwardPatterns(parser);
    expect(own).toBeDefined();
    const before = (parser as unknown as { parser: { regexes: Record<string, unknown> } }).parser.regexes.separator_line;
    own?.narrowed(new NeedleProbe('nothing here'), () => {
      const during = (parser as unknown as { parser: { regexes: Record<string, unknown> } }).parser.regexes.separator_line as unknown[];
      expect(during).toHaveLength(1);
    });
    expect((parser as unknown as { parser: { regexes: Record<string, unknown> } }).parser.regexes.separator_line).toBe(before);
    expect(patterns?.lists.size).toBe(own?.lists.size);
  });
});
