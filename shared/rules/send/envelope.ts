/**
 * R2.2 the SMTP envelope of an outgoing message: every recipient the server must deliver to,
 * headers or not. The user's Bcc and the CRM copy live only here, which is what keeps them out
 * of the copies To and Cc recipients get.
 */
import { normalizeAddress } from '../emailAddress';
import type { OutgoingMessage } from './outgoing';

export interface SmtpEnvelope {
  from: string;
  to: string[];
}

/** To, Cc, Bcc and the CRM address, each once (compared case-insensitively), in that order. */
export function envelopeOf(message: Pick<OutgoingMessage, 'from' | 'to' | 'cc' | 'bcc' | 'crmBcc'>): SmtpEnvelope {
  const seen = new Set<string>();
  const to: string[] = [];
  const all = [...message.to, ...message.cc, ...message.bcc].map((m) => m.address);
  if (message.crmBcc !== undefined) all.push(message.crmBcc);
  for (const raw of all) {
    const address = raw.trim();
    const key = normalizeAddress(address);
    if (seen.has(key)) continue;
    seen.add(key);
    to.push(address);
  }
  return { from: message.from.address.trim(), to };
}
