/**
 * Reading Message-ID, In-Reply-To and References as found in the wild (R9.1 threads on them,
 * R3.6 de-duplicates on them), and making up a stable Message-ID when a message has none.
 * Ids come out without angle brackets, as `CapturedMessage` carries them.
 */
import type { SourceRef } from '../../domain/mail';

const MAX_ID = 998; // one header line; longer is not an id but garbage
const BRACKETED = /<([^<>\s]+)>/gu;

function plausible(id: string): boolean {
  return id.length > 0 && id.length <= MAX_ID && !/[\s<>]/u.test(id);
}

/**
 * Every id in a header value, in order, without duplicates. Bracketed ids are taken as they are;
 * a value without any brackets (some clients write a bare `abc@host`) is split at whitespace and
 * commas, keeping the words that have an "@".
 */
export function parseMessageIdList(value: string | undefined): string[] {
  if (value === undefined) return [];
  const bracketed = [...value.matchAll(BRACKETED)].map((m) => m[1] ?? '');
  const ids = bracketed.length > 0 ? bracketed : value.split(/[\s,]+/u).filter((w) => w.includes('@'));
  return [...new Set(ids.filter(plausible))];
}

/** The first id in a header value (Message-ID, In-Reply-To), or undefined. */
export function parseMessageId(value: string | undefined): string | undefined {
  return parseMessageIdList(value)[0];
}

/** `=` and the hex of each UTF-8 byte (quoted-printable style, so "=" itself is escaped too). */
function escapeChar(c: string): string {
  let encoded: string;
  try {
    encoded = encodeURIComponent(c);
  } catch {
    // handled: a lone surrogate: fall through to its code unit
    encoded = c;
  }
  if (encoded.startsWith('%')) return encoded.replace(/%/gu, '=');
  return `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
}

/**
 * A message without a Message-ID still needs a stable identity for de-duplication: the copy's
 * place on the server, which never changes while UIDVALIDITY holds. `.invalid` (RFC 2606) can
 * never collide with a real domain. The source id is escaped so that the result stays one
 * id-left token and two different source ids never give the same result.
 */
export function synthesizeMessageId(source: SourceRef): string {
  const sourceId = source.sourceId.replace(/[^A-Za-z0-9_-]/gu, escapeChar);
  return `${source.uidValidity}.${source.uid}.${sourceId}@blindcopy.invalid`;
}
