/** What the stack's two SMTP servers (submission, the inbound MX) share: an SMTP reply as an error, a message read whole. */
import type { SMTPServerDataStream, SMTPServerError } from 'smtp-server';

export function smtpError(code: number, message: string): SMTPServerError {
  return Object.assign(new Error(message), { responseCode: code });
}

export function readAll(stream: SMTPServerDataStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.once('end', () => resolve(Buffer.concat(chunks)));
    stream.once('error', reject);
  });
}
