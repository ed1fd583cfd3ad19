/**
 * Sends one confirmation email straight over SMTP, not through the outbox: the outbox keeps every
 * message on disk until it is sent, and this one holds the plain token and code, which must never
 * be written anywhere (R6.3). If it cannot go out now, the address stays pending and "resend"
 * makes a fresh token. No CRM copy: this mail is not CRM mail, and its X-Blindcopy-Purpose header
 * keeps capture from taking it in when it arrives in a synced folder (shared/rules/capture/ownMail.ts).
 */
import type { ServerLogin } from '../../shared/settings/account';
import { ADDRESS_CONFIRMATION_PURPOSE, PURPOSE_HEADER } from '../../shared/rules/capture/ownMail';
import type { OutgoingMessage } from '../../shared/rules/send/outgoing';
import { buildMime } from '../send/composeMime';
import { newMessageId } from '../send/messageId';
import { sendMime } from '../send/smtpSend';
import type { ConfirmationMailText } from './confirmationMail';

export async function sendConfirmationMail(
  login: ServerLogin,
  from: string,
  to: string,
  mail: ConfirmationMailText,
  now: number,
  timeoutMs?: number,
): Promise<void> {
  const message: OutgoingMessage = {
    from: { address: from, name: 'Blindcopy' },
    to: [{ address: to }],
    cc: [],
    bcc: [],
    subject: mail.subject,
    text: mail.text,
    attachments: [],
    references: [],
  };
  // Marked as Blindcopy's own and automatic, so capture never makes it a CRM conversation (R3.8)
  // wherever it arrives, and auto-responders do not answer it (RFC 3834).
  const raw = await buildMime(message, { messageId: newMessageId(from), date: new Date(now) }, { [PURPOSE_HEADER]: ADDRESS_CONFIRMATION_PURPOSE, 'Auto-Submitted': 'auto-generated' });
  await sendMime(login, { from, to: [to] }, raw, timeoutMs);
}
