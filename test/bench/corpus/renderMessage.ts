/**
 * One planned message as the bytes a mail client would have sent: headers (RFC 2047 where
 * needed), text/plain, or multipart/alternative with quoted-printable HTML, inside
 * multipart/mixed when it has an attachment. A forwarded reply holds the customer's message
 * under Gmail's inline "---------- Forwarded message ---------" block.
 */
import { seededRandom } from '../support/random';
import type { AttachmentPool } from './attachmentPool';
import { writeBody } from './bodies';
import { encodeWord, formatAddress, quotedPrintable, rfc5322Date } from './mimeEncoding';
import type { CorpusSpec, PlannedMessage } from './plan';

const CRLF = '\r\n';

function crlf(text: string): string {
  return text.replace(/\r?\n/g, CRLF);
}

function subjectOf(message: PlannedMessage): string {
  const { thread } = message;
  const reply = message.position > 0 ? `${message.replyPrefix}: ${thread.subject}` : thread.subject;
  return message.kind === 'forwarded-reply' ? `${thread.language.forward}: ${reply}` : reply;
}

/** The text the customer wrote, inside the owner's forward (R3.2). */
function forwardedText(message: PlannedMessage, spec: CorpusSpec): string {
  const random = seededRandom(message.seed ^ 0x5f5f);
  const { thread } = message;
  const inner = writeBody(random, {
    language: thread.language,
    to: spec.owner,
    signer: { name: thread.customer.name, company: thread.customer.company },
    rare: thread.rare,
    customer: thread.customer,
    size: message.textBytes,
    quoteHeader: undefined,
  });
  return [
    thread.language.forwardNotes[message.seed % thread.language.forwardNotes.length] ?? 'FYI',
    '',
    '---------- Forwarded message ---------',
    `From: ${thread.customer.name} <${thread.customer.address}>`,
    `Date: ${rfc5322Date(message.date - 3600_000)}`,
    `Subject: ${message.replyPrefix}: ${thread.subject}`,
    `To: ${spec.owner.name} <${spec.owner.address}>`,
    '',
    inner.text,
  ].join('\n');
}

function bodies(message: PlannedMessage, spec: CorpusSpec): { text: string; html: string } {
  if (message.kind === 'forwarded-reply') {
    const text = forwardedText(message, spec);
    return { text, html: `<html><body><div dir="ltr"><pre>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</pre></div></body></html>` };
  }
  const { thread } = message;
  return writeBody(seededRandom(message.seed), {
    language: thread.language,
    to: thread.customer,
    signer: { name: spec.owner.name, company: 'Acme Sales' },
    rare: thread.rare,
    customer: thread.customer,
    size: message.textBytes,
    quoteHeader: message.position > 0 ? `On ${rfc5322Date(message.date - 7200_000)}, ${thread.customer.name} <${thread.customer.address}> wrote:` : undefined,
  });
}

function headers(message: PlannedMessage, spec: CorpusSpec, contentType: string): string {
  const { thread } = message;
  const lines = [
    `From: ${formatAddress(spec.owner.name, spec.owner.address)}`,
    message.kind === 'forwarded-reply' ? `To: ${message.recipient}` : `To: ${formatAddress(thread.customer.name, thread.customer.address)}`,
    ...(thread.cc !== undefined && message.kind === 'sent' ? [`Cc: ${formatAddress(thread.cc.name, thread.cc.address)}`] : []),
    `Subject: ${encodeWord(subjectOf(message))}`,
    `Date: ${rfc5322Date(message.date)}`,
    `Message-ID: <${message.messageId}>`,
    ...(message.inReplyTo !== undefined && message.kind === 'sent' ? [`In-Reply-To: <${message.inReplyTo}>`] : []),
    ...(message.references.length > 0 && message.kind === 'sent' ? [`References: ${message.references.map((r) => `<${r}>`).join(`${CRLF} `)}`] : []),
    'MIME-Version: 1.0',
    'X-Mailer: Blindcopy bench corpus',
    `Content-Type: ${contentType}`,
  ];
  return lines.join(CRLF);
}

function textPart(text: string): string {
  return `Content-Type: text/plain; charset=utf-8${CRLF}Content-Transfer-Encoding: 8bit${CRLF}${CRLF}${crlf(text)}${CRLF}`;
}

function htmlPart(html: string): string {
  return `Content-Type: text/html; charset=utf-8${CRLF}Content-Transfer-Encoding: quoted-printable${CRLF}${CRLF}${quotedPrintable(html)}${CRLF}`;
}

export function renderMessage(message: PlannedMessage, spec: CorpusSpec, pool: AttachmentPool): Buffer {
  const { text, html } = bodies(message, spec);
  const tag = message.seed.toString(36);
  const alt = `=_alt_${tag}`;
  const body = message.html
    ? { type: `multipart/alternative; boundary="${alt}"`, content: `--${alt}${CRLF}${textPart(text)}--${alt}${CRLF}${htmlPart(html)}--${alt}--${CRLF}` }
    : { type: 'text/plain; charset=utf-8', content: '' };

  const attachment = message.attachment;
  if (attachment === undefined) {
    if (message.html) return Buffer.from(`${headers(message, spec, body.type)}${CRLF}${CRLF}${body.content}`);
    return Buffer.from(`${headers(message, spec, body.type)}${CRLF}Content-Transfer-Encoding: 8bit${CRLF}${CRLF}${crlf(text)}${CRLF}`);
  }
  const mixed = `=_mixed_${tag}`;
  const first = message.html ? `Content-Type: ${body.type}${CRLF}${CRLF}${body.content}` : textPart(text);
  const head =
    `${headers(message, spec, `multipart/mixed; boundary="${mixed}"`)}${CRLF}${CRLF}` +
    `--${mixed}${CRLF}${first}--${mixed}${CRLF}` +
    `Content-Type: ${attachment.contentType}; name="${attachment.filename}"${CRLF}` +
    `Content-Disposition: attachment; filename="${attachment.filename}"${CRLF}` +
    `Content-Transfer-Encoding: base64${CRLF}${CRLF}`;
  return Buffer.concat([Buffer.from(head), pool.slice(attachment.lineOffset, attachment.lines), Buffer.from(`--${mixed}--${CRLF}`)]);
}
