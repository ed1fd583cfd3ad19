/**
 * Builds the MIME message once, with nodemailer's MailComposer, from an `OutgoingMessage`. The
 * same bytes go to SMTP, to the Sent folder and (on a retry) to SMTP again, so every copy has the
 * same Message-ID and content.
 *
 * R2.2: neither the user's Bcc nor the CRM address is handed to the composer at all; they exist
 * only in the SMTP envelope (see `envelopeOf`), so no header can carry them. File and URL access
 * are off: content is only ever the bytes inside the message.
 */
import { loadMailComposer } from '../mail/smtp/nodemailerLoader';
import type { OutgoingMailbox, OutgoingMessage } from '../../shared/rules/send/outgoing';

const bracket = (id: string) => `<${id}>`;

function mailboxes(list: readonly OutgoingMailbox[]): Array<{ name: string; address: string }> | undefined {
  return list.length === 0 ? undefined : list.map((m) => ({ name: m.name ?? '', address: m.address }));
}

export interface MimeIdentity {
  /** without angle brackets */
  messageId: string;
  date: Date;
}

/** `headers`: extra header fields (e.g. the confirmation mail's X-Blindcopy-Purpose) */
export async function buildMime(message: OutgoingMessage, identity: MimeIdentity, headers?: Record<string, string>): Promise<Buffer> {
  const MailComposer = await loadMailComposer();
  const composer = new MailComposer({
    from: { name: message.from.name ?? '', address: message.from.address },
    to: mailboxes(message.to),
    cc: mailboxes(message.cc),
    subject: message.subject,
    text: message.text,
    html: message.html,
    attachments: message.attachments.map((a) => ({
      filename: a.name,
      contentType: a.contentType,
      content: Buffer.from(a.contentBase64, 'base64'),
    })),
    messageId: bracket(identity.messageId),
    date: identity.date,
    inReplyTo: message.inReplyTo === undefined ? undefined : bracket(message.inReplyTo),
    references: message.references.length === 0 ? undefined : message.references.map(bracket),
    ...(headers === undefined ? {} : { headers }),
    disableFileAccess: true,
    disableUrlAccess: true,
    // CRLF throughout: IMAP APPEND wants it, and SMTP gets exactly the bytes the Sent copy has.
    newline: 'win',
  });
  return composer.compile().build();
}
