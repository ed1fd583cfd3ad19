/**
 * Message text in the thread's language: a greeting, paragraphs of its business words (with the
 * thread's own rare word, company names and amounts, which is what people search for), a
 * closing and a signature; replies quote what came before, as mail clients do. Pure.
 */
import { type Random, intBetween, pick } from '../support/random';
import type { Counterparty } from './counterparties';
import { wrapWords } from './mimeEncoding';
import type { Language } from './vocabulary';

export interface BodyInput {
  language: Language;
  /** who the text is written to, and who signs it */
  to: { name: string };
  signer: { name: string; company?: string };
  /** thread facts mixed into the words */
  rare: string;
  customer: Counterparty;
  /** about this many characters */
  size: number;
  /** a reply quotes its predecessor under this line */
  quoteHeader: string | undefined;
}

function sentence(random: Random, input: BodyInput): string {
  const words: string[] = [];
  const count = intBetween(random, 6, 16);
  for (let i = 0; i < count; i++) {
    const r = random();
    if (r < 0.02) words.push(input.rare);
    else if (r < 0.04) words.push(input.customer.company);
    else if (r < 0.06) words.push(`${intBetween(random, 2, 90) * 500} EUR`);
    else words.push(pick(random, input.language.words));
  }
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Paragraphs of about `size` characters in total. */
export function paragraphs(random: Random, input: BodyInput, size: number): string[] {
  const out: string[] = [];
  let length = 0;
  while (length < size) {
    const sentences = Array.from({ length: intBetween(random, 2, 6) }, () => sentence(random, input));
    const paragraph = sentences.join(' ');
    out.push(paragraph);
    length += paragraph.length + 2;
  }
  return out;
}

export interface Body {
  text: string;
  /** the same content as simple HTML */
  html: string;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function writeBody(random: Random, input: BodyInput): Body {
  const firstName = input.to.name.split(' ')[0] ?? input.to.name;
  const greeting = `${pick(random, input.language.greetings)} ${firstName},`;
  const signature = [`${pick(random, input.language.closings)},`, input.signer.name, ...(input.signer.company ? [input.signer.company] : [])];
  // Replies carry a quote of the earlier message: about a third of their size.
  const quoted = input.quoteHeader === undefined ? [] : paragraphs(random, input, input.size / 3);
  const own = paragraphs(random, input, input.size - (quoted.length > 0 ? input.size / 3 : 0));

  const textLines = [greeting, '', ...own.flatMap((p) => [...wrapWords(p.split(' ')), '']), ...signature];
  if (input.quoteHeader !== undefined) {
    textLines.push('', input.quoteHeader, ...quoted.flatMap((p) => [...wrapWords(p.split(' '), 70).map((l) => `> ${l}`), '>']));
  }
  const htmlParts = [
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p{margin:0 0 12px 0;font-family:Calibri,Arial,sans-serif;font-size:11pt}</style></head>',
    '<body><div dir="ltr">',
    `<p>${escapeHtml(greeting)}</p>`,
    ...own.map((p) => `<p class="MsoNormal">${escapeHtml(p)}</p>`),
    `<p>${signature.map(escapeHtml).join('<br>')}</p>`,
    ...(input.quoteHeader === undefined
      ? []
      : [`<div class="gmail_quote"><div dir="ltr" class="gmail_attr">${escapeHtml(input.quoteHeader)}</div>`, '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">', ...quoted.map((p) => `<p>${escapeHtml(p)}</p>`), '</blockquote></div>']),
    '</div></body></html>',
  ];
  return { text: textLines.join('\n'), html: htmlParts.join('\n') };
}
