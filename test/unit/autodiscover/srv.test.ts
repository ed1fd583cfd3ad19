/** Source 1: RFC 6186 SRV records, through an injected resolver. */
import { describe, expect, it } from 'vitest';
import { discoverServers } from '../../../main/mail/autodiscover/discoverServers';
import { pickSrvTarget } from '../../../main/mail/autodiscover/srvChoice';
import { dnsError, fakeResolver, fetchNothing, noHosts, nothingGuessed } from './fixtures';

const NOT_OFFERED = { name: '', port: 0, priority: 0, weight: 0 };

describe('pickSrvTarget', () => {
  it('takes the lowest priority, then the highest weight', () => {
    expect(
      pickSrvTarget([
        { name: 'backup.acme.com', port: 993, priority: 20, weight: 100 },
        { name: 'light.acme.com', port: 993, priority: 10, weight: 5 },
        { name: 'heavy.acme.com', port: 994, priority: 10, weight: 50 },
      ]),
    ).toEqual({ host: 'heavy.acme.com', port: 994 });
  });

  it('drops "." targets, port 0 and malformed host names, and strips the trailing dot', () => {
    expect(
      pickSrvTarget([
        { name: '.', port: 993, priority: 0, weight: 0 },
        { name: 'zero.acme.com', port: 0, priority: 0, weight: 0 },
        { name: 'bad host!', port: 993, priority: 0, weight: 0 },
        { name: 'IMAP.Acme.com.', port: 993, priority: 5, weight: 0 },
      ]),
    ).toEqual({ host: 'imap.acme.com', port: 993 });
    expect(pickSrvTarget([{ name: '.', port: 0, priority: 0, weight: 0 }])).toBeUndefined();
  });
});

describe('discoverServers from SRV records', () => {
  it('chooses by priority and weight, prefers implicit TLS, and takes STARTTLS where "." says implicit is not offered', async () => {
    const resolveSrv = fakeResolver({
      '_imaps._tcp.acme.com': [
        { name: 'imap-backup.acme.com', port: 993, priority: 20, weight: 0 },
        { name: 'imap-b.acme.com', port: 993, priority: 10, weight: 10 },
        { name: 'imap-a.acme.com.', port: 993, priority: 10, weight: 60 },
      ],
      '_imap._tcp.acme.com': [{ name: 'imap-plainport.acme.com', port: 143, priority: 0, weight: 0 }],
      '_submissions._tcp.acme.com': [NOT_OFFERED],
      '_submission._tcp.acme.com': [
        { name: 'smtp-b.acme.com', port: 587, priority: 0, weight: 1 },
        { name: 'smtp-a.acme.com', port: 587, priority: 0, weight: 9 },
      ],
    });
    const fetchText = fetchNothing();
    const result = await discoverServers('Jane.Doe@ACME.com', { resolveHost: noHosts, resolveSrv, fetchText });
    expect(result).toEqual({
      found: true,
      source: 'srv',
      imap: { host: 'imap-a.acme.com', port: 993, tls: 'implicit', user: 'Jane.Doe@acme.com' },
      smtp: { host: 'smtp-a.acme.com', port: 587, tls: 'starttls', user: 'Jane.Doe@acme.com' },
      tried: [],
    });
    expect([...resolveSrv.asked].sort()).toEqual(['_imap._tcp.acme.com', '_imaps._tcp.acme.com', '_submission._tcp.acme.com', '_submissions._tcp.acme.com']);
    expect(fetchText.urls).toEqual([]);
  });

  it('uses STARTTLS IMAP and implicit-TLS submission when only those are published', async () => {
    const resolveSrv = fakeResolver({
      '_imap._tcp.acme.com': [{ name: 'mail.acme.com', port: 143, priority: 0, weight: 0 }],
      '_submissions._tcp.acme.com': [{ name: 'mail.acme.com', port: 465, priority: 0, weight: 0 }],
    });
    expect(await discoverServers('jane@acme.com', { resolveHost: noHosts, resolveSrv, fetchText: fetchNothing() })).toEqual({
      found: true,
      source: 'srv',
      imap: { host: 'mail.acme.com', port: 143, tls: 'starttls', user: 'jane@acme.com' },
      smtp: { host: 'mail.acme.com', port: 465, tls: 'implicit', user: 'jane@acme.com' },
      tried: [],
    });
  });

  it('treats IMAP marked "." as not offered: SRV is incomplete, autoconfig is tried next, nothing is invented', async () => {
    const resolveSrv = fakeResolver({
      '_imaps._tcp.acme.com': [NOT_OFFERED],
      '_imap._tcp.acme.com': [{ name: '.', port: 0, priority: 0, weight: 0 }],
      '_submissions._tcp.acme.com': [{ name: 'smtp.acme.com', port: 465, priority: 0, weight: 0 }],
    });
    const fetchText = fetchNothing();
    expect(await discoverServers('jane@acme.com', { resolveHost: noHosts, resolveSrv, fetchText })).toEqual({
      found: false,
      tried: [
        { source: 'srv', reason: 'incomplete', detail: 'no usable IMAP SRV record' },
        { source: 'autoconfig-domain', reason: 'not-found', detail: 'HTTP 404' },
        { source: 'autoconfig-wellknown', reason: 'not-found', detail: 'HTTP 404' },
        { source: 'ispdb', reason: 'not-found', detail: 'HTTP 404' },
        nothingGuessed('acme.com').tried,
      ],
      guessed: nothingGuessed('acme.com').guessed,
    });
    expect(fetchText.urls).toEqual([
      'https://autoconfig.acme.com/mail/config-v1.1.xml?emailaddress=jane%40acme.com',
      'https://acme.com/.well-known/autoconfig/mail/config-v1.1.xml',
      'https://autoconfig.thunderbird.net/v1.1/acme.com',
    ]);
  });

  it('reports no records at all as not-found', async () => {
    const result = await discoverServers('jane@acme.com', { resolveHost: noHosts, resolveSrv: fakeResolver({}), fetchText: fetchNothing() });
    expect(result.tried[0]).toEqual({ source: 'srv', reason: 'not-found', detail: 'no usable IMAP or submission SRV records' });
  });

  it('gives up on a resolver that never answers after the configured timeout', async () => {
    const started = Date.now();
    const result = await discoverServers('jane@acme.com', { resolveHost: noHosts, resolveSrv: () => new Promise(() => {}), fetchText: fetchNothing(), timeoutMs: 100 });
    const elapsed = Date.now() - started;
    expect(result.tried[0]).toEqual({ source: 'srv', reason: 'timeout', detail: '_imaps._tcp.acme.com: no answer within 100 ms' });
    expect(elapsed).toBeGreaterThanOrEqual(95);
    expect(elapsed).toBeLessThan(1_000);
  });

  it('reports a DNS server failure and a malformed resolver answer', async () => {
    const failing = await discoverServers('jane@acme.com', {
      resolveHost: noHosts,
      resolveSrv: async () => {
        throw dnsError('ESERVFAIL');
      },
      fetchText: fetchNothing(),
    });
    expect(failing.tried[0]).toEqual({ source: 'srv', reason: 'unreachable', detail: '_imaps._tcp.acme.com: DNS error ESERVFAIL' });
    const malformed = await discoverServers('jane@acme.com', {
      resolveHost: noHosts,
      resolveSrv: async () => [{ name: 'imap.acme.com', port: 'imap', priority: 0, weight: 0 }] as never,
      fetchText: fetchNothing(),
    });
    expect(malformed.tried[0]).toEqual({ source: 'srv', reason: 'invalid', detail: '_imaps._tcp.acme.com: malformed SRV answer' });
  });

  it('explains a missing submission service by the lookup that failed', async () => {
    const zone = fakeResolver({ '_imaps._tcp.acme.com': [{ name: 'imap.acme.com', port: 993, priority: 0, weight: 0 }] });
    const result = await discoverServers('jane@acme.com', {
      resolveHost: noHosts,
      resolveSrv: async (name) => {
        if (name.startsWith('_submissions.')) throw dnsError('ETIMEOUT');
        return zone(name);
      },
      fetchText: fetchNothing(),
    });
    expect(result.tried[0]).toEqual({ source: 'srv', reason: 'timeout', detail: '_submissions._tcp.acme.com: no answer within 4000 ms' });
  });
});
