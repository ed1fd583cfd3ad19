/**
 * The last source, when nothing is published: the usual host names of the mail domain
 * (guessCandidates.ts), probed all at once (probeServer.ts: greeting and STARTTLS, never a
 * password), the best that answered for IMAP and for SMTP. Every host probed is reported, so the
 * first run can say which were tried and which answered.
 */
import type { EmailAddress } from '../../../shared/rules/emailAddress';
import type { DiscoveredServer, GuessedHost } from '../../../shared/ipc/discovery';
import { guessCandidates, type GuessCandidate } from './guessCandidates';
import { probeServer, type ResolveHost } from './probeServer';
import { failed, type SourceOutcome } from './sourceOutcome';

export interface GuessAnswer {
  outcome: SourceOutcome;
  guessed: GuessedHost[];
  /** one side found without the other: still worth filling in */
  partial?: { imap?: DiscoveredServer; smtp?: DiscoveredServer };
}

export async function discoverByGuessing(address: EmailAddress, resolveHost: ResolveHost, timeoutMs: number): Promise<GuessAnswer> {
  const candidates = [...guessCandidates(address.domain, 'imap'), ...guessCandidates(address.domain, 'smtp')];
  const outcomes = await Promise.all(candidates.map((c) => probeServer(c, resolveHost, timeoutMs)));
  const guessed: GuessedHost[] = candidates.map((c, i) => ({ ...c, outcome: outcomes[i] ?? 'timeout' }));
  // candidates come best first: the first that answered wins
  const best = (protocol: GuessCandidate['protocol']): DiscoveredServer | undefined => {
    const hit = guessed.find((g) => g.protocol === protocol && g.outcome === 'answered');
    // no user name comes with a guess; the full address is the most common login
    return hit && { host: hit.host, port: hit.port, tls: hit.tls, user: address.email };
  };
  const imap = best('imap');
  const smtp = best('smtp');
  if (imap && smtp) return { outcome: { ok: true, imap, smtp }, guessed };
  const hosts = (protocol: GuessCandidate['protocol']) => [...new Set(candidates.filter((c) => c.protocol === protocol).map((c) => c.host))].join(', ');
  const outcome =
    !imap && !smtp
      ? failed('not-found', `no IMAP server answered at ${hosts('imap')}, no SMTP server at ${hosts('smtp')}`)
      : failed('incomplete', imap ? `no SMTP server answered at ${hosts('smtp')}` : `no IMAP server answered at ${hosts('imap')}`);
  return { outcome, guessed, ...(imap || smtp ? { partial: { ...(imap && { imap }), ...(smtp && { smtp }) } } : {}) };
}
