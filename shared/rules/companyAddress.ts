/**
 * R1.2 the company BCC address: derived from the company domain and a local part (`crm` unless
 * the company chose another). Changing the domain changes the address; the previous addresses
 * stay accepted as aliases (beyond), because mail already sent to them must not be lost.
 */
import type { CompanyBcc } from '../domain/crm';
import { normalizeAddress } from './emailAddress';

export const DEFAULT_DROPBOX_LOCAL_PART = 'crm';

/** Letters, digits, hyphens per label, at least one dot; IDNs must come in as punycode (xn--). */
const DOMAIN_PATTERN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/** A conservative dot-atom: what a mail admin would create for a shared mailbox. */
const LOCAL_PART_PATTERN = /^[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?$/;

/** The domain as it is compared: lower-case, no leading "@", no trailing dot. */
export function normalizeDomain(domain: string): string {
  return domain.trim().toLowerCase().replace(/^@/, '').replace(/\.$/, '');
}

/** `crm@acme.com` from `Acme.com`; throws RangeError on a domain or local part that is not one. */
export function companyBccAddress(domain: string, localPart = DEFAULT_DROPBOX_LOCAL_PART): string {
  const d = normalizeDomain(domain);
  const l = localPart.trim().toLowerCase();
  if (!DOMAIN_PATTERN.test(d)) throw new RangeError(`not a domain: ${domain}`);
  if (!LOCAL_PART_PATTERN.test(l)) throw new RangeError(`not a mailbox name: ${localPart}`);
  return `${l}@${d}`;
}

/**
 * The company BCC setting after the domain (or local part) changed: the new address, and every
 * address used before as an alias, oldest first, without duplicates. Changing back to an old
 * domain makes that address current again and removes it from the aliases.
 */
export function changeCompanyBcc(
  current: CompanyBcc | undefined,
  domain: string,
  localPart = DEFAULT_DROPBOX_LOCAL_PART,
): CompanyBcc {
  const address = companyBccAddress(domain, localPart);
  const previous = current ? [...current.aliases, current.address].map(normalizeAddress) : [];
  const aliases = [...new Set(previous)].filter((a) => a !== address);
  return { address, aliases };
}

/** Every address the drop box accepts as its own: the current one first, then the aliases. */
export function acceptedDropboxAddresses(bcc: CompanyBcc): string[] {
  return [...new Set([bcc.address, ...bcc.aliases].map(normalizeAddress))];
}
