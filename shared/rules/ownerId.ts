/**
 * R3.3 / R3.8 the user a captured message belongs to. The capture engine names the owner by
 * address (the sender, or whoever forwarded a reply); the store maps that address to a user id
 * — the thread's `ownerId` (R5.1, team mode). The store re-checks instead of trusting the
 * producer: an address that belongs to nobody, or only to a still-pending alternate (R6.2), is
 * held in the Rejected list like the engine would hold it. A message the user accepted from that
 * list (R3.8) belongs to whoever accepted it.
 */
import { normalizeAddress } from './emailAddress';

export interface UserAddresses {
  userId: string;
  /** the account's address (R6.4) */
  primary: string;
  /** confirmed alternates (R6.2) */
  verified: readonly string[];
  /** alternates waiting for confirmation: mail from them is held, not accepted (R3.8) */
  pending: readonly string[];
}

export type OwnerIdDecision =
  | { kind: 'owner'; userId: string }
  | { kind: 'held'; reason: 'owner-pending' | 'unknown-owner'; address: string };

export function ownerIdFor(ownerAddress: string, users: readonly UserAddresses[], acceptedBy?: string): OwnerIdDecision {
  const address = normalizeAddress(ownerAddress);
  const confirmed = users.find(
    (u) => normalizeAddress(u.primary) === address || u.verified.some((v) => normalizeAddress(v) === address),
  );
  if (confirmed) return { kind: 'owner', userId: confirmed.userId };
  if (acceptedBy !== undefined) return { kind: 'owner', userId: acceptedBy };
  const pending = users.some((u) => u.pending.some((p) => normalizeAddress(p) === address));
  return { kind: 'held', reason: pending ? 'owner-pending' : 'unknown-owner', address };
}
