/**
 * R3.4 beyond: DMARC's relaxed identifier alignment (RFC 7489 §3.1). A DKIM or SPF pass says
 * that some domain vouched for the message; it says the sender is who the From line claims only
 * when that domain and the From domain have the same organizational domain ("mail.acme.com"
 * signing for "acme.com" aligns, "mailer.example" signing for "acme.com" does not).
 * The organizational domain needs the Public Suffix List, which is data, not a rule: the caller
 * passes it in (main uses tldts), so this file stays pure.
 */

/** The registrable ("organizational") domain of a name, or undefined when it has none (an IP, a bare suffix). */
export type OrgDomainOf = (domain: string) => string | undefined;

const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?\.)*[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/u;

/**
 * The domain of an identity as authentication headers write it: "user@acme.com", "@acme.com",
 * "acme.com", in any case, perhaps with a trailing dot or angle brackets. Undefined for anything
 * that is not a domain name.
 */
export function domainOfIdentity(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const bare = value.trim().replace(/^<|>$/gu, '');
  const at = bare.lastIndexOf('@');
  const domain = (at < 0 ? bare : bare.slice(at + 1)).toLowerCase().replace(/\.$/u, '');
  return DOMAIN.test(domain) ? domain : undefined;
}

/** Relaxed alignment: the same domain, or the same organizational domain. */
export function isAligned(fromDomain: string, identityDomain: string, orgDomainOf: OrgDomainOf): boolean {
  const from = fromDomain.toLowerCase();
  const identity = identityDomain.toLowerCase();
  if (from === identity) return true;
  const org = orgDomainOf(from);
  return org !== undefined && org === orgDomainOf(identity);
}
