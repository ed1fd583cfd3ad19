/** R3.3–R3.5 each reason a message was refused, as a message key; and whether accepting it can help (R3.8). */
import type { RejectReason } from '../../../../shared/domain/mail';
import type { RejectionAdvice } from '../../../../shared/rules/rejectionAdvice';

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

/** R3.8 each advice (shared/rules/rejectionAdvice.ts) in words; 'none' says nothing more */
export const ADVICE_KEYS: Record<Exclude<RejectionAdvice, 'none'>, MessageKey> = {
  'confirm-address': 'rejected.advice.confirmAddress',
  'add-alternate': 'rejected.advice.addAlternate',
  'not-yours': 'rejected.advice.notYours',
  'check-genuine': 'rejected.advice.checkGenuine',
};

/** Advice the user follows in Settings' sender addresses (R6). */
export function settlesInSettings(advice: RejectionAdvice): boolean {
  return advice === 'confirm-address' || advice === 'add-alternate';
}
