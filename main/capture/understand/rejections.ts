/**
 * Building `RejectedMessage`s. They are shown in the Rejected list (R3.3, R10.1) and kept by UID
 * so they can be released later (R3.8), so they carry what identifies the message (source,
 * Message-ID, sender, subject, date, size), and never any of its body.
 */
import type { Mailbox, RejectReason, RejectedMessage, SourceRef } from '../../../shared/domain/mail';
import { toMailbox } from '../../../shared/rules/capture/mailbox';
import { parseMessageId } from '../../../shared/rules/capture/messageIdHeaders';

/** R2.5 / R3.5: "larger than 20 MB", in the binary megabytes mail software means. */
export const MAX_CAPTURE_BYTES = 20 * 1024 * 1024;

const MAX_DETAIL = 200;

export interface RejectionFacts {
  messageId?: string | undefined;
  from?: Mailbox | undefined;
  subject?: string | undefined;
  date?: number | undefined;
}

function sizeOf(size: number): number {
  return Number.isFinite(size) && size > 0 ? Math.floor(size) : 0;
}

export function rejection(source: SourceRef, reason: RejectReason, size: number, facts: RejectionFacts, detail?: string): RejectedMessage {
  const rejected: RejectedMessage = { source, reason, size: sizeOf(size) };
  if (detail !== undefined && detail !== '') rejected.detail = detail.slice(0, MAX_DETAIL);
  if (facts.messageId !== undefined) rejected.messageId = facts.messageId;
  if (facts.from !== undefined) rejected.from = facts.from;
  if (facts.subject !== undefined) rejected.subject = facts.subject;
  if (facts.date !== undefined && Number.isFinite(facts.date)) rejected.date = facts.date;
  return rejected;
}

/** What an IMAP ENVELOPE gives (imapflow's `envelope` fits), plus where the message is. */
export interface EnvelopeInfo {
  source: SourceRef;
  messageId?: string | undefined;
  subject?: string | undefined;
  date?: Date | number | undefined;
  from?: ReadonlyArray<{ name?: string | undefined; address?: string | undefined }> | undefined;
}

/** Whether a message is over the capture limit (R3.5): decided before any body byte is fetched. */
export function isTooLarge(size: number, limit = MAX_CAPTURE_BYTES): boolean {
  return size > limit;
}

/**
 * R3.5: the Rejected-list entry of a message too large to download, from the envelope alone.
 * Call it when `isTooLarge(size, limit)`; the detail names both numbers.
 */
export function rejectTooLarge(envelope: EnvelopeInfo, size: number, limit = MAX_CAPTURE_BYTES): RejectedMessage {
  const first = envelope.from?.[0];
  const date = envelope.date instanceof Date ? envelope.date.getTime() : envelope.date;
  const subject = typeof envelope.subject === 'string' ? envelope.subject : undefined;
  return rejection(
    envelope.source,
    'too-large',
    size,
    {
      messageId: typeof envelope.messageId === 'string' ? parseMessageId(envelope.messageId) : undefined,
      from: first === undefined ? undefined : toMailbox(first.address, first.name),
      subject,
      date: typeof date === 'number' && Number.isFinite(date) ? date : undefined,
    },
    `${sizeOf(size)} bytes, limit ${limit} bytes`,
  );
}
