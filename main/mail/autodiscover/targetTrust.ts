/**
 * Which discovered servers the user must confirm before a password goes to them (RFC 6186 §6,
 * DESIGN "Security"). DNS answers are unauthenticated: whoever can forge an SRV record could name
 * their own server and receive the password with the first connection test. A target within the
 * mail domain's registrable domain (Public Suffix List, private section included, so
 * `a.github.io` and `b.github.io` are strangers) is the domain's own and passes quietly.
 * The autoconfig sources are fetched over HTTPS from the domain itself or from Mozilla's curated
 * ISP database, so what they name is vouched for. Guessing (guessSource.ts) is as unauthenticated
 * as DNS, but it only ever names the mail domain and hosts below it (no MX guessing), so it passes
 * this check by construction; it goes through it all the same, so that can never change unnoticed.
 */
import { createRequire } from 'node:module';
import type * as Tldts from 'tldts';
import type { DiscoverySource } from '../../../shared/ipc/discovery';

/** Sources whose answer nobody vouches for. */
export const UNAUTHENTICATED_SOURCES: ReadonlySet<DiscoverySource> = new Set<DiscoverySource>(['srv', 'guess']);

/**
 * tldts and its Public Suffix List, loaded on first use: only setting up an account asks, and
 * loaded at start it was about 2 MB of main's heap for the whole session, a cold mirror's included.
 */
let tldts: typeof Tldts | undefined;
function registrableDomain(host: string): string | null {
  tldts ??= createRequire(import.meta.url)('tldts') as typeof Tldts;
  return tldts.getDomain(host, { allowPrivateDomains: true });
}

/** Is `host` the mail domain, below it, or in the same registrable domain? IP addresses never are. */
export function isWithinMailDomain(host: string, mailDomain: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  const d = mailDomain.toLowerCase().replace(/\.$/, '');
  if (h === d || h.endsWith(`.${d}`)) return true;
  const hostDomain = registrableDomain(h);
  return hostDomain !== null && hostDomain === registrableDomain(d);
}

/** The hosts, each once, that need the user's word before any password is sent to them. */
export function hostsToConfirm(source: DiscoverySource, mailDomain: string, hosts: readonly string[]): string[] {
  if (!UNAUTHENTICATED_SOURCES.has(source)) return [];
  return [...new Set(hosts.map((h) => h.toLowerCase()))].filter((h) => !isWithinMailDomain(h, mailDomain));
}
