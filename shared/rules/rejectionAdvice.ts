/**
 * R3.8 what the Rejected list advises for one refused message, from the reason and whether the
 * sender looks like the user. A stranger is never told to add their address as one of the
 * user's own: that would let anybody's mail in as the user's. Deliberately simple and
 * rule-based, so the user can predict it:
 *
 * - 'owner-pending': the address is the user's, waiting for its confirmation → confirm it.
 * - 'unknown-owner' from a sender who looks like the user → add it as an alternate address.
 *   Looks like the user: the display name is the account's display name (case, accents and
 *   word order aside), or the local part is the primary address's local part (jane@home.example
 *   for jane@acme.example), or the local part spells the account's name (jane.roe@, janeroe@,
 *   jroe@). The same domain alone is not enough: that is a colleague, not the user.
 * - 'unknown-owner' from anybody else → it is not from the user: accept it only if it belongs
 *   in the CRM.
 * - 'auth-failed' → the sender could not be proved: accept only when sure it is genuine.
 * - 'too-large', 'unparseable' → nothing to do (accepting cannot help).
 */
import type { Mailbox, RejectReason } from '../domain/mail';
import { splitAddress } from './emailAddress';

export type RejectionAdvice = 'confirm-address' | 'add-alternate' | 'not-yours' | 'check-genuine' | 'none';

export interface AdviceUser {
  /** the account's own address */
  primary: string;
  /** the account's display name, when known */
  displayName?: string | undefined;
}

/** lower-case words of a name, accents folded, letters and digits only */
function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

const sameWords = (a: string[], b: string[]): boolean => a.length > 0 && a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ');

/** the local part spells the name: jane.roe, jane_roe, janeroe, roe.jane, jroe (two words or more) */
function localSpellsName(local: string, words: string[]): boolean {
  if (words.length < 2) return false;
  const compact = local.split('+')[0]?.replace(/[^a-z0-9]/g, '') ?? '';
  const first = words[0] ?? '';
  const last = words.at(-1) ?? '';
  const spellings = [words.join(''), [...words].reverse().join(''), `${first[0] ?? ''}${last}`, `${first}${last[0] ?? ''}`];
  return compact.length > 2 && spellings.includes(compact);
}

/** whether `sender` looks like the user (see the file's comment) */
export function senderLooksLikeUser(sender: Pick<Mailbox, 'address' | 'name'>, user: AdviceUser): boolean {
  const from = splitAddress(sender.address);
  const own = splitAddress(user.primary);
  if (from === undefined || own === undefined) return false;
  if (from.local.split('+')[0] === own.local.split('+')[0] && from.local.length > 0) return true;
  const userWords = user.displayName === undefined ? [] : nameWords(user.displayName);
  if (sender.name !== undefined && sameWords(nameWords(sender.name), userWords)) return true;
  return localSpellsName(from.local, userWords);
}

export function rejectionAdvice(reason: RejectReason, sender: Pick<Mailbox, 'address' | 'name'> | undefined, user: AdviceUser | undefined): RejectionAdvice {
  switch (reason) {
    case 'owner-pending':
      return 'confirm-address';
    case 'unknown-owner':
      return sender !== undefined && user !== undefined && senderLooksLikeUser(sender, user) ? 'add-alternate' : 'not-yours';
    case 'auth-failed':
      return 'check-genuine';
    case 'too-large':
    case 'unparseable':
      return 'none';
  }
}
