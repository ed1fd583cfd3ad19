/**
 * The project's email-address checks, in one place. Addresses are compared lower-case everywhere
 * (the domain is case-insensitive by RFC 5321; local parts are in practice, and the capture
 * engine already lower-cases them), so every rule runs its inputs through `normalizeAddress`.
 * Two strictnesses, for two jobs: `cleanAddress` takes whatever a mail header or a recipient
 * field holds if it has the shape of an address (mail we receive or send is not ours to
 * judge); `parseEmailAddress` checks the one address the user types to set up an account,
 * before autodiscovery turns it into DNS queries and HTTPS requests.
 */
import { failure, type Failure } from '../failures/failure';

/** Lower-case, without surrounding whitespace or angle brackets. */
export function normalizeAddress(address: string): string {
  return address.trim().replace(/^<|>$/g, '').toLowerCase();
}

/** Local part and domain of an address, split at the last "@"; undefined when there is none. */
export function splitAddress(address: string): { local: string; domain: string } | undefined {
  const normalized = normalizeAddress(address);
  const at = normalized.lastIndexOf('@');
  if (at <= 0 || at === normalized.length - 1) return undefined;
  return { local: normalized.slice(0, at), domain: normalized.slice(at + 1) };
}

/** RFC 5321 caps a path at 256 octets; the schemas allow 320, the classic local@domain maximum. */
const MAX_ADDRESS = 320;

/**
 * One "@" splitting a non-empty local part from a non-empty domain, no whitespace or brackets:
 * the shape the CRM accepts for any address (a person's, an alternate, a header's). The account's
 * own address is checked stricter (`parseEmailAddress`), because it logs in and sends.
 */
export const ADDRESS_SHAPE = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+$/u;

/** The address lower-cased, or undefined when it is not an address at all. */
export function cleanAddress(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const address = normalizeAddress(raw);
  if (address.length < 3 || address.length > MAX_ADDRESS) return undefined;
  return ADDRESS_SHAPE.test(address) ? address : undefined;
}

/** Whether typed text (surrounding whitespace aside) has the shape of an address. */
export function looksLikeAddress(text: string): boolean {
  return cleanAddress(text) !== undefined;
}

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

/**
 * The Failure 'invalid-email', with the reason in params.reason. The address itself is left out
 * of the message: messages end up in logs.
 */
export function invalidEmailAddress(reason: InvalidEmailReason): Failure {
  return failure('invalid-email', `Not a valid email address: ${MESSAGES[reason]}.`, { reason });
}

// A DNS label in its ASCII form: letters, digits, inner hyphens, at most 63 characters.
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * The address the user typed, checked strictly. `toAsciiDomain` turns a Unicode domain into its
 * punycode form ('' when it cannot: node:url's domainToASCII in main); it is handed in because
 * shared/ is pure and IDNA is the platform's job.
 * @throws the Failure 'invalid-email' (invalidEmailAddress)
 */
export function parseEmailAddress(input: string, toAsciiDomain: (domain: string) => string): EmailAddress {
  const trimmed = input.trim();
  const parts = trimmed.split('@');
  if (parts.length < 2) throw invalidEmailAddress('missing-at');
  if (parts.length > 2) throw invalidEmailAddress('several-at');
  const [localPart = '', rawDomain = ''] = parts;
  if (localPart === '') throw invalidEmailAddress('empty-local-part');
  if (localPart.length > 64 || /[\s\u0000-\u001f\u007f]/.test(localPart)) throw invalidEmailAddress('invalid-local-part');
  // Before the dot check, so "jane@" says "not a domain" rather than "needs a dot".
  if (rawDomain === '' || /[\s/\\?#:[\]]/.test(rawDomain)) throw invalidEmailAddress('invalid-domain');
  // Unicode domains become punycode: DNS and TLS certificates speak only that form.
  const domain = toAsciiDomain(rawDomain.toLowerCase().replace(/\.$/, ''));
  if (domain === '') throw invalidEmailAddress('invalid-domain');
  const labels = domain.split('.');
  if (labels.length < 2) throw invalidEmailAddress('domain-without-dot');
  if (domain.length > 253 || !labels.every((l) => LABEL.test(l))) throw invalidEmailAddress('invalid-domain');
  // No top-level domain is all digits: this refuses IP addresses, which have no autoconfig.
  if (/^[0-9]+$/.test(labels[labels.length - 1] ?? '')) throw invalidEmailAddress('invalid-domain');
  return { email: `${localPart}@${domain}`, localPart, domain };
}
