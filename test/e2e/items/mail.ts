/** Plain text messages for the item tests, as a mail client would hand them to the server. */
import { randomUUID } from 'node:crypto';

export interface MailParts {
  from: string;
  to: string;
  subject: string;
  body?: string;
  date?: Date;
}

export function rawMail({ from, to, subject, body = 'Hello,\n\nsee below.\n\nBest regards', date = new Date() }: MailParts): string {
  return [
    `From: ${from}`,
    `To: ${to}`,
    `Subject: ${subject}`,
    `Date: ${date.toUTCString()}`,
    `Message-ID: <${randomUUID()}@items.e2e.test>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    body.replace(/\n/g, '\r\n'),
    '',
  ].join('\r\n');
}

/** A message just over the 20 MB capture limit (R3.5). */
export function oversizedMail(parts: Omit<MailParts, 'body'>): string {
  const line = `${'x'.repeat(998)}\r\n`;
  const lines = Math.ceil((21 * 1024 * 1024) / line.length);
  return rawMail({ ...parts, body: 'Attachment follows.' }).replace(/\r\n$/, `\r\n${line.repeat(lines)}`);
}
