/**
 * The outbox on disk (R2.6): an index file with every entry's state, and per entry two body
 * files (the message as composed, for editing; the MIME as built, for sending), named by entry id
 * and revision. The index is the commit point: body files of a new revision are written first,
 * the index then points to them, and only after that are the old ones deleted.
 */
import { z } from 'zod';
import { OutboxEntryViewSchema } from '../../shared/rules/send/outboxEntry';

export const OUTBOX_FILE_VERSION = 1;

const OutboxRecordSchema = OutboxEntryViewSchema.extend({
  /** ids are file names: keep them to our own alphabet */
  id: z.string().regex(/^[0-9a-z]{8,40}$/),
  /** the id the server gave the message, when it replaced ours (Microsoft 365, SES) */
  serverMessageId: z.string().optional(),
  /** revision of the body files; `edit` writes a new one */
  revision: z.number().int().nonnegative(),
  /** the Date header of the built message (epoch ms), used for the Sent APPEND */
  messageDate: z.number(),
  envelope: z.object({ from: z.string(), to: z.array(z.string()).min(1) }),
  /** when the last SMTP transaction began; a verification waits for slow drop-box delivery from here */
  attemptStartedAt: z.number().optional(),
  /** failures in a row (sending, verifying or storing the Sent copy), for back-off */
  failures: z.number().int().nonnegative(),
  sentCopyAttempt: z.object({ failures: z.number().int().nonnegative(), nextAttemptAt: z.number() }).optional(),
  /** body files exist (dropped once the entry is sent and its Sent copy settled) */
  hasBody: z.boolean(),
});
export type OutboxRecord = z.infer<typeof OutboxRecordSchema>;

export const OutboxFileSchema = z.object({
  version: z.literal(OUTBOX_FILE_VERSION),
  entries: z.array(OutboxRecordSchema),
});
