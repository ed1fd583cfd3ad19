/**
 * Sends one confirmation email straight over SMTP, not through the outbox: the outbox keeps every
 * message on disk until it is sent, and this one holds the plain token and code, which must never
 * be written anywhere (R6.3). If it cannot go out now, the address stays pending and "resend"
 * makes a fresh token. No CRM copy: this mail is not CRM mail.
 */
import type { ServerLogin } from '../../shared/settings/account';
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
  const raw = await buildMime(message, { messageId: newMessageId(from), date: new Date(now) });
  await sendMime(login, { from, to: [to] }, raw, timeoutMs);
}
