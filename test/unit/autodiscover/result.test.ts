import { domainToASCII } from 'node:url';
/** The result schema that will cross IPC, and the default, HTTPS-only source addresses. */
import { describe, expect, it } from 'vitest';
import { defaultAutoconfigUrls } from '../../../main/mail/autodiscover/autoconfigUrls';
import { parseEmailAddress } from '../../../shared/rules/emailAddress';
import { DiscoveryResultSchema } from '../../../shared/ipc/discovery';

const server = { host: 'imap.acme.com', port: 993, tls: 'implicit', user: 'jane@acme.com' };

describe('DiscoveryResultSchema', () => {
  it('accepts both shapes', () => {
    expect(DiscoveryResultSchema.safeParse({ found: true, source: 'ispdb', imap: server, smtp: server, tried: [] }).success).toBe(true);
    expect(DiscoveryResultSchema.safeParse({ found: false, tried: [{ source: 'srv', reason: 'timeout', detail: 'x' }] }).success).toBe(true);
  });

  it.each([
    ['a password', { found: true, source: 'ispdb', imap: { ...server, password: 'secret' }, smtp: server, tried: [] }],
    ['plain-text TLS mode', { found: true, source: 'ispdb', imap: { ...server, tls: 'none' }, smtp: server, tried: [] }],
    ['an unknown source', { found: true, source: 'mx-guess', imap: server, smtp: server, tried: [] }],
    ['a guessed host with an unknown outcome', { found: false, tried: [], guessed: [{ protocol: 'imap', host: 'imap.acme.com', port: 993, tls: 'implicit', outcome: 'maybe' }] }],
    ['a guessed host in plain text', { found: false, tried: [], guessed: [{ protocol: 'imap', host: 'imap.acme.com', port: 143, tls: 'none', outcome: 'answered' }] }],
    ['a guess next to found: false', { found: false, imap: server, tried: [] }],
    ['an unknown reason', { found: false, tried: [{ source: 'srv', reason: 'bad-luck', detail: '' }] }],
  ])('refuses %s', (_, value) => {
    expect(DiscoveryResultSchema.safeParse(value).success).toBe(false);
  });
});

describe('defaultAutoconfigUrls', () => {
  it('are HTTPS, and only the domain itself is given the address', () => {
    const a = parseEmailAddress('jane+crm@acme.com', domainToASCII);
    expect(defaultAutoconfigUrls.domain(a)).toBe('https://autoconfig.acme.com/mail/config-v1.1.xml?emailaddress=jane%2Bcrm%40acme.com');
    expect(defaultAutoconfigUrls.wellKnown(a)).toBe('https://acme.com/.well-known/autoconfig/mail/config-v1.1.xml');
    expect(defaultAutoconfigUrls.ispdb(a)).toBe('https://autoconfig.thunderbird.net/v1.1/acme.com');
  });
});
