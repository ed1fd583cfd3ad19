/**
 * Our own Message-ID for an outgoing message, made once per outbox entry and kept across retries
 * and edits: it is how the Sent copy (R2.3) and the drop-box copy are found again, and how a
 * restart tells "already sent" from "never sent" (R2.6). 128 random bits, so ids never collide;
 * the sender's domain on the right, as RFC 5322 recommends, in ASCII (IDNs as punycode).
 * Written without angle brackets, like every id in the project.
 */
import { randomBytes } from 'node:crypto';
import { domainToASCII } from 'node:url';
import { encodeBase32 } from '../../shared/rules/base32';
import { splitAddress } from '../../shared/rules/emailAddress';

const FALLBACK_DOMAIN = 'blindcopy.localhost';

export function newMessageId(fromAddress: string, random: (size: number) => Uint8Array = randomBytes): string {
  const domain = splitAddress(fromAddress)?.domain ?? '';
  const ascii = /^\[.*\]$/.test(domain) ? '' : domainToASCII(domain);
  return `${encodeBase32(random(16))}@${ascii || FALLBACK_DOMAIN}`;
}
