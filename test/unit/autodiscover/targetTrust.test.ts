/**
 * R8.2 autodiscovery cannot hand the password to a stranger: a server named by an unauthenticated
 * source (DNS SRV) outside the mail domain's registrable domain needs the user's word first.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { discoverServers } from '../../../main/mail/autodiscover/discoverServers';
import { hostsToConfirm, isWithinMailDomain } from '../../../main/mail/autodiscover/targetTrust';
import { clientConfig, fakeResolver, fetchNothing, imapEntry, noHosts, smtpEntry } from './fixtures';

describe('R8.2 which discovered hosts need confirmation', () => {
  it.each([
    ['imap.acme.com', 'acme.com', true],
    ['acme.com', 'acme.com', true],
    ['IMAP.Mail.ACME.com.', 'acme.com', true],
    ['mx.eu.acme.com', 'sales.acme.com', true],
    ['imap.acme.co.uk', 'acme.co.uk', true],
    ['imap.evil.co.uk', 'acme.co.uk', false],
    ['imap.gmail.com', 'acme.com', false],
    ['acme.com.evil.net', 'acme.com', false],
    ['evilacme.com', 'acme.com', false],
    ['b.github.io', 'a.github.io', false],
    ['127.0.0.1', 'acme.com', false],
    ['localhost', 'example.test', false],
  ])('R8.2 %s within the mail domain %s: %s', (host, domain, within) => {
    expect(isWithinMailDomain(host, domain)).toBe(within);
  });

  it('R8.2 only the unauthenticated source asks; each outside host is named once', () => {
    expect(hostsToConfirm('srv', 'acme.com', ['mail.evil.net', 'MAIL.evil.net'])).toEqual(['mail.evil.net']);
    expect(hostsToConfirm('srv', 'acme.com', ['imap.acme.com', 'smtp.evil.net'])).toEqual(['smtp.evil.net']);
    expect(hostsToConfirm('srv', 'acme.com', ['imap.acme.com', 'smtp.acme.com'])).toEqual([]);
    // HTTPS from the domain itself or Mozilla's curated list: the domain may use a provider's servers
    for (const source of ['autoconfig-domain', 'autoconfig-wellknown', 'ispdb'] as const) {
      expect(hostsToConfirm(source, 'acme.com', ['imap.gmail.com', 'smtp.gmail.com'])).toEqual([]);
    }
  });

  it('R8.2 a host is never "within" a domain whose name it merely ends with (property)', () => {
    const label = fc.stringMatching(/^[a-z][a-z0-9]{0,10}$/);
    fc.assert(
      fc.property(label, label, label, (prefix, name, other) => {
        fc.pre(name !== other && prefix !== '');
        // "evilacme.com" is not "acme.com"; "acme.com.other.com" is not either
        expect(isWithinMailDomain(`${prefix}${name}.com`, `${name}.com`)).toBe(false);
        expect(isWithinMailDomain(`${name}.com.${other}.com`, `${name}.com`)).toBe(false);
        expect(isWithinMailDomain(`imap.${name}.com`, `${name}.com`)).toBe(true);
      }),
    );
  });
});

describe('R8.2 discoverServers marks SRV targets outside the mail domain', () => {
  it('R8.2 an SRV target outside the domain comes back with "needs confirmation: host X is outside acme.com"', async () => {
    const resolveSrv = fakeResolver({
      '_imaps._tcp.acme.com': [{ name: 'mail.stranger.net.', port: 993, priority: 0, weight: 0 }],
      '_submissions._tcp.acme.com': [{ name: 'smtp.acme.com', port: 465, priority: 0, weight: 0 }],
    });
    const result = await discoverServers('jane@acme.com', { resolveHost: noHosts, resolveSrv, fetchText: fetchNothing() });
    expect(result).toMatchObject({ found: true, source: 'srv', imap: { host: 'mail.stranger.net' }, needsConfirmation: { domain: 'acme.com', hosts: ['mail.stranger.net'] } });
  });

  it('R8.2 SRV targets inside the registrable domain pass quietly', async () => {
    const resolveSrv = fakeResolver({
      '_imaps._tcp.sales.acme.com': [{ name: 'imap.acme.com', port: 993, priority: 0, weight: 0 }],
      '_submissions._tcp.sales.acme.com': [{ name: 'smtp.eu.acme.com', port: 465, priority: 0, weight: 0 }],
    });
    const result = await discoverServers('jane@sales.acme.com', { resolveHost: noHosts, resolveSrv, fetchText: fetchNothing() });
    expect(result.found).toBe(true);
    expect(result).not.toHaveProperty('needsConfirmation');
  });

  it('R8.2 the domain\'s own HTTPS setup file may name its provider\'s servers without a warning', async () => {
    const config = clientConfig(
      imapEntry({ host: 'imap.gmail.com', port: 993, socketType: 'SSL', username: '%EMAILADDRESS%' }),
      smtpEntry({ host: 'smtp.gmail.com', port: 465, socketType: 'SSL', username: '%EMAILADDRESS%' }),
    );
    const fetchText = async (url: string) => (url.includes('autoconfig.acme.com') ? { status: 200, text: config } : { status: 404, text: '' });
    const result = await discoverServers('jane@acme.com', { resolveHost: noHosts, resolveSrv: fakeResolver({}), fetchText });
    expect(result).toMatchObject({ found: true, source: 'autoconfig-domain', imap: { host: 'imap.gmail.com' } });
    expect(result).not.toHaveProperty('needsConfirmation');
  });
});
