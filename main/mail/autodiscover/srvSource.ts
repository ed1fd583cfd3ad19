/**
 * Source 1: RFC 6186 SRV records. Implicit TLS (_imaps, and _submissions of RFC 8314) is
 * preferred over STARTTLS, as RFC 8314 advises; a server found under _imap or _submission is
 * marked 'starttls', which the connection code makes mandatory, so it is never used in plain text.
 * DNS is unauthenticated: the hosts found here are for the user to confirm, like any other.
 */
import type { EmailAddress } from '../../../shared/rules/emailAddress';
import type { DiscoveredServer } from '../../../shared/ipc/discovery';
import { failed, type SourceOutcome } from './sourceOutcome';
import { pickSrvTarget, SrvRecordsSchema, type SrvRecord } from './srvChoice';
import { isTimeout, withTimeout } from './withTimeout';

export type ResolveSrv = (name: string) => Promise<SrvRecord[]>;

type Lookup =
  | { kind: 'records'; records: SrvRecord[] }
  | { kind: 'none' }
  | { kind: 'failed'; reason: 'timeout' | 'unreachable' | 'invalid'; detail: string };

// "No such name" and "no SRV records at that name" both mean: nothing published.
const NOTHING_PUBLISHED = new Set(['ENOTFOUND', 'ENODATA', 'NXDOMAIN']);

async function lookup(resolveSrv: ResolveSrv, name: string, timeoutMs: number): Promise<Lookup> {
  let answer: unknown;
  try {
    answer = await withTimeout(resolveSrv(name), timeoutMs);
  } catch (err) {
    const code = typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : '';
    if (NOTHING_PUBLISHED.has(code)) return { kind: 'none' };
    if (isTimeout(err) || code === 'ETIMEOUT') return { kind: 'failed', reason: 'timeout', detail: `${name}: no answer within ${timeoutMs} ms` };
    return { kind: 'failed', reason: 'unreachable', detail: `${name}: DNS error ${code || 'unknown'}` };
  }
  const parsed = SrvRecordsSchema.safeParse(answer);
  if (!parsed.success) return { kind: 'failed', reason: 'invalid', detail: `${name}: malformed SRV answer` };
  return parsed.data.length > 0 ? { kind: 'records', records: parsed.data } : { kind: 'none' };
}

function serverFrom(found: Lookup, tls: DiscoveredServer['tls'], user: string): DiscoveredServer | undefined {
  const target = found.kind === 'records' ? pickSrvTarget(found.records) : undefined;
  return target && { ...target, tls, user };
}

/** Explains a missing side: a failed lookup says more than "nothing there". */
function whyMissing(lookups: Lookup[], what: string): SourceOutcome {
  const failure = lookups.find((l) => l.kind === 'failed');
  if (failure?.kind === 'failed') return failed(failure.reason, failure.detail);
  return failed('incomplete', `no usable ${what} SRV record`);
}

export async function discoverFromSrv(address: EmailAddress, resolveSrv: ResolveSrv, timeoutMs: number): Promise<SourceOutcome> {
  const d = address.domain;
  const ask = (service: string) => lookup(resolveSrv, `_${service}._tcp.${d}`, timeoutMs);
  const [imaps, imap, submissions, submission] = await Promise.all([ask('imaps'), ask('imap'), ask('submissions'), ask('submission')]);
  // SRV records carry no user name; the full address is the most common login.
  const user = address.email;
  const imapServer = serverFrom(imaps, 'implicit', user) ?? serverFrom(imap, 'starttls', user);
  const smtpServer = serverFrom(submissions, 'implicit', user) ?? serverFrom(submission, 'starttls', user);
  if (imapServer && smtpServer) return { ok: true, imap: imapServer, smtp: smtpServer };
  const all = [imaps, imap, submissions, submission];
  if (!imapServer && !smtpServer) {
    if (all.every((l) => l.kind !== 'failed')) return failed('not-found', 'no usable IMAP or submission SRV records');
    return whyMissing(all, 'IMAP');
  }
  return imapServer ? whyMissing([submissions, submission], 'submission (SMTP)') : whyMissing([imaps, imap], 'IMAP');
}
