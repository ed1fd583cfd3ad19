/**
 * Plain-text bodies with their web and mail addresses made into links, safely: only what the
 * pattern recognizes becomes a link, and only as http(s) or mailto. Text stays text.
 */
export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

const PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"']+|[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b/giu;
/** punctuation that ends a sentence rather than the address */
const TRAILING = /[.,;:!?)\]}'"»”’]+$/u;

function hrefOf(match: string): string {
  if (/^https?:\/\//iu.test(match)) return match;
  if (/^www\./iu.test(match)) return `https://${match}`;
  return `mailto:${match}`;
}

export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const found of text.matchAll(PATTERN)) {
    const start = found.index;
    const raw = found[0];
    const link = raw.replace(TRAILING, '');
    if (link.length === 0 || /^(?:https?:\/\/|www\.)$/iu.test(link)) continue;
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    parts.push({ kind: 'link', text: link, href: hrefOf(link) });
    last = start + link.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

/** Lines quoted with ">" grouped, so earlier messages in a reply can be shown quieter. */
export function quoteBlocks(text: string): Array<{ quoted: boolean; text: string }> {
  const blocks: Array<{ quoted: boolean; text: string }> = [];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const quoted = /^\s*>/u.test(line);
    const prev = blocks[blocks.length - 1];
    if (prev && prev.quoted === quoted) prev.text += `\n${line}`;
    else blocks.push({ quoted, text: line });
  }
  return blocks;
}
