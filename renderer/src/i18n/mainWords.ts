/**
 * The words main shows itself (desktop notifications, the Help menu), taken from one language's
 * strings: main knows no language, so the renderer hands them over (shell/mainWords.ts sends
 * them; shared/ipc/calls/notifications.ts says why). A notification's reason uses the words the
 * Rejected list and the failure table already have, so each thing is worded once.
 */
import { RejectReasonSchema, type RejectReason } from '../../../shared/domain/mail';
import { FailureCodeSchema, type FailureCode } from '../../../shared/failures/failureCodes';
import type { MainWords } from '../../../shared/ipc/calls/notifications';
import type { Messages } from './languages';

const REJECT_REASON_KEY: Record<RejectReason, keyof Messages['rejected']['reasons']> = {
  'unknown-owner': 'unknownOwner',
  'owner-pending': 'ownerPending',
  'auth-failed': 'authFailed',
  'too-large': 'tooLarge',
  unparseable: 'unparseable',
};

export function mainWords(messages: Messages): MainWords {
  const n = messages.notifications;
  const rejectReasons = Object.fromEntries(RejectReasonSchema.options.map((r) => [r, messages.rejected.reasons[REJECT_REASON_KEY[r]]])) as Record<RejectReason, string>;
  const failures = Object.fromEntries(FailureCodeSchema.options.map((code) => [code, messages.errors[code]])) as Record<FailureCode, string>;
  return {
    notifications: { titles: { ...n.titles }, severalReasons: n.severalReasons, fallback: n.fallback, rejectReasons, failures, storeFailed: n.storeFailed },
    helpMenu: { ...n.helpMenu },
  };
}
