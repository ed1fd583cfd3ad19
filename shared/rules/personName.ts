/**
 * R4.2 the name of a person created from a message: the display name when there is a real one,
 * else a name made from the address's local part ("jane.roe@acme.com" → "Jane Roe"), else the
 * address itself. A display name that is only the address again (common in Outlook) is no name.
 */
import type { Mailbox } from '../domain/mail';
import { splitAddress } from './emailAddress';

function cleanDisplayName(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const cleaned = name
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^(["'])(.*)\1$/u, '$2')
    .trim();
  if (cleaned === '' || /^\S+@\S+$/u.test(cleaned)) return undefined;
  return cleaned;
}

function nameFromLocalPart(address: string): string | undefined {
  const local = splitAddress(address)?.local;
  if (local === undefined) return undefined;
  // "jane.roe+newsletter" → words "jane", "roe"; the tag after "+" is not part of a name
  const words = (local.split('+')[0] ?? '')
    .split(/[._-]+/u)
    .filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return undefined;
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

export function personNameFrom(mailbox: Pick<Mailbox, 'address' | 'name'>): string {
  return cleanDisplayName(mailbox.name) ?? nameFromLocalPart(mailbox.address) ?? mailbox.address.toLowerCase();
}
