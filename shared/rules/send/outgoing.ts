/**
 * The message compose hands to the outbox (R2): a zod schema first, because it crosses IPC from
 * the renderer and is read back from disk by the outbox.
 *
 * Attachments carry their bytes (base64), not a file path. A path would be read later, at send
 * time, perhaps after a restart: the file could have changed or vanished by then, and a retry
 * would send different bytes than the first attempt. It would also let whatever talks to main over
 * IPC make main read any file. With the bytes in the message, the outbox owns a frozen copy.
 *
 * Message ids (inReplyTo, references) are written without angle brackets, like everywhere else
 * in the project (`CapturedMessage`).
 */
import { z } from 'zod';
import { cleanAddress } from '../emailAddress';

/** Decoded attachment bytes per message. Far above what any mail server takes; a memory guard. */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;
/** A body this long is not typed by a person; a guard for the JSON files and IPC. */
export const MAX_BODY_CHARS = 10 * 1024 * 1024;

/** No control characters except tab: a CR or LF in a header value would start a new header. */
const CONTROL_EXCEPT_TAB = /(?!\t)\p{Cc}/u;
const singleLine = (max: number) => z.string().max(max).refine((s) => !CONTROL_EXCEPT_TAB.test(s), 'no line breaks or control characters');

export const OutgoingAddressSchema = z
  .string()
  .trim()
  .max(320)
  .refine((a) => cleanAddress(a) !== undefined, 'not an email address');

export const OutgoingMailboxSchema = z.object({
  address: OutgoingAddressSchema,
  name: singleLine(500).optional(),
});
export type OutgoingMailbox = z.infer<typeof OutgoingMailboxSchema>;

/** An id without brackets or whitespace; one header line at most. */
export const MessageIdValueSchema = z.string().min(3).max(998).regex(/^[^\s<>]+@[^\s<>]+$/, 'not a message id');

export const OutgoingAttachmentSchema = z.object({
  /** file name as shown to the recipient */
  name: singleLine(255).refine((n) => n.trim() !== '', 'empty file name'),
  contentType: z.string().max(255).regex(/^[A-Za-z0-9!#$&^_.+-]+\/[A-Za-z0-9!#$&^_.+-]+$/, 'not a MIME type'),
  /** the file's bytes, base64 (standard alphabet, padded) */
  contentBase64: z.base64().max(Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4),
});
export type OutgoingAttachment = z.infer<typeof OutgoingAttachmentSchema>;

/** Bytes a padded base64 string decodes to, without decoding it. */
export function decodedBase64Length(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((base64.length * 3) / 4) - padding);
}

export const OutgoingMessageSchema = z
  .object({
    from: OutgoingMailboxSchema,
    to: z.array(OutgoingMailboxSchema).max(1000),
    cc: z.array(OutgoingMailboxSchema).max(1000),
    /** the user's own Bcc: in the SMTP envelope only, never in a header (R2.2) */
    bcc: z.array(OutgoingMailboxSchema).max(1000),
    subject: singleLine(998),
    text: z.string().max(MAX_BODY_CHARS),
    html: z.string().max(MAX_BODY_CHARS).optional(),
    attachments: z.array(OutgoingAttachmentSchema).max(100),
    inReplyTo: MessageIdValueSchema.optional(),
    references: z.array(MessageIdValueSchema).max(100),
    /**
     * R2.1: the drop-box or item address the copy for the CRM goes to (see `crmBccFor`); the
     * caller decides. Envelope only, never a header (R2.2). Absent: no CRM copy.
     */
    crmBcc: OutgoingAddressSchema.optional(),
  })
  .refine((m) => m.to.length + m.cc.length + m.bcc.length > 0 || m.crmBcc !== undefined, {
    message: 'a message needs at least one recipient',
    path: ['to'],
  })
  .refine((m) => m.attachments.reduce((sum, a) => sum + decodedBase64Length(a.contentBase64), 0) <= MAX_ATTACHMENT_BYTES, {
    message: `attachments over ${MAX_ATTACHMENT_BYTES} bytes`,
    path: ['attachments'],
  });
export type OutgoingMessage = z.infer<typeof OutgoingMessageSchema>;
