/**
 * A test DNS resolver for autodiscovery: a zone of SRV records, host names mapped to local ports
 * for guessing, every other name NXDOMAIN, and no autoconfig document anywhere, so no request
 * leaves the machine.
 */
import type { DiscoverDeps } from '../../main/mail/autodiscover/discoverServers';
import type { ResolveHost } from '../../main/mail/autodiscover/probeServer';
import type { SrvRecord } from '../../main/mail/autodiscover/srvChoice';

/** SRV records of `domain`: IMAP over TLS and submission with STARTTLS (the test stack's), at `target`. */
export function srvZone(domain: string, target: string, ports: { imaps: number; submission: number }): Record<string, SrvRecord[]> {
  return {
    [`_imaps._tcp.${domain}`]: [{ name: `${target}.`, port: ports.imaps, priority: 0, weight: 0 }],
    [`_submission._tcp.${domain}`]: [{ name: `${target}.`, port: ports.submission, priority: 0, weight: 0 }],
  };
}

/** "host:port" → where it really is, e.g. `imap.example.test:993` → 127.0.0.1 and the stack's IMAPS port. */
export type HostMap = Record<string, { address: string; port: number }>;

/** Guessing's resolver over a host map: any other host and port is NXDOMAIN. */
export function mappedHosts(map: HostMap): ResolveHost {
  return async (host, port) => {
    const target = map[`${host}:${port}`];
    if (!target) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return target;
  };
}

/** The stack's servers under the usual names of its domain: imap.<domain> (993 and 143), smtp.<domain> (587). */
export function usualNamesOf(domain: string, host: string, ports: { imaps: number; imap: number; smtp: number }): HostMap {
  return {
    [`imap.${domain}:993`]: { address: host, port: ports.imaps },
    [`imap.${domain}:143`]: { address: host, port: ports.imap },
    [`smtp.${domain}:587`]: { address: host, port: ports.smtp },
  };
}

export function testDiscovery(zone: Record<string, SrvRecord[]>, hosts: HostMap = {}): Partial<DiscoverDeps> & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    resolveHost: mappedHosts(hosts),
    resolveSrv: async (name) => {
      asked.push(name);
      const records = zone[name];
      if (!records) throw Object.assign(new Error(`querySrv ENOTFOUND ${name}`), { code: 'ENOTFOUND' });
      return records;
    },
    fetchText: async () => ({ status: 404, text: '' }),
    timeoutMs: 2_000,
  };
}
