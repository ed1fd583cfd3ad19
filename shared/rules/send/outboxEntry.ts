/**
 * R2.6 what the UI sees of an outbox entry (the `onChange` event and `list()`): state, progress
 * and the server's words, plus a summary of the message. No body, no attachment bytes, no MIME:
 * those stay in main. Zod first, because it crosses IPC.
 *
 * States: queued → sending → sent | failed-permanent. A temporary failure puts the entry back to
 * `queued` with `nextAttemptAt` and `lastError`; `verifying` says the next attempt first checks
 * the server for an earlier copy (an attempt whose outcome is unknown) instead of sending blindly.
 */
import { z } from 'zod';
import { FailureCodeSchema } from '../../failures/failureCodes';
import { ConnectionFailureCodeSchema } from '../../ipc/connection';
import { OutgoingMailboxSchema } from './outgoing';

export const OutboxStateSchema = z.enum(['queued', 'sending', 'sent', 'failed-permanent']);
export type OutboxState = z.infer<typeof OutboxStateSchema>;

/** A connection failure, or one of sending's own (the table's words: shared/failures/failureCodes.ts). */
export const SendErrorCodeSchema = z.union([
  ConnectionFailureCodeSchema,
  FailureCodeSchema.extract([
    'rejected', // the SMTP server answered 4xx/5xx: see responseCode and text
    'verify-failed', // could not check over IMAP whether an earlier attempt went through
    'not-configured', // no SMTP/IMAP login available (e.g. secrets locked)
  ]),
]);
export type SendErrorCode = z.infer<typeof SendErrorCodeSchema>;

export const SendErrorSchema = z.object({
  kind: z.enum(['temporary', 'permanent']),
  code: SendErrorCodeSchema,
  responseCode: z.number().int().optional(),
  /** the server's own words, when it said any; never credentials or message content */
  text: z.string().max(1000).optional(),
});
export type SendError = z.infer<typeof SendErrorSchema>;

/**
 * R2.3: `found` = the server had filed it itself (or an earlier run stored it), `stored` = we
 * appended it, `no-folder` = the account has no Sent folder, `failed` = given up after many tries.
 */
export const SentCopyStateSchema = z.enum(['pending', 'stored', 'found', 'no-folder', 'failed']);
export type SentCopyState = z.infer<typeof SentCopyStateSchema>;

export const RejectedRecipientSchema = z.object({ address: z.string(), text: z.string().max(1000) });

export const OutboxSummarySchema = z.object({
  from: OutgoingMailboxSchema,
  to: z.array(OutgoingMailboxSchema),
  cc: z.array(OutgoingMailboxSchema),
  bcc: z.array(OutgoingMailboxSchema),
  subject: z.string(),
  crmBcc: z.string().optional(),
  attachments: z.array(z.object({ name: z.string(), contentType: z.string(), size: z.number().int().nonnegative() })),
});
export type OutboxSummary = z.infer<typeof OutboxSummarySchema>;

export const OutboxEntryViewSchema = z.object({
  id: z.string(),
  /** without angle brackets; the same in every copy (recipients, drop box, Sent) */
  messageId: z.string(),
  state: OutboxStateSchema,
  createdAt: z.number(),
  updatedAt: z.number(),
  /** SMTP attempts made so far (verifications do not count) */
  attempts: z.number().int().nonnegative(),
  nextAttemptAt: z.number().optional(),
  lastError: SendErrorSchema.optional(),
  verifying: z.boolean(),
  sentAt: z.number().optional(),
  /** bytes of the MIME message as sent */
  size: z.number().int().nonnegative(),
  /** recipients the server refused while it took the others: the message did go out */
  rejectedRecipients: z.array(RejectedRecipientSchema),
  sentCopy: SentCopyStateSchema.optional(),
  summary: OutboxSummarySchema,
});
export type OutboxEntryView = z.infer<typeof OutboxEntryViewSchema>;
