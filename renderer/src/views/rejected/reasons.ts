/** R3.3–R3.5 each reason a message was refused, as a message key; and whether accepting it can help (R3.8). */
import type { RejectReason } from '../../../../shared/domain/mail';

import type { MessageKey } from '../../i18n/keys';
export const REASON_KEYS: Record<RejectReason, MessageKey> = {
  'unknown-owner': 'rejected.reasons.unknownOwner',
  'owner-pending': 'rejected.reasons.ownerPending',
  'auth-failed': 'rejected.reasons.authFailed',
  'too-large': 'rejected.reasons.tooLarge',
  unparseable: 'rejected.reasons.unparseable',
};

/**
 * Accepting fetches the message again and stores it whatever its owner. That helps unless the
 * message itself is the problem: too large to download (R3.5), or unreadable.
 */
export function canAccept(reason: RejectReason): boolean {
  return reason !== 'too-large' && reason !== 'unparseable';
}

/** Reasons the user settles in Settings (alternate sender addresses, R6). */
export function settlesInSettings(reason: RejectReason): boolean {
  return reason === 'unknown-owner' || reason === 'owner-pending';
}
