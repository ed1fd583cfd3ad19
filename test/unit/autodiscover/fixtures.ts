/** Shared test doubles: clientConfig documents, a fake DNS zone and a local autoconfig server. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AutoconfigUrls } from '../../../main/mail/autodiscover/autoconfigUrls';
import type { FetchText } from '../../../main/mail/autodiscover/fetchText';
import type { ResolveHost } from '../../../main/mail/autodiscover/probeServer';
import type { ResolveSrv } from '../../../main/mail/autodiscover/srvSource';
import type { SrvRecord } from '../../../main/mail/autodiscover/srvChoice';

export interface Entry {
  host: string;
  port: number | string;
  socketType: string;
  username?: string;
  auth?: string[];
}

function serverXml(tag: 'incomingServer' | 'outgoingServer', type: string, e: Entry): string {
  return [
    `<${tag} type="${type}">`,
    `<hostname>${e.host}</hostname>`,
    `<port>${e.port}</port>`,
    `<socketType>${e.socketType}</socketType>`,
    e.username === undefined ? '' : `<username>${e.username}</username>`,
    ...(e.auth ?? ['password-cleartext']).map((a) => `<authentication>${a}</authentication>`),
    `</${tag}>`,
  ].join('\n');
}

export const imapEntry = (e: Entry) => serverXml('incomingServer', 'imap', e);
export const pop3Entry = (e: Entry) => serverXml('incomingServer', 'pop3', e);
export const smtpEntry = (e: Entry) => serverXml('outgoingServer', 'smtp', e);

export function clientConfig(...servers: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- served by the test -->
<clientConfig version="1.1">
  <emailProvider id="acme.com">
    <domain>acme.com</domain>
    <displayName>Acme Mail</displayName>
    ${servers.join('\n    ')}
  </emailProvider>
</clientConfig>
`;
}

/** A typical good config: IMAP on 993 and submission on 465, user = full address. */
export const GOOD_CONFIG = clientConfig(
  imapEntry({ host: 'imap.acme.com', port: 993, socketType: 'SSL', username: '%EMAILADDRESS%' }),
  smtpEntry({ host: 'smtp.acme.com', port: 465, socketType: 'SSL', username: '%EMAILADDRESS%' }),
);

export function dnsError(code: string): Error {
  return Object.assign(new Error(`querySrv ${code}`), { code });
}

/** A DNS zone of SRV records; any other name is NXDOMAIN, like a real resolver. */
export function fakeResolver(zone: Record<string, SrvRecord[]>): ResolveSrv & { asked: string[] } {
  const asked: string[] = [];
  const resolve = async (name: string) => {
    asked.push(name);
    const records = zone[name];
    if (!records) throw dnsError('ENOTFOUND');
    return records;
  };
  return Object.assign(resolve, { asked });
}

/** For SRV tests: every autoconfig URL answers 404, and no request leaves the process. */
export function fetchNothing(): FetchText & { urls: string[] } {
  const urls: string[] = [];
  const fetchText = async (url: string) => {
    urls.push(url);
    return { status: 404, text: '' };
  };
  return Object.assign(fetchText, { urls });
}

export type Route = { status?: number; body?: string; headers?: Record<string, string>; chunked?: boolean } | 'hang';

export interface ConfigServer {
  base: string;
  urls: AutoconfigUrls;
  /** Paths (with query) requested, in order. */
  requests: string[];
  routes: Map<string, Route>;
  close(): Promise<void>;
}

export const PATHS = {
  domain: '/domain/acme.com/mail/config-v1.1.xml',
  wellKnown: '/site/acme.com/.well-known/autoconfig/mail/config-v1.1.xml',
  ispdb: '/ispdb/v1.1/acme.com',
};

/** node:http on 127.0.0.1, port 0; the URL builders point the three autoconfig sources at it. */
export async function startConfigServer(): Promise<ConfigServer> {
  const routes = new Map<string, Route>();
  const requests: string[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '/';
    requests.push(url);
    const route = routes.get(url.split('?')[0] ?? '') ?? { status: 404, body: 'not here' };
    if (route === 'hang') return; // never answers
    const body = route.body ?? '';
    const headers = { 'content-type': 'application/xml', ...route.headers };
    if (route.chunked) {
      // No Content-Length: the client only learns the size by reading.
      res.writeHead(route.status ?? 200, headers);
      for (let i = 0; i < body.length; i += 8192) res.write(body.slice(i, i + 8192));
      res.end();
    } else {
      res.writeHead(route.status ?? 200, { ...headers, 'content-length': Buffer.byteLength(body) });
      res.end(body);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    routes,
    requests,
    urls: {
      domain: (a) => `${base}/domain/${a.domain}/mail/config-v1.1.xml?emailaddress=${encodeURIComponent(a.email)}`,
      wellKnown: (a) => `${base}/site/${a.domain}/.well-known/autoconfig/mail/config-v1.1.xml`,
      ispdb: (a) => `${base}/ispdb/v1.1/${a.domain}`,
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Guessing's resolver when no guessed name exists: every host NXDOMAIN, so nothing leaves the machine. */
export const noHosts: ResolveHost = async (host) => {
  throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
};

/** The end of a "not found" answer when no guessed name of `domain` exists (noHosts): guessing's entry and every host it tried. */
export function nothingGuessed(domain: string) {
  const hosts = (first: string) => [`${first}.${domain}`, `mail.${domain}`, domain];
  const probes = (protocol: 'imap' | 'smtp', first: string, ports: readonly [number, number]) =>
    hosts(first).flatMap((host) => [
      { protocol, host, port: ports[0], tls: 'implicit', outcome: 'no-host' },
      { protocol, host, port: ports[1], tls: 'starttls', outcome: 'no-host' },
    ]);
  return {
    tried: {
      source: 'guess',
      reason: 'not-found',
      detail: `no IMAP server answered at ${hosts('imap').join(', ')}, no SMTP server at ${hosts('smtp').join(', ')}`,
    },
    guessed: [...probes('imap', 'imap', [993, 143]), ...probes('smtp', 'smtp', [465, 587])],
  };
}
