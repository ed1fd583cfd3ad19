/**
 * Attachments as the store lists them: metadata only, the bytes are fetched on demand by part.
 *
 * Part numbers: mailparser numbers parts IMAP style from the MIME tree ("2", "1.2"), the same
 * numbers BODYSTRUCTURE gives, so they are used as they are. A message that is not multipart has
 * no number from mailparser; IMAP calls its only part "1" (RFC 3501 §6.4.5). Should mailparser
 * ever give none for a part of a multipart, the 1-based position in the list stands in, which is
 * only a guess: the sync engine, which has BODYSTRUCTURE, can then pass the real ids.
 *
 * Parts of an attached message/rfc822 (a forwarded message) are numbered inside it by the
 * separate parse, and are prefixed with the rfc822 part's own number, as IMAP numbers them
 * ("2" → "2.1", "2.2"; a non-multipart embedded message's body is "2.1").
 */
import type { Attachment } from 'mailparser';
import type { AttachmentMeta } from '../../../shared/domain/mail';
import { cleanFileName } from '../../../shared/text/fileName';

function filenameOf(attachment: Attachment, part: string): string {
  // no control characters, no bidirectional controls (R10.2)
  const name = typeof attachment.filename === 'string' ? cleanFileName(attachment.filename) : '';
  if (name !== '') return name;
  // Unnamed parts (inline images, forwarded messages) still need a label in the list.
  return attachment.contentType === 'message/rfc822' ? `message-${part}.eml` : `part-${part}`;
}

export function attachmentMetas(attachments: readonly Attachment[], prefix?: string): AttachmentMeta[] {
  return attachments.map((attachment, index) => {
    const own = typeof attachment.partId === 'string' && attachment.partId !== '' ? attachment.partId : String(index + 1);
    const part = prefix === undefined ? own : `${prefix}.${own}`;
    const size = typeof attachment.size === 'number' && Number.isFinite(attachment.size) ? Math.max(0, Math.floor(attachment.size)) : attachment.content.length;
    const contentType = typeof attachment.contentType === 'string' && attachment.contentType !== '' ? attachment.contentType.toLowerCase() : 'application/octet-stream';
    return { part, filename: filenameOf(attachment, part), contentType, size };
  });
}
