/** Which sections the cheap fetch asks for, per shape of BODYSTRUCTURE. */
import type { MessageStructureObject } from 'imapflow';
import { describe, expect, it } from 'vitest';
import { decodedSizeEstimate, planBody } from '../../../main/capture/sync/bodyPlan';

const LIMIT = 20 * 1024 * 1024;
const text = (part: string | undefined, type = 'text/plain', extra: Partial<MessageStructureObject> = {}): MessageStructureObject => ({ part, type, size: 100, encoding: '7bit', ...extra });
const file = (part: string, name: string, size = 4000): MessageStructureObject => ({ part, type: 'application/pdf', size, encoding: 'base64', disposition: 'attachment', dispositionParameters: { filename: name } });
const multi = (part: string | undefined, sub: string, childNodes: MessageStructureObject[]): MessageStructureObject => ({ part, type: `multipart/${sub}`, parameters: { boundary: `b-${part ?? 'root'}` }, childNodes });

describe('planBody', () => {
  it('rejects a message over the limit before anything else', () => {
    expect(planBody(text(undefined), LIMIT + 1, LIMIT)).toEqual({ kind: 'too-large' });
  });

  it('fetches text-only messages whole: plain, alternative, and without a structure', () => {
    expect(planBody(text(undefined), 500, LIMIT)).toEqual({ kind: 'whole' });
    expect(planBody(multi(undefined, 'alternative', [text('1'), text('2', 'text/html')]), 500, LIMIT)).toEqual({ kind: 'whole' });
    expect(planBody(undefined, 500, LIMIT)).toEqual({ kind: 'whole' });
  });

  it('fetches text parts and MIME headers of a message with an attachment, and lists the attachment', () => {
    const structure = multi(undefined, 'mixed', [multi('1', 'alternative', [text('1.1'), text('1.2', 'text/html')]), file('2', 'offer.pdf', 7800)]);
    const plan = planBody(structure, 9000, LIMIT);
    expect(plan.kind).toBe('parts');
    if (plan.kind !== 'parts') return;
    expect(plan.sections).toEqual(['1.MIME', '1.1.MIME', '1.1', '1.2.MIME', '1.2', '2.MIME']);
    expect(plan.attachments).toEqual([{ part: '2', filename: 'offer.pdf', contentType: 'application/pdf', size: decodedSizeEstimate(file('2', 'x', 7800)) }]);
  });

  it('treats a text part with disposition attachment as an attachment', () => {
    const plan = planBody(multi(undefined, 'mixed', [text('1'), text('2', 'text/plain', { disposition: 'attachment', dispositionParameters: { filename: 'notes.txt' } })]), 900, LIMIT);
    expect(plan.kind === 'parts' && plan.attachments.map((a) => a.filename)).toEqual(['notes.txt']);
  });

  it('fetches a forwarded message whole when it holds only text, and descends into it otherwise', () => {
    const textOnly: MessageStructureObject = { part: '2', type: 'message/rfc822', size: 900, childNodes: [text('2')] };
    const plain = planBody(multi(undefined, 'mixed', [text('1'), textOnly, file('3', 'a.pdf')]), 9000, LIMIT);
    expect(plain.kind === 'parts' && plain.sections).toEqual(['1.MIME', '1', '2.MIME', '2', '3.MIME']);

    const withFile: MessageStructureObject = { part: '2', type: 'message/rfc822', size: 9000, childNodes: [multi('2', 'mixed', [text('2.1'), file('2.2', 'contract.pdf')])] };
    const nested = planBody(multi(undefined, 'mixed', [text('1'), withFile]), 9900, LIMIT);
    expect(nested.kind === 'parts' && nested.sections).toEqual(['1.MIME', '1', '2.MIME', '2.HEADER', '2.1.MIME', '2.1', '2.2.MIME']);
    expect(nested.kind === 'parts' && nested.attachments.map((a) => a.part)).toEqual(['2.2']);
  });

  it('names an unnamed part after its number, and calls the body of a one-part message "1"', () => {
    const unnamed = planBody(multi(undefined, 'mixed', [text('1'), { part: '2', type: 'image/png', size: 10, encoding: 'base64' }]), 500, LIMIT);
    expect(unnamed.kind === 'parts' && unnamed.attachments[0]?.filename).toBe('part-2');
    const bare = planBody({ type: 'application/pdf', size: 10, encoding: 'base64', parameters: { name: 'x.pdf' } }, 500, LIMIT);
    expect(bare.kind === 'parts' && bare.attachments).toEqual([{ part: '1', filename: 'x.pdf', contentType: 'application/pdf', size: 6 }]);
  });

  it('falls back to the whole message when a multipart has no boundary', () => {
    const broken: MessageStructureObject = { type: 'multipart/mixed', childNodes: [text('1'), file('2', 'a.pdf')] };
    expect(planBody(broken, 500, LIMIT)).toEqual({ kind: 'whole' });
  });
});

describe('decodedSizeEstimate', () => {
  it('takes base64 line breaks and the 4:3 ratio off', () => {
    const decoded = 3 * 1024 * 1024;
    const encoded = Buffer.from(new Uint8Array(decoded)).toString('base64').replace(/.{76}/g, '$&\r\n');
    expect(Math.abs(decodedSizeEstimate({ type: 'application/pdf', encoding: 'base64', size: encoded.length }) - decoded)).toBeLessThan(4);
    expect(decodedSizeEstimate({ type: 'text/plain', encoding: 'quoted-printable', size: 1234 })).toBe(1234);
  });
});
