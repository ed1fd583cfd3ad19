/**
 * Finds IMAP and SMTP submission settings for an address, for the account setup screen.
 * Sources are tried one after the other, each bounded by a short timeout, and the first that
 * yields a complete, TLS-protected pair wins. When none publishes anything, the usual host names
 * of the domain are probed, as Thunderbird does (guessSource.ts: greetings only, no password);
 * when that finds nothing either, the answer is "not found" with the reasons and the hosts tried,
 * and the user types the settings in.
 * Only the address goes out (to DNS and the domain's own autoconfig host; Mozilla's ISP database
 * gets only the domain); there is no password parameter, so none can leak from here. Servers an
 * unauthenticated source names outside the mail domain come back marked `needsConfirmation`
 * (targetTrust.ts): the account step shows the hosts and tests nothing until the user accepts.
 */
import { resolveSrv as dnsResolveSrv } from 'node:dns/promises';
import { domainToASCII } from 'node:url';
import { discoverFromAutoconfig } from './autoconfigSource';
import { defaultAutoconfigUrls, type AutoconfigUrls } from './autoconfigUrls';
import { parseEmailAddress, type EmailAddress } from '../../../shared/rules/emailAddress';
import { fetchText as defaultFetchText, type FetchText } from './fetchText';
import { DiscoveryResultSchema, type DiscoveryResult, type DiscoverySource, type GuessedHost, type TriedSource } from '../../../shared/ipc/discovery';
import type { SourceOutcome } from './sourceOutcome';
import { discoverByGuessing } from './guessSource';
import { resolveDirectly, type ResolveHost } from './probeServer';
import { discoverFromSrv, type ResolveSrv } from './srvSource';
import { hostsToConfirm } from './targetTrust';

export interface DiscoverDeps {
  resolveSrv: ResolveSrv;
  fetchText: FetchText;
  /** Per source: each DNS lookup round and each HTTPS request. */
  timeoutMs: number;
  urls: AutoconfigUrls;
  /** where a guessed host is reached (tests: names of the test domain → the local mail stack) */
  resolveHost: ResolveHost;
}

const DEFAULT_DISCOVERY_TIMEOUT_MS = 4_000;

const defaultDeps: DiscoverDeps = {
  resolveSrv: (name) => dnsResolveSrv(name),
  fetchText: defaultFetchText,
  timeoutMs: DEFAULT_DISCOVERY_TIMEOUT_MS,
  urls: defaultAutoconfigUrls,
  resolveHost: resolveDirectly,
};

type Attempt = readonly [DiscoverySource, (address: EmailAddress) => Promise<SourceOutcome>];

/** @throws the Failure 'invalid-email' before any network traffic if the address is malformed. */
export async function discoverServers(email: string, deps: Partial<DiscoverDeps> = {}): Promise<DiscoveryResult> {
  // Field by field, so a key passed as undefined still gets its default.
  const resolveSrv = deps.resolveSrv ?? defaultDeps.resolveSrv;
  const fetchText = deps.fetchText ?? defaultDeps.fetchText;
  const timeoutMs = deps.timeoutMs ?? defaultDeps.timeoutMs;
  const urls = deps.urls ?? defaultDeps.urls;
  const resolveHost = deps.resolveHost ?? defaultDeps.resolveHost;
  const address = parseEmailAddress(email, domainToASCII);
  const autoconfig = (urlOf: (a: EmailAddress) => string) => (a: EmailAddress) => discoverFromAutoconfig(urlOf(a), a, fetchText, timeoutMs);
  const attempts: Attempt[] = [
    ['srv', (a) => discoverFromSrv(a, resolveSrv, timeoutMs)],
    ['autoconfig-domain', autoconfig(urls.domain)],
    ['autoconfig-wellknown', autoconfig(urls.wellKnown)],
    ['ispdb', autoconfig(urls.ispdb)],
  ];
  const tried: TriedSource[] = [];
  const answer = (source: DiscoverySource, outcome: Extract<SourceOutcome, { ok: true }>, extra: { guessed?: GuessedHost[] } = {}) => {
    const hosts = hostsToConfirm(source, address.domain, [outcome.imap.host, outcome.smtp.host]);
    const needsConfirmation = hosts.length > 0 ? { domain: address.domain, hosts } : undefined;
    return DiscoveryResultSchema.parse({ found: true, source, imap: outcome.imap, smtp: outcome.smtp, tried, ...(needsConfirmation && { needsConfirmation }), ...extra });
  };
  for (const [source, attempt] of attempts) {
    const outcome = await attempt(address);
    if (outcome.ok) return answer(source, outcome);
    tried.push({ source, reason: outcome.reason, detail: outcome.detail });
  }
  const guess = await discoverByGuessing(address, resolveHost, timeoutMs);
  if (guess.outcome.ok) return answer('guess', guess.outcome, { guessed: guess.guessed });
  tried.push({ source: 'guess', reason: guess.outcome.reason, detail: guess.outcome.detail });
  return DiscoveryResultSchema.parse({ found: false, tried, guessed: guess.guessed, ...(guess.partial && { partial: guess.partial }) });
}
