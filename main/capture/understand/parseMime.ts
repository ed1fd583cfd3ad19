/**
 * The one place mailparser is configured. Cheap on purpose: no text-to-HTML, no inlining of cid:
 * images as data: URLs (the renderer fetches parts on demand), no checksums, and attached
 * message/rfc822 parts are kept as attachments (`ignoreEmbedded`) so a forwarded message is
 * parsed on its own instead of being merged into the forwarder's text.
 *
 * Parse only what is read: mailparser decodes every header of the message (addresses of
 * Return-Path and Delivered-To, encoded words of Message-ID and References, every Received
 * line), yet of its decoded headers only From, To, Cc and Subject are read; the rest come from
 * the raw header lines (`headerLines`), which the rules read themselves. So mailparser gets the
 * message with a header block of only those four and the Content-* headers that shape the MIME
 * tree (first and last line kept where they stand, see below), and `headerLines` is the whole
 * block read the way mailparser reads it (headerBlock.ts). The body bytes are the same. In the
 * result, `headers` (mailparser's decoded map) holds only the kept headers: nothing reads it.
 */
import { simpleParser, type ParsedMail, type SimpleParserOptions } from 'mailparser';
import { headerBlockOf, parseHeaderBlock } from './headerBlock';

/** exported for the test that compares parseMime with mailparser given the whole message */
export const MAILPARSER_OPTIONS: SimpleParserOptions = {
  skipHtmlToText: false, // HTML-only mail still needs a text body
  skipTextToHtml: true,
  skipImageLinks: true,
  keepCidLinks: true,
  ignoreEmbedded: true,
  checksumAlgo: false,
  // html-to-text on a multi-megabyte newsletter costs seconds; past this the text stays empty
  maxHtmlLengthToParse: 2_000_000,
};

/** Headers whose decoded form (mailparser's) is read, or that shape the MIME tree. */
const READ_DECODED = new Set(['from', 'to', 'cc', 'subject']);

function isKept(key: string): boolean {
  return READ_DECODED.has(key) || key.startsWith('content-');
}

/**
 * The message with only the kept headers, or undefined when nothing would be left out. The first
 * logical line stays first (mailsplit reads an mbox "From " first line as no header) and the last
 * stays last (trailing CRs of the block's last line are trimmed): every kept line then parses as
 * it did in the whole block.
 */
function withReadHeaders(raw: Buffer, bodyStart: number, lines: readonly { key: string; line: string }[], first: string, firstIsHeader: boolean): Buffer | undefined {
  const rest = firstIsHeader ? lines.slice(1) : lines;
  const lastIndex = rest.length - 1;
  const kept = rest.filter((entry, index) => index === lastIndex || isKept(entry.key));
  if (kept.length === rest.length) return undefined;
  const head = [first, ...kept.map((entry) => entry.line)].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`, 'latin1'), raw.subarray(bodyStart)]);
}

export async function parseMime(raw: Buffer): Promise<ParsedMail> {
  const block = headerBlockOf(raw);
  if (block === undefined) return simpleParser(raw, MAILPARSER_OPTIONS);
  const { lines, first, firstIsHeader } = parseHeaderBlock(block.text);
  const reduced = withReadHeaders(raw, block.bodyStart, lines, first, firstIsHeader);
  if (reduced === undefined) return simpleParser(raw, MAILPARSER_OPTIONS);
  const mail = await simpleParser(reduced, MAILPARSER_OPTIONS);
  mail.headerLines = lines;
  return mail;
}
