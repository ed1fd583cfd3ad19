import SMTPConnection from 'nodemailer/lib/smtp-connection';
import type { SMTPConnectionSendInfo } from 'nodemailer/lib/smtp-connection';

export interface LmtpEnvelope {
  /** Envelope sender; '' sends the null sender `<>`. */
  from: string;
  to: readonly string[];
}

function connectLmtp(port: number): Promise<SMTPConnection> {
  // Dovecot's LMTP advertises STARTTLS because ssl = yes globally; on loopback it buys nothing.
  const connection = new SMTPConnection({
    host: '127.0.0.1',
    port,
    lmtp: true,
    ignoreTLS: true,
    name: 'mail-stack.localhost',
    logger: false,
    socketCloseTimeout: 0,
  });
  return new Promise((resolve, reject) => {
    connection.once('error', reject);
    connection.connect((err) => (err ? reject(err) : resolve(connection)));
  });
}

/**
 * Delivers one message to Dovecot over LMTP. Rejects if any recipient was refused, because a
 * test that delivers to a typo should fail loudly rather than wait for mail that never comes.
 */
export async function deliverLmtp(
  port: number,
  envelope: LmtpEnvelope,
  raw: string | Buffer,
): Promise<SMTPConnectionSendInfo> {
  const connection = await connectLmtp(port);
  try {
    const info = await new Promise<SMTPConnectionSendInfo>((resolve, reject) => {
      connection.send({ from: envelope.from, to: [...envelope.to] }, raw, (err, result) => {
        if (err || result === undefined) reject(err ?? new Error('LMTP: no result'));
        else resolve(result);
      });
    });
    if (info.rejected.length > 0) {
      const reasons = (info.rejectedErrors ?? []).map((e) => e.message).join('; ');
      throw new Error(`LMTP refused ${info.rejected.join(', ')}: ${reasons}`);
    }
    return info;
  } finally {
    await quit(connection);
  }
}

/** QUIT and wait for the close, so no LMTP session is open when a test stops Dovecot. */
function quit(connection: SMTPConnection): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 1000);
    connection.once('end', () => {
      clearTimeout(timer);
      resolve();
    });
    connection.quit();
  });
}
