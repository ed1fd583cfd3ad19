/**
 * R3.2, forwards as attachment: the original message travels whole as a message/rfc822 part
 * (Outlook "Forward as attachment", Thunderbird's default in some setups, Apple Mail on request).
 * `parseMime` keeps such parts as attachments; here each one is parsed on its own, and the first
 * with a usable author is the forwarded message. Nested forwards inside it are not unwrapped: the
 * customer's message is the one the owner attached.
 */
import type { Attachment, ParsedMail } from 'mailparser';
import type { AttachmentMeta, Mailbox } from '../../../shared/domain/mail';
import { parseMailDate } from '../../../shared/rules/capture/dates';
import { parseMessageId, parseMessageIdList } from '../../../shared/rules/capture/messageIdHeaders';
import { attachmentMetas } from './attachments';
import { headerFields, headerValue, mailboxesOf } from './headers';
import { parseMime } from './parseMime';

export interface AttachedForward {
  /** the message/rfc822 part it came from, e.g. "2" */
  part: string;
  from: Mailbox;
  to: Mailbox[];
  cc: Mailbox[];
  subject?: string;
  date?: number;
  messageId?: string;
  inReplyTo?: string;
  references: string[];
  text: string;
  html?: string;
  /** its own attachments, numbered inside the outer message ("2.2") */
  attachments: AttachmentMeta[];
}

const MESSAGE_TYPES = new Set(['message/rfc822', 'message/global']);

function isAttachedMessage(attachment: Attachment): boolean {
  return typeof attachment.contentType === 'string' && MESSAGE_TYPES.has(attachment.contentType.toLowerCase());
}

async function readAttached(attachment: Attachment, part: string): Promise<AttachedForward | undefined> {
  let inner: ParsedMail;
  try {
    inner = await parseMime(attachment.content);
  } catch {
    // handled: a broken attachment is just an attachment, not a forwarded reply
    return undefined;
  }
  const from = mailboxesOf(inner.from)[0];
  if (from === undefined) return undefined;
  const fields = headerFields(inner.headerLines);

  const forward: AttachedForward = {
    part,
    from,
    to: mailboxesOf(inner.to),
    cc: mailboxesOf(inner.cc),
    references: parseMessageIdList(headerValue(fields, 'references')),
    text: typeof inner.text === 'string' ? inner.text : '',
    attachments: attachmentMetas(inner.attachments, part),
  };
  if (typeof inner.subject === 'string') forward.subject = inner.subject;
  const date = parseMailDate(headerValue(fields, 'date'));
  if (date !== undefined) forward.date = date;
  const messageId = parseMessageId(headerValue(fields, 'message-id'));
  if (messageId !== undefined) forward.messageId = messageId;
  const inReplyTo = parseMessageId(headerValue(fields, 'in-reply-to'));
  if (inReplyTo !== undefined) forward.inReplyTo = inReplyTo;
  if (typeof inner.html === 'string' && inner.html !== '') forward.html = inner.html;
  return forward;
}

/** The first attached message with an author, or undefined. */
export async function findAttachedForward(outer: ParsedMail): Promise<AttachedForward | undefined> {
  const metas = attachmentMetas(outer.attachments);
  for (const [index, attachment] of outer.attachments.entries()) {
    const meta = metas[index];
    if (meta === undefined || !isAttachedMessage(attachment)) continue;
    const forward = await readAttached(attachment, meta.part);
    if (forward !== undefined) return forward;
  }
  return undefined;
}
