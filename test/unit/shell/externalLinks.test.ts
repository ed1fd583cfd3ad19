/** R10.2 links from mail open outside the app; a mailto: link loses every field but a message's own. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { externalLinkToOpen } from '../../../main/shell/externalLinks';

describe('R10.2 mailto: links open without attach-like fields', () => {
  it.each([
    ['mailto:a@example.com?attach=/etc/passwd', 'mailto:a@example.com'],
    ['mailto:a@example.com?subject=Hi&attachment=%2Fhome%2Fsam%2F.ssh%2Fid_rsa&body=x', 'mailto:a@example.com?subject=Hi&body=x'],
    ['mailto:a@example.com?ATTACH=C:%5Cboot.ini&File=x&files=y&attachments=z', 'mailto:a@example.com'],
    ['mailto:a@example.com?%61ttach=/etc/shadow', 'mailto:a@example.com'],
    ['mailto:a@example.com? attach =/etc/shadow&cc=b@example.com', 'mailto:a@example.com?cc=b@example.com'],
    ['mailto:?to=a@example.com&bcc=b@example.com&in-reply-to=%3Cx@y%3E', 'mailto:?to=a@example.com&bcc=b@example.com&in-reply-to=%3Cx@y%3E'],
    ['mailto:a@example.com?subject=%E0%A4%A&%E0=1', 'mailto:a@example.com?subject=%E0%A4%A'],
    ['mailto:a@example.com#attach=/etc/passwd', 'mailto:a@example.com'],
    ['mailto:a@example.com', 'mailto:a@example.com'],
  ])('R10.2 %s opens as %s', (link, opened) => {
    expect(externalLinkToOpen(link)).toBe(opened);
  });

  it('R10.2 web links open as they are; other schemes not at all', () => {
    expect(externalLinkToOpen('https://example.com/a?attach=1')).toBe('https://example.com/a?attach=1');
    for (const link of ['file:///etc/passwd', 'javascript:alert(1)', 'blindcopy://confirm-address', 'not a url']) expect(externalLinkToOpen(link)).toBeUndefined();
  });

  it('R10.2 no mailto: link keeps a field outside RFC 6068, whatever its shape (property)', () => {
    const field = fc.oneof(fc.constantFrom('to', 'cc', 'subject', 'body', 'attach', 'Attachment', 'file', 'x-attach', '%61ttach'), fc.string({ maxLength: 8 }));
    const pair = fc.tuple(field, fc.string({ maxLength: 10 })).map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 6 }), (pairs) => {
        const opened = externalLinkToOpen(`mailto:a@example.com?${pairs.join('&')}`);
        expect(opened).toBeDefined();
        const params = new URL(opened ?? '').searchParams;
        for (const name of params.keys()) expect(['to', 'cc', 'bcc', 'subject', 'body', 'in-reply-to']).toContain(name.trim().toLowerCase());
      }),
    );
  });
});
