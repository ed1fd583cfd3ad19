/** nodemailer transport options from our settings: TLS always (implicit or required STARTTLS). */
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import type { ServerLogin } from '../../../shared/settings/account';
import { tlsOptionsFor } from '../tls/tlsOptions';

export function smtpOptionsFor(server: ServerLogin, timeoutMs = 20_000): SMTPTransport.Options {
  return {
    host: server.host,
    port: server.port,
    secure: server.tls === 'implicit',
    // never send credentials or mail in clear text: STARTTLS is required, not opportunistic
    requireTLS: server.tls === 'starttls',
    auth: { user: server.user, pass: server.password },
    tls: tlsOptionsFor(server),
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs * 3,
    logger: false,
    debug: false,
  };
}
