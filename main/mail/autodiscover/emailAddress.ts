/**
 * The one address discovery works from, checked before any lookup: a malformed address would
 * otherwise turn into DNS queries and HTTPS requests to hosts the user never meant.
 */
import { domainToASCII } from 'node:url';

export interface EmailAddress {
  /** Local part @ ASCII (punycode), lower-case domain: what placeholders are filled with. */
  readonly email: string;
  readonly localPart: string;
  readonly domain: string;
}

export type InvalidEmailReason = 'missing-at' | 'several-at' | 'empty-local-part' | 'invalid-local-part' | 'invalid-domain' | 'domain-without-dot';

const MESSAGES: Record<InvalidEmailReason, string> = {
  'missing-at': 'an email address needs an @, as in jane@example.com',
  'several-at': 'an email address has exactly one @',
  'empty-local-part': 'the part before the @ is empty',
  'invalid-local-part': 'the part before the @ has spaces, control characters or is longer than 64 characters',
  'invalid-domain': 'the part after the @ is not a valid domain name',
  'domain-without-dot': 'the domain needs a dot, as in example.com',
};

/** The address itself is left out of the message: messages end up in logs. */
export class InvalidEmailAddressError extends Error {
  override readonly name = 'InvalidEmailAddressError';
  constructor(readonly reason: InvalidEmailReason) {
    super(`Not a valid email address: ${MESSAGES[reason]}.`);
  }
}

// A DNS label in its ASCII form: letters, digits, inner hyphens, at most 63 characters.
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export function parseEmailAddress(input: string): EmailAddress {
  const trimmed = input.trim();
  const parts = trimmed.split('@');
  if (parts.length < 2) throw new InvalidEmailAddressError('missing-at');
  if (parts.length > 2) throw new InvalidEmailAddressError('several-at');
  const [localPart = '', rawDomain = ''] = parts;
  if (localPart === '') throw new InvalidEmailAddressError('empty-local-part');
  if (localPart.length > 64 || /[\s\u0000-\u001f\u007f]/.test(localPart)) throw new InvalidEmailAddressError('invalid-local-part');
  // Before the dot check, so "jane@" says "not a domain" rather than "needs a dot".
  if (rawDomain === '' || /[\s/\\?#:[\]]/.test(rawDomain)) throw new InvalidEmailAddressError('invalid-domain');
  // Unicode domains become punycode: DNS and TLS certificates speak only that form.
  const domain = domainToASCII(rawDomain.toLowerCase().replace(/\.$/, ''));
  if (domain === '') throw new InvalidEmailAddressError('invalid-domain');
  const labels = domain.split('.');
  if (labels.length < 2) throw new InvalidEmailAddressError('domain-without-dot');
  if (domain.length > 253 || !labels.every((l) => LABEL.test(l))) throw new InvalidEmailAddressError('invalid-domain');
  // No top-level domain is all digits: this refuses IP addresses, which have no autoconfig.
  if (/^[0-9]+$/.test(labels[labels.length - 1] ?? '')) throw new InvalidEmailAddressError('invalid-domain');
  return { email: `${localPart}@${domain}`, localPart, domain };
}
