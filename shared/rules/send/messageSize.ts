/**
 * R2.5 how large a message will be on the wire, estimated before it is built: the drop box
 * skips anything over 20 MB (R3.5), and it is the encoded size that counts there (IMAP
 * RFC822.SIZE), not the size of the files. Attachments travel base64-encoded in 76-character
 * lines; a body with non-ASCII text is counted as base64 too (an upper bound for
 * quoted-printable text in most languages).
 */
import { decodedBase64Length, type OutgoingMessage } from './outgoing';

/** Header block, MIME boundaries and part headers: generous, a few KB. */
const FIXED_OVERHEAD = 4 * 1024;
const PER_PART_OVERHEAD = 300;
const LINE = 76;

/** UTF-8 length without TextEncoder (shared/ has no DOM and no Node types). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** base64 of `bytes` bytes in lines of 76 characters plus CRLF. */
export function base64WireLength(bytes: number): number {
  const chars = Math.ceil(bytes / 3) * 4;
  return chars + 2 * Math.ceil(chars / LINE);
}

function bodyWireLength(text: string): number {
  const bytes = utf8Length(text);
  // ASCII text goes out about as is (7bit or QP with few escapes); anything else is counted as base64.
  return bytes === text.length ? bytes + 2 * Math.ceil(bytes / LINE) : base64WireLength(bytes);
}

export function estimateWireSize(message: Pick<OutgoingMessage, 'text' | 'html' | 'attachments' | 'subject' | 'to' | 'cc' | 'references'>): number {
  const headers = utf8Length(message.subject) * 2 + [...message.to, ...message.cc].reduce((n, m) => n + m.address.length + (m.name?.length ?? 0) * 2 + 4, 0) + message.references.join(' ').length;
  const bodies = bodyWireLength(message.text) + (message.html === undefined ? 0 : bodyWireLength(message.html) + PER_PART_OVERHEAD);
  const files = message.attachments.reduce((n, a) => n + base64WireLength(decodedBase64Length(a.contentBase64)) + PER_PART_OVERHEAD + a.name.length * 2, 0);
  return FIXED_OVERHEAD + headers + bodies + files;
}
