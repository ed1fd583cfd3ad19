/**
 * One SMTP transaction: the prebuilt MIME, the explicit envelope (R2.2: the CRM address and the
 * user's Bcc are recipients here and nowhere else). A fresh connection per message, closed after:
 * the outbox sends rarely, and a pooled connection would only go stale between sends.
 */
import { loadCreateTransport } from '../mail/smtp/nodemailerLoader';
import type { ServerLogin } from '../../shared/settings/account';
import type { SmtpEnvelope } from '../../shared/rules/send/envelope';
import { smtpOptionsFor } from '../mail/smtp/smtpOptions';

export interface SmtpAcceptance {
  accepted: string[];
  /** recipients refused while others were taken; the message went out without them */
  rejected: Array<{ address: string; text: string }>;
  /** the server's final reply */
  response: string;
  /**
   * The Message-ID the server says it gave the message (Microsoft 365, SES replace ours); the
   * Sent and drop-box copies then carry this one, so it is searched for too. Without brackets.
   */
  serverMessageId?: string;
}

interface RejectedErrorShape {
  recipient?: unknown;
  response?: unknown;
}

export async function sendMime(login: ServerLogin, envelope: SmtpEnvelope, raw: Buffer, timeoutMs?: number): Promise<SmtpAcceptance> {
  const createTransport = await loadCreateTransport();
  const transport = createTransport(smtpOptionsFor(login, timeoutMs));
  try {
    const info = await transport.sendMail({ envelope: { from: envelope.from, to: [...envelope.to] }, raw });
    const rejectedErrors = Array.isArray(info.rejectedErrors) ? (info.rejectedErrors as RejectedErrorShape[]) : [];
    const rejected = info.rejected.map((address) => {
      const err = rejectedErrors.find((e) => e.recipient === address);
      return { address, text: typeof err?.response === 'string' ? err.response.slice(0, 1000) : '' };
    });
    const acceptance: SmtpAcceptance = { accepted: info.accepted, rejected, response: info.response };
    const serverId = typeof info.serverMessageId === 'string' ? info.serverMessageId.replace(/^<|>$/g, '') : '';
    return serverId === '' ? acceptance : { ...acceptance, serverMessageId: serverId };
  } finally {
    transport.close();
  }
}
