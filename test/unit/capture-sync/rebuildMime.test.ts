/** The stand-in message parses like the original, minus the attachment bodies. */
import MailComposer from 'nodemailer/lib/mail-composer';
import { describe, expect, it } from 'vitest';
import { planBody } from '../../../main/capture/sync/bodyPlan';
import { MissingSectionError, rebuildMime } from '../../../main/capture/sync/rebuildMime';
import { parseMime } from '../../../main/capture/understand/parseMime';

/** What an IMAP server answers for BODY[<section>], computed from the raw message. */
async function sectionsOf(raw: Buffer): Promise<{ header: Buffer; get: (section: string) => Buffer }> {
  // A tiny MIME splitter good enough for the composer's output: CRLF, one boundary per level.
  type Entity = { header: Buffer; body: Buffer };
  const split = (b: Buffer): Entity => {
    const at = b.indexOf('\r\n\r\n');
    return { header: b.subarray(0, at + 4), body: b.subarray(at + 4) };
  };
  const children = (e: Entity): Entity[] => {
    const boundary = /boundary="?([^";\r\n]+)"?/i.exec(e.header.toString())?.[1];
    if (boundary === undefined) return [];
    return e.body
      .toString('latin1')
      .split(`--${boundary}`)
      .slice(1, -1)
      .map((p) => split(Buffer.from(p.replace(/^\r\n/, '').replace(/\r\n$/, ''), 'latin1')));
  };
  const root = split(raw);
  const find = (path: number[]): Entity => {
    let e = root;
    for (const n of path) {
      const next = children(e)[n - 1];
      if (next === undefined) throw new Error(`no part ${path.join('.')}`);
      e = next;
    }
    return e;
  };
  return {
    header: root.header,
    get: (section) => {
      const [, nums = '', suffix] = /^([\d.]+?)(?:\.(MIME))?$/.exec(section) ?? [];
      const e = find(nums.split('.').map(Number));
      return suffix === 'MIME' ? e.header : e.body;
    },
  };
}

describe('rebuildMime', () => {
  it('keeps headers, texts and part numbers; attachments come back empty', async () => {
    const raw = await new MailComposer({
      from: 'sam@example.test',
      to: 'customer@external.test',
      subject: 'Offer',
      text: 'Plain words.',
      html: '<p>Rich words.</p>',
      attachments: [{ filename: 'offer.pdf', content: Buffer.alloc(5000, 7), contentType: 'application/pdf' }],
    }).compile().build();
    const structure = {
      type: 'multipart/mixed',
      parameters: { boundary: /boundary="?([^";\r\n]+)/.exec(raw.toString())?.[1] ?? '' },
      childNodes: [
        { part: '1', type: 'multipart/alternative', parameters: { boundary: /multipart\/alternative;\s*boundary="?([^";\r\n]+)/.exec(raw.toString())?.[1] ?? '' }, childNodes: [{ part: '1.1', type: 'text/plain', size: 12 }, { part: '1.2', type: 'text/html', size: 18 }] },
        { part: '2', type: 'application/pdf', size: 6800, encoding: 'base64', disposition: 'attachment', dispositionParameters: { filename: 'offer.pdf' } },
      ],
    };
    const plan = planBody(structure, raw.length, 20 * 1024 * 1024);
    if (plan.kind !== 'parts') throw new Error(`expected a parts plan, got ${plan.kind}`);
    const { header, get } = await sectionsOf(raw);
    const sections = new Map(plan.sections.map((s) => [s.toLowerCase(), get(s)]));
    const standIn = rebuildMime(plan.root, header, sections);
    expect(standIn.length).toBeLessThan(raw.length / 3);

    const original = await parseMime(raw);
    const rebuilt = await parseMime(standIn);
    expect(rebuilt.subject).toBe(original.subject);
    expect(rebuilt.text).toBe(original.text);
    expect(rebuilt.html).toBe(original.html);
    expect(rebuilt.attachments.map((a) => [a.filename, a.partId, a.size])).toEqual([['offer.pdf', '2', 0]]);
    expect(original.attachments.map((a) => a.partId)).toEqual(['2']);
  });

  it('says which section is missing', () => {
    expect(() => rebuildMime({ kind: 'text', part: '1', size: 5 }, Buffer.from('Subject: x\r\n\r\n'), new Map())).toThrow(MissingSectionError);
    // answered, but empty where BODYSTRUCTURE promised bytes
    expect(() => rebuildMime({ kind: 'text', part: '1', size: 5 }, Buffer.from('Subject: x\r\n\r\n'), new Map([['1', Buffer.alloc(0)]]))).toThrow(MissingSectionError);
    expect(rebuildMime({ kind: 'text', part: '1', size: 0 }, Buffer.from('Subject: x\r\n\r\n'), new Map([['1', Buffer.alloc(0)]])).toString()).toBe('Subject: x\r\n\r\n');
  });
});
