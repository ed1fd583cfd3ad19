/**
 * R10.2 attachment names cannot lie about what a file is: no bidirectional controls (the
 * "invoice\u202Efdp.exe" trick), no control characters; cleaned on capture (both the full parse
 * and the cheap BODYSTRUCTURE plan) and again where the name is shown and saved.
 */
import fc from 'fast-check';
import type { MessageStructureObject } from 'imapflow';
import { describe, expect, it } from 'vitest';
import { planBody } from '../../../main/capture/sync/bodyPlan';
import { understandMessage } from '../../../main/capture/understand/understandMessage';
import { cleanFileName, MAX_FILE_NAME_LENGTH } from '../../../shared/text/fileName';
import { basicHeaders, captured, context, DROPBOX, OWNER, rawMessage } from '../capture/support';

const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];

describe('R10.2 attachment names', () => {
  it.each([
    ['right-to-left override', 'invoice\u202efdp.exe', 'invoicefdp.exe'],
    ['isolates around the extension', 'report\u2067exe.\u2069pdf', 'reportexe.pdf'],
    ['marks', '\u200fcontract\u200e.pdf\u061c', 'contract.pdf'],
    ['line breaks and NUL', 'a\r\nb\u0000c.txt', 'a b c.txt'],
    ['C1 controls and separators', 'x\u0085y\u2028z.txt', 'x y z.txt'],
    ['only controls', '\u202e\u0007', ''],
    ['an ordinary Hebrew name', 'חשבונית.pdf', 'חשבונית.pdf'],
    ['emoji at the cut', `${'a'.repeat(MAX_FILE_NAME_LENGTH - 1)}😀😀`, `${'a'.repeat(MAX_FILE_NAME_LENGTH - 1)}😀`],
  ])('R10.2 %s', (_what, raw, clean) => {
    expect(cleanFileName(raw)).toBe(clean);
  });

  it('R10.2 no name keeps a control or bidirectional control, or grows (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom(...BIDI, '\r', '\n', '\u0000')), { maxLength: 40 }), (parts) => {
        const clean = cleanFileName(parts.join(''));
        expect(clean).not.toMatch(/[\p{Cc}\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u2028\u2029]/u);
        expect(Array.from(clean).length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
        expect(cleanFileName(clean)).toBe(clean);
      }),
    );
  });

  it('R10.2 a captured message lists its file without the right-to-left override (RFC 2231 name)', async () => {
    const boundary = 'b-1';
    const body = [
      `--${boundary}`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Please pay the invoice.',
      `--${boundary}`,
      'Content-Type: application/octet-stream',
      "Content-Disposition: attachment; filename*=UTF-8''invoice%E2%80%AEfdp.exe",
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from('MZ not really a program').toString('base64'),
      `--${boundary}--`,
      '',
    ].join('\r\n');
    const raw = rawMessage(
      [...basicHeaders({ from: `Sam Seller <${OWNER}>`, to: `Jane <jane@customer.example>, ${DROPBOX}`, messageId: '<bidi-1@seller.example>' }), ['Content-Type', `multipart/mixed; boundary="${boundary}"`]],
      body,
    );
    const message = captured(await understandMessage(raw, context()));
    expect(message.attachments.map((a) => a.filename)).toEqual(['invoicefdp.exe']);
  });

  it('R10.2 the cheap fetch plan lists the file without bidirectional or control characters', () => {
    const structure: MessageStructureObject = {
      type: 'multipart/mixed',
      parameters: { boundary: 'b' },
      childNodes: [
        { part: '1', type: 'text/plain', size: 100, encoding: '7bit' },
        { part: '2', type: 'application/octet-stream', size: 400, encoding: 'base64', disposition: 'attachment', dispositionParameters: { filename: 'invoice\u202efdp\r\n.exe' } },
      ],
    };
    const plan = planBody(structure, 900, 20 * 1024 * 1024);
    expect(plan.kind === 'parts' && plan.attachments.map((a) => a.filename)).toEqual(['invoicefdp .exe']);
  });
});
