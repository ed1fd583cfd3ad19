/**
 * The host names and ports worth probing when no source publishes the servers, as Thunderbird's
 * guessConfig does: `imap.` / `smtp.`, then `mail.`, then the domain itself, each on its usual
 * ports. Implicit TLS before STARTTLS (RFC 8314 §3); never plain text, so no plain ports (SMTP 25
 * is for relaying between servers, not for submission). Every candidate is the mail domain or
 * below it, so none is a stranger (targetTrust.ts) and the password may go to what answers.
 */
import type { TlsMode } from '../../../shared/settings/account';

export type GuessProtocol = 'imap' | 'smtp';

export interface GuessCandidate {
  readonly protocol: GuessProtocol;
  readonly host: string;
  readonly port: number;
  readonly tls: TlsMode;
}

const PREFIXES: Record<GuessProtocol, readonly string[]> = { imap: ['imap.', 'mail.', ''], smtp: ['smtp.', 'mail.', ''] };
const PORTS: Record<GuessProtocol, readonly (readonly [number, TlsMode])[]> = {
  imap: [
    [993, 'implicit'],
    [143, 'starttls'],
  ],
  smtp: [
    [465, 'implicit'],
    [587, 'starttls'],
  ],
};

/** The candidates for one protocol of `domain` (an ASCII domain, as parseEmailAddress gives it), best first. */
export function guessCandidates(domain: string, protocol: GuessProtocol): GuessCandidate[] {
  const d = domain.toLowerCase().replace(/\.$/, '');
  return PREFIXES[protocol].flatMap((prefix) => PORTS[protocol].map(([port, tls]) => ({ protocol, host: `${prefix}${d}`, port, tls })));
}
