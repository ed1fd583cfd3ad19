/**
 * A test DNS resolver for autodiscovery: a zone of SRV records, every other name NXDOMAIN, and
 * no autoconfig document anywhere, so no request leaves the machine.
 */
import type { DiscoverDeps } from '../../main/mail/autodiscover/discoverServers';
import type { SrvRecord } from '../../main/mail/autodiscover/srvChoice';

/** SRV records of `domain`: IMAP over TLS and submission with STARTTLS (the test stack's), at `target`. */
export function srvZone(domain: string, target: string, ports: { imaps: number; submission: number }): Record<string, SrvRecord[]> {
  return {
    [`_imaps._tcp.${domain}`]: [{ name: `${target}.`, port: ports.imaps, priority: 0, weight: 0 }],
    [`_submission._tcp.${domain}`]: [{ name: `${target}.`, port: ports.submission, priority: 0, weight: 0 }],
  };
}

export function testDiscovery(zone: Record<string, SrvRecord[]>): Partial<DiscoverDeps> & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
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
