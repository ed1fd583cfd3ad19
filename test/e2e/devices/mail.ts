/** Mail for the replication tests: Message-IDs chosen by the test, so a reply joins its thread (R9). */
export interface TestMail {
  id: string;
  from: string;
  to: string;
  subject: string;
  inReplyTo?: string;
  date?: Date;
}

export function threadMail({ id, from, to, subject, inReplyTo, date = new Date() }: TestMail): string {
  return [
    `From: ${from}`,
    `To: ${to}`,
    `Subject: ${subject}`,
    `Date: ${date.toUTCString()}`,
    `Message-ID: <${id}>`,
    ...(inReplyTo === undefined ? [] : [`In-Reply-To: <${inReplyTo}>`, `References: <${inReplyTo}>`]),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Hello,\r\n\r\nsee below.\r\n\r\nBest regards',
    '',
  ].join('\r\n');
}
