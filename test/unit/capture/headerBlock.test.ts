/**
 * parseMime hands mailparser only the headers whose decoded form is read, and reads the whole
 * header block itself (main/capture/understand/headerBlock.ts). Both must give what mailparser
 * gives for the whole message: the header lines of generated blocks (folding, bare LF and CR,
 * lines without a colon, an mbox first line, 8-bit bytes), and every field understanding reads for
 * the real-world and forwarded-body corpora.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { simpleParser, type ParsedMail } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { headerBlockOf, parseHeaderBlock } from '../../../main/capture/understand/headerBlock';
import { MAILPARSER_OPTIONS, parseMime } from '../../../main/capture/understand/parseMime';

const CORPORA = fileURLToPath(new URL('../../../../shared/corpora/', import.meta.url));

function corpusFiles(dir: string): string[] {
  return (readdirSync(join(CORPORA, dir), { recursive: true }) as string[])
    .filter((f) => f !== 'LICENSE' && statSync(join(CORPORA, dir, f)).isFile())
    .sort()
    .map((f) => join(CORPORA, dir, f));
}

/** What understanding reads of a parse (attachment content only by its bytes). */
function readFields(mail: ParsedMail) {
  return {
    headerLines: mail.headerLines,
    from: mail.from,
    to: mail.to,
    cc: mail.cc,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    attachments: mail.attachments.map((a) => ({ partId: a.partId, filename: a.filename, contentType: a.contentType, size: a.size, content: a.content.toString('base64') })),
  };
}

async function both(raw: Buffer): Promise<{ ours: unknown; whole: unknown }> {
  const outcome = (parse: Promise<ParsedMail>) => parse.then(readFields, (err: unknown) => ({ failed: err instanceof Error ? err.message : String(err) }));
  return { ours: await outcome(parseMime(raw)), whole: await outcome(simpleParser(raw, MAILPARSER_OPTIONS)) };
}

const headerName = fc.constantFrom('From', 'To', 'cc', 'SUBJECT', 'Subject ', 'Content-Type', 'content-transfer-encoding', 'Received', 'Delivered-To', 'X-Custom', 'Message-ID', 'References', 'From ', '', 'Date');
const value = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\t', ':', '=?utf-8?q?x?=', '<x@y>', ',', '\r', '\xe9', 'text/plain; charset=utf-8', 'user@example.com'), maxLength: 12 });
const lineBreak = fc.constantFrom('\r\n', '\n', '\r\r\n');
const headerLine = fc.tuple(headerName, fc.boolean(), value, fc.array(fc.tuple(fc.constantFrom(' ', '\t'), value), { maxLength: 2 }), lineBreak).map(
  ([name, colon, text, folds, eol]) => `${name}${colon ? ':' : ''}${text}${folds.map(([space, more]) => `${eol}${space}${more}`).join('')}${eol}`,
);
const message = fc
  .tuple(fc.constantFrom('', 'From sender@example.com Mon Jan  1 00:00:00 2024\n', 'POST /x\r\n', ' folded start\r\n'), fc.array(headerLine, { maxLength: 10 }), fc.constantFrom('\r\n', '\n'), fc.constantFrom('body line\r\n', '', 'é\r\nmore'))
  .map(([first, lines, end, body]) => Buffer.from(`${first}${lines.join('')}${end}${body}`, 'latin1'));

describe('the header block read as mailparser reads it', () => {
  it('gives mailparser’s header lines for generated blocks', async () => {
    await fc.assert(
      fc.asyncProperty(message, async (raw) => {
        const block = headerBlockOf(raw);
        const whole = await simpleParser(raw, MAILPARSER_OPTIONS);
        if (block !== undefined) expect(parseHeaderBlock(block.text).lines).toEqual(whole.headerLines);
        const { ours, whole: expected } = await both(raw);
        expect(ours).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('finds no block where no empty line ends it, or where mailparser would refuse its size', () => {
    expect(headerBlockOf(Buffer.from('Subject: x\r\nFrom: a@b'))).toBeUndefined();
    expect(headerBlockOf(Buffer.from(`${'X: y\r\n'.repeat(20_000)}\r\nbody`))).toBeUndefined();
    expect(headerBlockOf(Buffer.from('Subject: x\r\n\r\nbody'))).toEqual({ bodyStart: 14, text: 'Subject: x\r\n\r\n' });
  });

  it('changes nothing understanding reads, for every message of the corpora', async () => {
    const files = [...corpusFiles('real-world-mime'), ...corpusFiles('forwarded-bodies')];
    expect(files.length).toBeGreaterThan(300);
    for (const file of files) {
      const { ours, whole } = await both(readFileSync(file));
      expect(ours, file).toEqual(whole);
    }
  });
});
