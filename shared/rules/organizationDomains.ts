/**
 * R4.3 beyond: an organization may list its mail domains, and a new person at such a domain
 * joins it. Never for free-mail domains: a gmail.com address says nothing about an employer, so
 * such a domain cannot be listed, and an address there never joins anything. The list of
 * free-mail domains is the maintained `email-providers` package (about 8,700 domains of mail
 * providers), not one of ours.
 */
import freeMailDomains from 'email-providers/all.json' with { type: 'json' };
import { splitAddress } from './emailAddress';

const FREE_MAIL = new Set<string>(freeMailDomains);

/** A host name: labels of letters, digits and hyphens (IDNs in their ASCII or Unicode form), at least two labels. */
const DOMAIN_SHAPE = /^(?=.{3,253}$)(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}\p{N}][\p{L}\p{N}-]{0,61}[\p{L}\p{N}]$/u;

export const MAX_ORGANIZATION_DOMAINS = 50;

/** Whether `domain` (or a parent of it: mail.yahoo.com) belongs to a free-mail provider. */
export function isFreeMailDomain(domain: string): boolean {
  const labels = domain.toLowerCase().split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    if (FREE_MAIL.has(labels.slice(i).join('.'))) return true;
  }
  return false;
}

export type DomainCheck = { ok: true; domain: string } | { ok: false; reason: 'invalid' | 'free-mail' };

/** What the user typed ("@Acme.com ", "acme.com.") as a domain to list, or why it cannot be one. */
export function checkOrganizationDomain(typed: string): DomainCheck {
  const domain = typed.trim().replace(/^@/u, '').replace(/\.$/u, '').toLowerCase();
  if (!DOMAIN_SHAPE.test(domain)) return { ok: false, reason: 'invalid' };
  if (isFreeMailDomain(domain)) return { ok: false, reason: 'free-mail' };
  return { ok: true, domain };
}

/** The listed domains an address falls under: its own domain and each parent (eu.acme.com → acme.com). */
export function domainsOfAddress(address: string): string[] {
  const domain = splitAddress(address)?.domain;
  if (domain === undefined || isFreeMailDomain(domain)) return [];
  const labels = domain.split('.');
  return labels.slice(0, -1).map((_, i) => labels.slice(i).join('.'));
}

export interface OrganizationWithDomains {
  id: string;
  domains?: readonly string[] | undefined;
}

/**
 * The organization a new person with these addresses joins: the one listing the most specific
 * domain of the first address that matches any. Two organizations listing that same domain are
 * ambiguous, and the person joins neither (as R4.4 links nothing when several items qualify).
 */
export function organizationForAddresses(addresses: readonly string[], organizations: readonly OrganizationWithDomains[]): string | undefined {
  for (const address of addresses) {
    for (const domain of domainsOfAddress(address)) {
      const listing = organizations.filter((o) => o.domains?.includes(domain));
      if (listing.length === 1) return listing[0]?.id;
      if (listing.length > 1) return undefined;
    }
  }
  return undefined;
}
