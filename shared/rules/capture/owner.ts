/**
 * R3.3 / R3.8 / R7: whose message this is, and whether it may be captured at all.
 *
 * Drop box: only mail whose sender is the account's primary address or a verified alternate (R6)
 * is accepted. For a forwarded reply (R3.2) that sender is the one who forwarded it, not the
 * customer who wrote it. A sender that is an alternate still awaiting confirmation is held as
 * 'owner-pending' (R3.8), anybody else is 'unknown-owner'.
 *
 * Sync (R7, the user's own folders): everything there is the account's by definition, nothing is
 * rejected for its sender; mail not written from one of our addresses is simply incoming.
 */
import type { CapturedMessage, RejectReason, SourceKind } from '../../domain/mail';
import { normalizeAddress } from '../emailAddress';

/** The account's addresses (R6): primary first, then verified and pending alternates. */
export interface OwnAddresses {
  primary: string;
  verified: readonly string[];
  pending: readonly string[];
}

export type AddressStanding = 'primary' | 'verified' | 'pending' | 'foreign';

export function addressStanding(address: string | undefined, own: OwnAddresses): AddressStanding {
  if (address === undefined) return 'foreign';
  const a = normalizeAddress(address);
  if (a === normalizeAddress(own.primary)) return 'primary';
  if (own.verified.some((v) => normalizeAddress(v) === a)) return 'verified';
  if (own.pending.some((p) => normalizeAddress(p) === a)) return 'pending';
  return 'foreign';
}

/** Primary and verified alternates: the addresses that count as "us" (pending ones do not yet). */
export function confirmedOwnAddresses(own: OwnAddresses): string[] {
  return [own.primary, ...own.verified].map(normalizeAddress);
}

function isConfirmed(address: string | undefined, own: OwnAddresses): boolean {
  const standing = addressStanding(address, own);
  return standing === 'primary' || standing === 'verified';
}

export interface OwnerInput {
  sourceKind: SourceKind;
  /** the message's sender: the outer From (for a forwarded reply, whoever forwarded it) */
  sender: string | undefined;
  /** who wrote the content: the forwarded message's author, or the sender when not forwarded */
  author: string | undefined;
  own: OwnAddresses;
}

export type OwnerDecision =
  | { kind: 'accepted'; owner: string; direction: CapturedMessage['direction'] }
  | { kind: 'rejected'; reason: Extract<RejectReason, 'unknown-owner' | 'owner-pending'>; detail: string };

export function resolveOwner(input: OwnerInput): OwnerDecision {
  const { own } = input;
  const sender = input.sender === undefined ? undefined : normalizeAddress(input.sender);
  const author = input.author === undefined ? undefined : normalizeAddress(input.author);

  if (input.sourceKind === 'sync') {
    // R7: the folder is the account's; the sender only tells the direction.
    if (author !== undefined && isConfirmed(author, own)) return { kind: 'accepted', owner: author, direction: 'outgoing' };
    return { kind: 'accepted', owner: normalizeAddress(own.primary), direction: 'incoming' };
  }

  const standing = addressStanding(sender, own);
  if (sender === undefined) return { kind: 'rejected', reason: 'unknown-owner', detail: 'no sender address' };
  if (standing === 'pending') return { kind: 'rejected', reason: 'owner-pending', detail: sender };
  if (standing === 'foreign') return { kind: 'rejected', reason: 'unknown-owner', detail: sender };
  // A forward of the owner's own earlier mail (R4.9 duplicates a conversation this way) is still
  // the owner's outgoing mail; only someone else's words make it incoming.
  const direction = author === undefined || isConfirmed(author, own) ? 'outgoing' : 'incoming';
  return { kind: 'accepted', owner: sender, direction };
}
