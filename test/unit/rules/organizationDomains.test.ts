/** R4.3 beyond: organizations' mail domains, and which organization a new person joins. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkOrganizationDomain, domainsOfAddress, isFreeMailDomain, organizationForAddresses } from '../../../shared/rules/organizationDomains';

describe('organization mail domains (R4.3 beyond)', () => {
  it.each([
    [' acme.com ', { ok: true, domain: 'acme.com' }],
    ['@Acme.COM', { ok: true, domain: 'acme.com' }],
    ['acme.com.', { ok: true, domain: 'acme.com' }],
    ['eu.acme.co.uk', { ok: true, domain: 'eu.acme.co.uk' }],
    ['bücher.de', { ok: true, domain: 'bücher.de' }],
    ['gmail.com', { ok: false, reason: 'free-mail' }],
    ['GMX.de', { ok: false, reason: 'free-mail' }],
    ['mail.yahoo.com', { ok: false, reason: 'free-mail' }],
    ['acme', { ok: false, reason: 'invalid' }],
    ['acme .com', { ok: false, reason: 'invalid' }],
    ['jane@acme.com', { ok: false, reason: 'invalid' }],
    ['-acme.com', { ok: false, reason: 'invalid' }],
    ['', { ok: false, reason: 'invalid' }],
  ])('R4.3 %j listed as %j', (typed, expected) => {
    expect(checkOrganizationDomain(typed)).toEqual(expected);
  });

  it.each([
    ['jane@acme.com', ['acme.com']],
    ['jane@eu.sales.acme.com', ['eu.sales.acme.com', 'sales.acme.com', 'acme.com']],
    ['jane@gmail.com', []],
    ['not an address', []],
  ])('R4.3 %s falls under %j', (address, domains) => {
    expect(domainsOfAddress(address)).toEqual(domains);
  });

  const acme = { id: 'acme', domains: ['acme.com'] };
  const acmeEu = { id: 'acme-eu', domains: ['eu.acme.com'] };
  const twin = { id: 'twin', domains: ['acme.com'] };
  const none = { id: 'none' };
  it.each([
    ['a new person at a listed domain joins it', ['jane@acme.com'], [acme, none], 'acme'],
    ['a subdomain joins the parent domain', ['jane@de.acme.com'], [acme], 'acme'],
    ['the most specific listing wins', ['jane@eu.acme.com'], [acme, acmeEu], 'acme-eu'],
    ['two organizations listing one domain: neither', ['jane@acme.com'], [acme, twin], undefined],
    ['no listing: none', ['jane@other.com'], [acme], undefined],
    ['the first address with a listing decides', ['jane@other.com', 'jane@acme.com'], [acme], 'acme'],
    ['never for free mail, even if listed by mistake', ['jane@gmail.com'], [{ id: 'g', domains: ['gmail.com'] }], undefined],
  ])('R4.3 %s', (_name, addresses, organizations, expected) => {
    expect(organizationForAddresses(addresses, organizations)).toBe(expected);
  });

  it('R4.3 property: any typed text is either refused or a lower-case, non-free-mail domain that checks to itself', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.domain(), fc.webUrl()), (typed) => {
        const check = checkOrganizationDomain(typed);
        if (!check.ok) return;
        expect(check.domain).toBe(check.domain.toLowerCase());
        expect(isFreeMailDomain(check.domain)).toBe(false);
        expect(checkOrganizationDomain(check.domain)).toEqual(check);
      }),
    );
  });

  it('R4.3 property: a person only ever joins an organization listing a domain of one of their addresses', () => {
    const domain = fc.constantFrom('acme.com', 'eu.acme.com', 'globex.com', 'gmail.com', 'initech.io');
    const org = fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), domains: fc.array(domain, { maxLength: 3 }) });
    const address = fc.tuple(fc.constantFrom('jane', 'bob'), fc.constantFrom('', 'de.', 'eu.'), domain).map(([l, s, d]) => `${l}@${s}${d}`);
    fc.assert(
      fc.property(fc.array(address, { minLength: 1, maxLength: 3 }), fc.array(org, { maxLength: 5 }), (addresses, organizations) => {
        const joined = organizationForAddresses(addresses, organizations);
        if (joined === undefined) return;
        const listed: string[] = organizations.filter((o) => o.id === joined).flatMap((o) => o.domains);
        expect(addresses.flatMap(domainsOfAddress).some((d) => listed.includes(d))).toBe(true);
      }),
    );
  });
});
