/**
 * The one place mailparser is configured. Cheap on purpose: no text-to-HTML, no inlining of cid:
 * images as data: URLs (the renderer fetches parts on demand), no checksums, and attached
 * message/rfc822 parts are kept as attachments (`ignoreEmbedded`) so a forwarded message is
 * parsed on its own instead of being merged into the forwarder's text.
 */
import { simpleParser, type ParsedMail, type SimpleParserOptions } from 'mailparser';

const OPTIONS: SimpleParserOptions = {
  skipHtmlToText: false, // HTML-only mail still needs a text body
  skipTextToHtml: true,
  skipImageLinks: true,
  keepCidLinks: true,
  ignoreEmbedded: true,
  checksumAlgo: false,
  // html-to-text on a multi-megabyte newsletter costs seconds; past this the text stays empty
  maxHtmlLengthToParse: 2_000_000,
};

export function parseMime(raw: Buffer): Promise<ParsedMail> {
  return simpleParser(raw, OPTIONS);
}
