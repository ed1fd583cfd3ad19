/**
 * R2.4 who a reply or reply-all goes to.
 * - Reply: the original's Reply-To, else its From. Replying to mail we sent ourselves (the
 *   original's From is one of our addresses) goes to its To again, as every mail client does.
 * - Reply-all: the same To, plus everybody else of the original's To and Cc as Cc.
 * Never one of us: our own addresses (primary and alternates), the drop box, its aliases and any
 * of its sub-addresses (item addresses). The CRM copy is added by compose (R2.1), not inherited
 * from the original, so a reply to a deal thread cannot end up in a customer's Cc with the deal's
 * address in it.
 */
import type { Mailbox } from '../../domain/mail';
import { isOurAddress, type OurAddresses } from '../counterparties';
import { normalizeAddress } from '../emailAddress';

export interface ReplySource {
  from: Mailbox;
  replyTo?: readonly Mailbox[] | undefined;
  to: readonly Mailbox[];
  cc: readonly Mailbox[];
}

export interface ReplyRecipients {
  to: Mailbox[];
  cc: Mailbox[];
}

function distinctForeign(list: readonly Mailbox[], ours: OurAddresses, taken: Set<string>): Mailbox[] {
  const out: Mailbox[] = [];
  for (const m of list) {
    const key = normalizeAddress(m.address);
    if (taken.has(key) || isOurAddress(key, ours)) continue;
    taken.add(key);
    out.push(m);
  }
  return out;
}

function fromUs(original: ReplySource, ours: OurAddresses): boolean {
  return ours.own.some((a) => normalizeAddress(a) === normalizeAddress(original.from.address));
}

export function replyRecipients(original: ReplySource, ours: OurAddresses): ReplyRecipients {
  const taken = new Set<string>();
  const target = fromUs(original, ours) ? original.to : original.replyTo && original.replyTo.length > 0 ? original.replyTo : [original.from];
  return { to: distinctForeign(target, ours, taken), cc: [] };
}

export function replyAllRecipients(original: ReplySource, ours: OurAddresses): ReplyRecipients {
  const taken = new Set<string>();
  if (fromUs(original, ours)) {
    const to = distinctForeign(original.to, ours, taken);
    const cc = distinctForeign(original.cc, ours, taken);
    return to.length > 0 ? { to, cc } : { to: cc.slice(0, 1), cc: cc.slice(1) };
  }
  const target = original.replyTo && original.replyTo.length > 0 ? original.replyTo : [original.from];
  const to = distinctForeign(target, ours, taken);
  const cc = distinctForeign([...original.to, ...original.cc], ours, taken);
  return to.length > 0 ? { to, cc } : { to: cc.slice(0, 1), cc: cc.slice(1) };
}

/**
 * Which of our addresses to reply from: the first own address the original was sent to (an
 * alternate address gets its answer from itself); undefined means the primary.
 */
export function replyFromAddress(original: ReplySource, own: readonly string[]): string | undefined {
  const mine = new Map(own.map((a) => [normalizeAddress(a), a] as const));
  for (const m of [...original.to, ...original.cc]) {
    const hit = mine.get(normalizeAddress(m.address));
    if (hit !== undefined) return hit;
  }
  return undefined;
}
