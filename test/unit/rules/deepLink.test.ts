/**
 * R6.2 a blindcopy:// link of any length or shape is read into something the app does, or
 * refused with a reason; main holds it within the IPC contract's limits. Nothing ever throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDeepLinkInbox, MAX_HELD_DEEP_LINKS } from '../../../main/services/deepLinkInbox';
import { ipcEvents } from '../../../shared/ipc/contract';
import { MAX_DEEP_LINK_LENGTH, readDeepLink } from '../../../shared/rules/deepLink';
import { confirmationLink } from '../../../shared/rules/send/confirmation';

const token = 'abcdefghjkmnpqrstvwxyz0123';

describe('R6.2 reading a deep link', () => {
  it.each([
    ['a confirmation link', confirmationLink(token), { kind: 'confirm-address', token }],
    ['upper case, spaces around', `  BLINDCOPY://Confirm-Address/?token=${token.toUpperCase()}  `, { kind: 'confirm-address', token }],
    ['a link of a megabyte', `blindcopy://confirm-address?token=${token}&pad=${'x'.repeat(1_000_000)}`, { kind: 'refused', reason: 'too-long' }],
    ['one character too long', `blindcopy://${'a'.repeat(MAX_DEEP_LINK_LENGTH - 11)}`, { kind: 'refused', reason: 'too-long' }],
    ['an empty string', '', { kind: 'refused', reason: 'not-a-link' }],
    ['another scheme', 'https://evil.example/confirm-address?token=' + token, { kind: 'refused', reason: 'not-a-link' }],
    ['a control character', `blindcopy://confirm-address?token=${token}\n`.replace('?', '\u0000?'), { kind: 'refused', reason: 'not-a-link' }],
    ['a line separator inside', `blindcopy://confirm-address\u2028?token=${token}`, { kind: 'refused', reason: 'not-a-link' }],
    ['an unknown action', 'blindcopy://delete-everything?now=1', { kind: 'refused', reason: 'unknown' }],
    ['only the scheme', 'blindcopy://', { kind: 'refused', reason: 'unknown' }],
    ['a short token', 'blindcopy://confirm-address?token=abc', { kind: 'refused', reason: 'bad-token' }],
    ['no query', 'blindcopy://confirm-address', { kind: 'refused', reason: 'bad-token' }],
    ['a broken escape', 'blindcopy://confirm-address?token=%E0%A4%A', { kind: 'refused', reason: 'bad-token' }],
    ['a lone surrogate', `blindcopy://confirm-address?token=\ud800${token}`, { kind: 'refused', reason: 'bad-token' }],
  ])('R6.2 %s', (_what, link, expected) => {
    expect(readDeepLink(link)).toEqual(expected);
  });

  it('R6.2 not a string at all is refused, not thrown', () => {
    for (const value of [undefined, null, 42, {}, ['blindcopy://'], Symbol('x')]) expect(readDeepLink(value)).toEqual({ kind: 'refused', reason: 'not-a-link' });
  });

  it('R6.2 any string never throws, and only a real confirmation link is accepted (property)', () => {
    const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 3000 }));
    const linkish = fc.tuple(fc.constantFrom('blindcopy://', 'BLINDCOPY://confirm-address', 'blindcopy://confirm-address?token=', ' blindcopy://confirm-address/?'), anyText).map(([a, b]) => a + b);
    fc.assert(
      fc.property(fc.oneof(anyText, linkish), (link) => {
        const read = readDeepLink(link);
        if (read.kind === 'confirm-address') {
          expect(link.length).toBeLessThanOrEqual(MAX_DEEP_LINK_LENGTH);
          expect(read.token).toMatch(/^[0-9a-hjkmnp-tv-z]{26,128}$/);
        } else if (link.length > MAX_DEEP_LINK_LENGTH) {
          expect(read.reason).toBe('too-long');
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('R6.2 main holds links within the contract', () => {
  it('R6.2 a link of any length is cut to one over the limit (still refused as too long), and only the newest are held', () => {
    const announced: string[] = [];
    const inbox = createDeepLinkInbox((url) => announced.push(url));
    inbox.receive(`blindcopy://confirm-address?token=${token}&${'x'.repeat(5_000_000)}`);
    for (let i = 0; i < 50; i++) inbox.receive(`blindcopy://confirm-address?token=${token}&n=${i}`);
    const taken = inbox.take();
    expect(taken).toHaveLength(MAX_HELD_DEEP_LINKS);
    expect(taken.at(-1)).toBe(`blindcopy://confirm-address?token=${token}&n=49`);
    expect(announced[0]).toHaveLength(MAX_DEEP_LINK_LENGTH + 1);
    expect(readDeepLink(announced[0])).toEqual({ kind: 'refused', reason: 'too-long' });
    for (const url of announced) expect(ipcEvents['app:deepLink'].safeParse({ url }).success).toBe(true);
    expect(inbox.take()).toEqual([]);
  });

  it('R6.2 any string received fits the event and the answer of app:takeDeepLinks (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 10_000 }), (url) => {
        const inbox = createDeepLinkInbox((held) => expect(ipcEvents['app:deepLink'].safeParse({ url: held }).success).toBe(true));
        inbox.receive(url);
        expect(inbox.take()[0]?.length).toBeLessThanOrEqual(MAX_DEEP_LINK_LENGTH + 1);
      }),
      { numRuns: 300 },
    );
  });
});
