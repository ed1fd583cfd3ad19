/**
 * A message's top-level header block, read the way mailparser reads it (its splitter,
 * @zone-eu/mailsplit: lines end at LF; the block ends at the first line that is only CRLF or LF;
 * a line that starts with SP or HTAB continues the previous one; the key is what precedes the
 * first colon, lower-cased and trimmed; an mbox "From " or HTTP "POST " first line is no header).
 * `headerLinesOf` gives the same `{ key, line }` list as mailparser's `headerLines`, which is
 * what lets parseMime hand mailparser only the headers whose parsed form we read
 * (test/unit/capture/headerBlock.test.ts compares the two on generated blocks).
 */
import type { HeaderLines } from 'mailparser';

/** mailsplit's bound on one header block (maxHeadSize) and the least one line counts for. */
const MAX_HEAD_COST = 1024 * 1024;
const HEADER_LINE_MIN_COST = 64;

const LF = 0x0a;
const CR = 0x0d;

export interface HeaderBlock {
  /** offset of the first body byte (after the empty line that ends the block) */
  bodyStart: number;
  /** the block's text, one char per byte (latin1, as mailsplit reads it), empty line included */
  text: string;
}

/**
 * The header block, or undefined when the bytes have none that mailparser would accept as it
 * is: no empty line ends it (the whole message is then header), or it is over mailsplit's size
 * bound (mailparser then fails; parseMime leaves such a message as it is, so it fails the same).
 */
export function headerBlockOf(raw: Buffer): HeaderBlock | undefined {
  let cost = 0;
  for (let start = 0; start < raw.length; ) {
    const lf = raw.indexOf(LF, start);
    const end = lf === -1 ? raw.length : lf + 1;
    const length = end - start;
    const empty = lf !== -1 && (length === 1 || (length === 2 && raw[start] === CR));
    cost += empty ? length : Math.max(length, HEADER_LINE_MIN_COST);
    if (cost > MAX_HEAD_COST) return undefined;
    if (empty) return { bodyStart: end, text: raw.toString('latin1', 0, end) };
    if (lf === -1) return undefined;
    start = end;
  }
  return undefined;
}

function isFolding(line: string): boolean {
  const first = line.charAt(0);
  return first === ' ' || first === '\t';
}

function keyOf(name: string): string {
  return name.toLowerCase().trim();
}

/** What mailsplit's Headers parse of the block gives, and the block's first logical line. */
export interface ParsedHeaderBlock {
  lines: HeaderLines;
  /** the first logical line as it stands (a header, or an mbox/HTTP preamble that is none) */
  first: string;
  /** whether `first` is the first entry of `lines` (false for a preamble) */
  firstIsHeader: boolean;
}

/** A line-for-line port of mailsplit's Headers#_parseHeaders (lib/headers.js). */
export function parseHeaderBlock(text: string): ParsedHeaderBlock {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === LF || text.charCodeAt(end - 1) === CR)) end--;
  const rawLines = text.slice(0, end).split(/\r?\n/u);

  let index = 1;
  let first = rawLines[0] ?? '';
  while (index < rawLines.length && isFolding(rawLines[index] ?? '')) first += `\r\n${rawLines[index++] ?? ''}`;

  const lines: { key: string; line: string }[] = [];
  const firstIsHeader = !/^From /iu.test(first) && !/^POST /iu.test(first);
  if (firstIsHeader) lines.push({ key: keyOf(first.substring(0, Math.max(0, first.indexOf(':')))), line: first });

  // the entry's key may still come from a continuation line while it has no colon
  let keyPending = false;
  for (; index < rawLines.length; index++) {
    const current = rawLines[index] ?? '';
    const entry = lines[lines.length - 1];
    if (isFolding(current) && entry !== undefined) {
      if (keyPending) {
        const colon = current.indexOf(':');
        if (colon >= 0) {
          entry.key = keyOf(`${entry.line}\r\n${current.substring(0, colon)}`);
          keyPending = false;
        }
      }
      entry.line += `\r\n${current}`;
    } else {
      const colon = current.indexOf(':');
      lines.push({ key: keyOf(current.substring(0, Math.max(0, colon))), line: current });
      keyPending = colon < 0;
    }
  }
  return { lines, first, firstIsHeader };
}
