/**
 * R3.8 the Rejected list: refused mail kept by (source, UIDVALIDITY, UID) so it can be accepted
 * later. Rows are keyed deterministically, so a refusal delivered twice is one row, and a row
 * keeps its first date and the user's "accept" when the engine refuses the same copy again.
 */
import type { CaptureBatch } from '../../../../shared/domain/capture';
import type { CapturedMessage, RejectedMessage } from '../../../../shared/domain/mail';
import { normalizeAddress } from '../../../../shared/rules/emailAddress';
import type { RejectedRow } from '../../db/records';
import { rejectedRowId, sourceKeyString } from '../keys';
import type { WorkingSet } from './workingSet';

/**
 * The address a message waits for (R3.8): the sender the engine names in `detail`, for mail held
 * as 'owner-pending' and for mail from an unknown sender alike — confirming that address later
 * as an alternate releases both.
 */
export function heldForOf(message: Pick<RejectedMessage, 'reason' | 'detail' | 'from'>): string | undefined {
  if (message.reason !== 'owner-pending' && message.reason !== 'unknown-owner') return undefined;
  const candidate = message.detail?.includes('@') ? message.detail : message.from?.address;
  return candidate === undefined ? undefined : normalizeAddress(candidate);
}

export function rejectedRow(message: RejectedMessage, now: number): RejectedRow {
  const heldFor = heldForOf(message);
  const { sourceId, uidValidity, uid } = message.source;
  return {
    ...message,
    id: rejectedRowId(message.source),
    sourceId,
    uidValidity,
    uid,
    rejectedAt: now,
    status: 'held',
    ...(heldFor === undefined ? {} : { heldFor }),
  };
}

/** A captured message the store itself refused (its owner re-check, owner-id.ts). */
export function heldRow(
  message: CapturedMessage,
  reason: 'owner-pending' | 'unknown-owner',
  address: string,
  now: number,
): RejectedRow {
  return rejectedRow(
    {
      source: message.source,
      reason,
      detail: address,
      messageId: message.messageId,
      from: message.from,
      subject: message.subject,
      date: message.date,
      size: message.size,
    },
    now,
  );
}

/** The batch's refusals into the working set; a copy already captured is not listed as refused. */
export function recordRejected(batch: CaptureBatch, ws: WorkingSet, now: number): void {
  for (const message of batch.rejected) {
    if (ws.uidRow(sourceKeyString(message.source))) continue;
    if (ws.rejectedRow(rejectedRowId(message.source))) continue;
    ws.putRejected(rejectedRow(message, now));
  }
}
