/**
 * R8.2 guessing the servers when nothing is published: the usual host names of the mail domain,
 * Thunderbird's order, encrypted ports only, and never a host outside the domain (so the
 * "server outside your domain" check passes them, and would catch any that were not).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guessCandidates } from '../../../main/mail/autodiscover/guessCandidates';
import { hostsToConfirm, isWithinMailDomain } from '../../../main/mail/autodiscover/targetTrust';

const row = (c: { host: string; port: number; tls: string }) => `${c.host}:${c.port} ${c.tls}`;

describe('R8.2 the host names guessing tries', () => {
  it.each([
    [
      'acme.com',
      'imap',
      ['imap.acme.com:993 implicit', 'imap.acme.com:143 starttls', 'mail.acme.com:993 implicit', 'mail.acme.com:143 starttls', 'acme.com:993 implicit', 'acme.com:143 starttls'],
    ],
    [
      'acme.com',
      'smtp',
      ['smtp.acme.com:465 implicit', 'smtp.acme.com:587 starttls', 'mail.acme.com:465 implicit', 'mail.acme.com:587 starttls', 'acme.com:465 implicit', 'acme.com:587 starttls'],
    ],
    ['Sales.ACME.co.uk.', 'imap', ['imap.sales.acme.co.uk:993 implicit', 'imap.sales.acme.co.uk:143 starttls', 'mail.sales.acme.co.uk:993 implicit', 'mail.sales.acme.co.uk:143 starttls', 'sales.acme.co.uk:993 implicit', 'sales.acme.co.uk:143 starttls']],
    ['xn--mnchen-3ya.de', 'smtp', ['smtp.xn--mnchen-3ya.de:465 implicit', 'smtp.xn--mnchen-3ya.de:587 starttls', 'mail.xn--mnchen-3ya.de:465 implicit', 'mail.xn--mnchen-3ya.de:587 starttls', 'xn--mnchen-3ya.de:465 implicit', 'xn--mnchen-3ya.de:587 starttls']],
  ] as const)('R8.2 %s, %s: best first, implicit TLS before STARTTLS', (domain, protocol, expected) => {
    const candidates = guessCandidates(domain, protocol);
    expect(candidates.map(row)).toEqual(expected);
    expect(candidates.every((c) => c.protocol === protocol)).toBe(true);
  });

  it('R8.2 every guessed host is within the mail domain, on an encrypted port, and needs no confirmation (property)', () => {
    const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,12}[a-z0-9])?$/);
    const domain = fc.tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom('com', 'co.uk', 'de', 'github.io', 'test')).map(([labels, tld]) => `${labels.join('.')}.${tld}`);
    fc.assert(
      fc.property(domain, fc.constantFrom('imap' as const, 'smtp' as const), (d, protocol) => {
        const candidates = guessCandidates(d, protocol);
        expect(candidates).toHaveLength(6);
        for (const c of candidates) {
          expect(isWithinMailDomain(c.host, d)).toBe(true);
          expect([993, 143, 465, 587]).toContain(c.port);
          expect(c.port === 993 || c.port === 465 ? c.tls : 'starttls').toBe(c.tls);
        }
        expect(hostsToConfirm('guess', d, candidates.map((c) => c.host))).toEqual([]);
        // the same hosts named by guessing for another domain would ask
        expect(hostsToConfirm('guess', 'elsewhere.example', candidates.map((c) => c.host))).not.toEqual([]);
      }),
    );
  });
});
