/**
 * Turns whatever a header parser produced into a `Mailbox` the store can trust: an address that
 * looks like one, lower-cased (every rule compares addresses as plain strings), and a display
 * name without quotes, control characters or runaway length. Anything else is dropped rather
 * than guessed at: a recipient we cannot read is better lost than invented.
 */
import type { Mailbox } from '../../domain/mail';
import { cleanAddress } from '../emailAddress';

const MAX_NAME = 500;

/** Trimmed, unquoted, single-spaced, at most 500 characters; undefined when it says nothing new. */
export function cleanDisplayName(raw: unknown, address?: string): string | undefined {
  if (typeof raw !== 'string') return undefined;
  // Control characters (\p{Cc}) would only confuse the UI; line folding leaves tabs and newlines.
  let name = raw.replace(/\p{Cc}+/gu, ' ').replace(/\s+/g, ' ').trim();
  // Clients that quote names twice leave the quotes in after decoding: "'John Doe'" or "\"John\"".
  while (name.length >= 2 && /^(["'])(.*)\1$/su.test(name)) name = name.slice(1, -1).trim();
  if (name === '' || (address !== undefined && name.toLowerCase() === address)) return undefined;
  return name.length > MAX_NAME ? name.slice(0, MAX_NAME) : name;
}

/** A mailbox from a parsed address and name, or undefined when the address is unusable. */
export function toMailbox(address: unknown, name?: unknown): Mailbox | undefined {
  const clean = cleanAddress(address);
  if (clean === undefined) return undefined;
  const display = cleanDisplayName(name, clean);
  return display === undefined ? { address: clean } : { address: clean, name: display };
}

/** Distinct by address, first occurrence (and its name) kept, order preserved. */
export function distinctMailboxes(mailboxes: readonly Mailbox[]): Mailbox[] {
  const seen = new Set<string>();
  return mailboxes.filter((m) => (seen.has(m.address) ? false : (seen.add(m.address), true)));
}
