/**
 * R2.4 the text of a reply or forward: the original quoted below the cursor, and the subject with
 * one "Re:" / "Fwd:" (never "Re: Re:"). Plain text only; the HTML side is the UI's business.
 *
 * The forward header is Gmail's "---------- Forwarded message ---------" block on purpose: it is
 * the one every forward parser knows (main/capture reads forwards with email-forward-parser), so a
 * forward sent from Blindcopy to the drop box is attributed to its author (R3.2).
 */
import type { Mailbox } from '../../domain/mail';

export interface QuoteOptions {
  /** the UI passes a localized formatter; the default is RFC 5322 style in UTC */
  formatDate?: (epochMs: number) => string;
}

export interface QuoteSource {
  from: Mailbox;
  date: number;
  text: string;
}

export interface ForwardSource extends QuoteSource {
  to: readonly Mailbox[];
  cc: readonly Mailbox[];
  subject: string;
}

const defaultDate = (ms: number) => new Date(ms).toUTCString();

export function formatMailbox(m: Mailbox): string {
  return m.name ? `${m.name} <${m.address}>` : m.address;
}

/** The text's lines without the blank ones around it (a reply written above a quote starts with some). */
function lines(text: string): string[] {
  const normalized = text.replace(/\r\n?/g, '\n').replace(/\s+$/u, '').replace(/^(?:[ \t]*\n)+/u, '');
  return normalized === '' ? [] : normalized.split('\n');
}

/** "> line"; an already quoted line gets only ">", so levels read as ">>" like every client writes. */
function quoteLine(line: string): string {
  if (line === '') return '>';
  return line.startsWith('>') ? `>${line}` : `> ${line}`;
}

export function quoteForReply(original: QuoteSource, options: QuoteOptions = {}): string {
  const date = (options.formatDate ?? defaultDate)(original.date);
  const quoted = lines(original.text).map(quoteLine);
  return ['', '', `On ${date}, ${formatMailbox(original.from)} wrote:`, ...quoted, ''].join('\n');
}

export function forwardBody(original: ForwardSource, options: QuoteOptions = {}): string {
  const date = (options.formatDate ?? defaultDate)(original.date);
  const header = [
    '---------- Forwarded message ---------',
    `From: ${formatMailbox(original.from)}`,
    `Date: ${date}`,
    `Subject: ${original.subject}`,
    ...(original.to.length > 0 ? [`To: ${original.to.map(formatMailbox).join(', ')}`] : []),
    ...(original.cc.length > 0 ? [`Cc: ${original.cc.map(formatMailbox).join(', ')}`] : []),
  ];
  return ['', '', ...header, '', ...lines(original.text), ''].join('\n');
}

const HAS_RE = /^\s*re\s*(?:\[\d+\])?\s*:/iu;
const HAS_FWD = /^\s*(?:fwd?|fw)\s*(?:\[\d+\])?\s*:/iu;

export function replySubject(subject: string): string {
  const s = subject.trim();
  return HAS_RE.test(s) ? s : `Re: ${s}`;
}

export function forwardSubject(subject: string): string {
  const s = subject.trim();
  return HAS_FWD.test(s) ? s : `Fwd: ${s}`;
}
