/**
 * Sources 2 to 4 end to end: the real default fetcher against node:http on 127.0.0.1, with the
 * URL builders injected to point the domain, well-known and ISP-database sources at it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discoverServers } from '../../../main/mail/autodiscover/discoverServers';
import { clientConfig, fakeResolver, GOOD_CONFIG, imapEntry, noHosts, nothingGuessed, PATHS, smtpEntry, startConfigServer, type ConfigServer } from './fixtures';

let server: ConfigServer;
beforeEach(async () => {
  server = await startConfigServer();
});
afterEach(async () => {
  await server.close();
});

// No SRV records: the autoconfig sources are the ones under test. Never real DNS.
const discover = (email = 'jane@acme.com', timeoutMs = 2_000) => discoverServers(email, { resolveHost: noHosts, resolveSrv: fakeResolver({}), urls: server.urls, timeoutMs });

const SRV_NOT_FOUND = { source: 'srv', reason: 'not-found', detail: 'no usable IMAP or submission SRV records' } as const;

const GOOD_ANSWER = {
  imap: { host: 'imap.acme.com', port: 993, tls: 'implicit', user: 'jane@acme.com' },
  smtp: { host: 'smtp.acme.com', port: 465, tls: 'implicit', user: 'jane@acme.com' },
} as const;

type Tried = { source: string; reason: string; detail: string };
/** a source the test server has no document for */
const missing = (source: string): Tried => ({ source, reason: 'not-found', detail: 'HTTP 404' });
/** the answer when `source` served GOOD_CONFIG, after the sources in `before` said why not */
const foundIn = (source: string, ...before: Tried[]) => ({ found: true, source, ...GOOD_ANSWER, tried: [SRV_NOT_FOUND, ...before] });
/** the answer when no source had one */
const nothingFound = (...tried: Tried[]) => {
  const guess = nothingGuessed('acme.com');
  return { found: false, tried: [SRV_NOT_FOUND, ...tried, guess.tried], guessed: guess.guessed };
};

describe('discoverServers from autoconfig documents', () => {
  it('uses the domain config, which is given the address', async () => {
    server.routes.set(PATHS.domain, { body: GOOD_CONFIG });
    expect(await discover()).toEqual(foundIn('autoconfig-domain'));
    expect(server.requests).toEqual([`${PATHS.domain}?emailaddress=jane%40acme.com`]);
  });

  it('falls back to the well-known path when the domain config is missing', async () => {
    server.routes.set(PATHS.wellKnown, { body: GOOD_CONFIG });
    expect(await discover()).toEqual(foundIn('autoconfig-wellknown', missing('autoconfig-domain')));
  });

  it('falls back to the ISP database, which is not told the address', async () => {
    server.routes.set(PATHS.ispdb, { body: GOOD_CONFIG });
    expect(await discover()).toEqual(foundIn('ispdb', missing('autoconfig-domain'), missing('autoconfig-wellknown')));
    expect(server.requests).toEqual([`${PATHS.domain}?emailaddress=jane%40acme.com`, PATHS.wellKnown, PATHS.ispdb]);
  });

  it('returns found: false with every reason when no source has an answer', async () => {
    server.routes.set(PATHS.wellKnown, { status: 500, body: 'oops' });
    expect(await discover()).toEqual(
      nothingFound(missing('autoconfig-domain'), { source: 'autoconfig-wellknown', reason: 'unreachable', detail: 'HTTP 500' }, missing('ispdb')),
    );
  });

  it('fills the username placeholders', async () => {
    server.routes.set(PATHS.domain, {
      body: clientConfig(
        imapEntry({ host: 'imap.%EMAILDOMAIN%', port: 993, socketType: 'SSL', username: '%EMAILLOCALPART%' }),
        smtpEntry({ host: 'smtp.acme.com', port: 587, socketType: 'STARTTLS', username: '%EMAILLOCALPART%+smtp@%EMAILDOMAIN%' }),
      ),
    });
    expect(await discover('Jane.Doe@Acme.COM')).toMatchObject({
      found: true,
      imap: { host: 'imap.acme.com', port: 993, tls: 'implicit', user: 'Jane.Doe' },
      smtp: { host: 'smtp.acme.com', port: 587, tls: 'starttls', user: 'Jane.Doe+smtp@acme.com' },
    });
  });

  it('skips plain-text servers for the next acceptable entry, and fails a source that offers only plain text', async () => {
    server.routes.set(PATHS.domain, {
      body: clientConfig(
        imapEntry({ host: 'plain.acme.com', port: 143, socketType: 'plain', username: '%EMAILADDRESS%' }),
        imapEntry({ host: 'imap.acme.com', port: 143, socketType: 'STARTTLS', username: '%EMAILADDRESS%' }),
        smtpEntry({ host: 'plain.acme.com', port: 25, socketType: 'plain', username: '%EMAILADDRESS%' }),
      ),
    });
    server.routes.set(PATHS.wellKnown, { body: GOOD_CONFIG });
    expect(await discover()).toEqual(
      foundIn('autoconfig-wellknown', { source: 'autoconfig-domain', reason: 'incomplete', detail: 'SMTP server offered only without TLS' }),
    );
  });

  it('fails a malformed XML document with a reason and tries the next source', async () => {
    server.routes.set(PATHS.domain, { body: '<clientConfig version="1.1"><emailProvider></clientConfig>' });
    server.routes.set(PATHS.wellKnown, { body: '<html><body>Welcome to Acme</body></html>' });
    server.routes.set(PATHS.ispdb, { body: GOOD_CONFIG });
    expect(await discover()).toEqual(
      foundIn(
        'ispdb',
        { source: 'autoconfig-domain', reason: 'invalid', detail: 'not well-formed XML: unexpected closing tag clientConfig at offset 43' },
        { source: 'autoconfig-wellknown', reason: 'invalid', detail: 'root element is <html>, not <clientConfig>' },
      ),
    );
  });

  it('refuses a response over 100 KB, with or without Content-Length, and tries the next source', async () => {
    const huge = GOOD_CONFIG.replace('<displayName>', `<!-- ${'x'.repeat(110 * 1024)} --><displayName>`);
    server.routes.set(PATHS.domain, { body: huge });
    server.routes.set(PATHS.wellKnown, { body: huge, chunked: true });
    server.routes.set(PATHS.ispdb, { body: GOOD_CONFIG });
    expect(await discover()).toEqual(
      foundIn(
        'ispdb',
        { source: 'autoconfig-domain', reason: 'too-large', detail: `response of ${Buffer.byteLength(huge)} bytes is over the 102400-byte limit` },
        { source: 'autoconfig-wellknown', reason: 'too-large', detail: 'response is over the 102400-byte limit' },
      ),
    );
  });

  it('gives up on a server that never answers after the configured timeout and tries the next source', async () => {
    server.routes.set(PATHS.domain, 'hang');
    server.routes.set(PATHS.wellKnown, { body: GOOD_CONFIG });
    const started = Date.now();
    const result = await discover('jane@acme.com', 200);
    const elapsed = Date.now() - started;
    expect(result).toEqual(foundIn('autoconfig-wellknown', { source: 'autoconfig-domain', reason: 'timeout', detail: 'no answer within 200 ms' }));
    expect(elapsed).toBeGreaterThanOrEqual(190);
    expect(elapsed).toBeLessThan(1_500);
  });

  it('does not follow a redirect to plain HTTP', async () => {
    server.routes.set(PATHS.domain, { status: 302, headers: { location: `${server.base}${PATHS.ispdb}` } });
    server.routes.set(PATHS.ispdb, { body: GOOD_CONFIG });
    const result = await discover();
    expect(result.tried[1]).toEqual({ source: 'autoconfig-domain', reason: 'insecure', detail: 'refusing a redirect to a non-HTTPS address' });
    expect(server.requests).toEqual([`${PATHS.domain}?emailaddress=jane%40acme.com`, PATHS.wellKnown, PATHS.ispdb]);
  });

  it('reports a refused connection as unreachable', async () => {
    const base = server.base;
    await server.close();
    const result = await discoverServers('jane@acme.com', {
      resolveHost: noHosts,
      resolveSrv: fakeResolver({}),
      urls: { domain: () => `${base}/a`, wellKnown: () => `${base}/b`, ispdb: () => `${base}/c` },
      timeoutMs: 2_000,
    });
    const refused = (source: string): Tried => ({ source, reason: 'unreachable', detail: 'network error ECONNREFUSED' });
    expect(result).toEqual(nothingFound(refused('autoconfig-domain'), refused('autoconfig-wellknown'), refused('ispdb')));
    server = await startConfigServer(); // for afterEach
  });
});
