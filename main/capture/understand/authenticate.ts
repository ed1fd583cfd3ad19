/**
 * R3.4, the I/O half: gather DKIM and SPF results for one message, then let the pure verdict
 * decide.
 *
 * 1. With an authserv-id configured, the trusted server's topmost Authentication-Results is used
 *    (see shared/rules/capture/trustedResults.ts for why only that one counts).
 * 2. DKIM it did not report, or everything when no trusted header exists, is verified here with
 *    mailauth through the injected resolver.
 * 3. SPF needs the SMTP connection (client IP, MAIL FROM), which a mailbox reader never sees, so
 *    it is not computed locally. Without a trusted Authentication-Results it comes from a
 *    Received-SPF header that names the trusted server, else it is 'none'. Consequence: without
 *    trusted server results nothing is rejected for authentication, because SPF never fails.
 *    That is deliberate: rejecting needs both failures, and a failure we cannot observe is not
 *    evidence.
 * With a stand-in message (`partialBody`) step 2 is skipped: its body hash would always "fail".
 * A message without a DKIM-Signature field is not given to mailauth either: it would read the
 * whole message only to answer "none (message not signed)", which is the answer given here.
 * 4. Alignment (DMARC relaxed) with the From domain decides "sender verified" against "not
 *    aligned"; organizational domains come from the Public Suffix List (tldts), no DNS.
 * 5. Only for drop-box mail that claims an own address and is not verified (and that the trusted
 *    server does not report as sent by a logged-in user, `auth=pass`), DMARC decides whether it
 *    is a spoof to reject: the trusted server's `dmarc=` result and policy when it
 *    wrote one, else mailauth's DMARC evaluation (policy lookup through the injected resolver)
 *    of the trusted server's DKIM and SPF results. Without trusted server results DMARC is not
 *    evaluated: SPF is unknown then, and it may have passed aligned.
 * Every DNS query gets a deadline, so one unresponsive resolver cannot stall a whole sync; a
 * query that times out is a temporary error, as mailauth reports any DNS failure.
 */
import type { dkimVerify as DkimVerify, dmarc as Dmarc } from 'mailauth';
import { getDomain } from 'tldts';
import { z } from 'zod';
import { DmarcPolicySchema, DmarcResultSchema, type AuthVerdict } from '../../../shared/domain/mail';
import { domainOfIdentity } from '../../../shared/rules/capture/alignment';
import { combineDkimResults, normalizeDkimResult, type DkimOutcome, type DkimResult, type SpfResult } from '../../../shared/rules/capture/authResultValues';
import { authVerdict, failsOwnDmarc, rejectedByDmarc } from '../../../shared/rules/capture/authVerdict';
import { trustedAuthenticationResults, trustedReceivedSpf, type HeaderField, type ReportedDmarc, type TrustedResults } from '../../../shared/rules/capture/trustedResults';
import type { DnsResolver } from './context';

export interface AuthenticateOptions {
  authservId?: string | undefined;
  resolver: DnsResolver;
  /** epoch ms, for signature expiry */
  now: number;
  /** false when the bytes are a stand-in without the full body: no local DKIM then */
  verifyLocally?: boolean;
  /** deadline of one DNS query; 8 s by default */
  dnsTimeoutMs?: number;
  /** the (outer) From address: its domain is what a pass must align with */
  fromAddress?: string | undefined;
  /** drop-box mail whose From is one of the owner's own addresses: DMARC may reject it */
  claimsOwnAddress?: boolean;
}

const DNS_TIMEOUT_MS = 8000;

/** The resolver with a deadline per query; a late answer is dropped. */
function withDeadline(resolver: DnsResolver, ms: number): DnsResolver {
  return (name, rrtype) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(Object.assign(new Error(`DNS query timed out: ${name}`), { code: 'ETIMEOUT' })), ms);
      resolver(name, rrtype).then(
        (records) => {
          clearTimeout(timer);
          resolve(records);
        },
        (err: unknown) => {
          clearTimeout(timer);
          reject(err instanceof Error ? err : new Error(String(err)));
        },
      );
    });
}

/** The part of mailauth's answer we read, checked rather than assumed. */
const DkimVerifySchema = z.object({
  results: z.array(
    z.object({
      signingDomain: z.string().optional(),
      status: z.object({ result: z.string(), comment: z.union([z.string(), z.boolean()]).optional() }),
    }),
  ),
});

/** The part of mailauth's DMARC answer we read (it answers false when the From has no single domain). */
const DmarcAnswerSchema = z.union([
  z.literal(false),
  z.object({ status: z.object({ result: z.string() }), policy: z.string().optional() }),
]);

/**
 * mailauth (with its HTTP client and DNS helpers) takes about 40 MB of memory once loaded, and
 * most captured mail never needs it: unsigned mail skips it, and with a trusted server's
 * Authentication-Results nothing is verified here. It is loaded on first use.
 */
let mailauthLoaded: Promise<{ dkimVerify: typeof DkimVerify; dmarc: typeof Dmarc }> | undefined;
function loadMailauth(): Promise<{ dkimVerify: typeof DkimVerify; dmarc: typeof Dmarc }> {
  mailauthLoaded ??= import('mailauth').then((m) => ({ dkimVerify: m.dkimVerify, dmarc: m.dmarc }));
  return mailauthLoaded;
}

/**
 * mailauth's verdict over all signatures; undefined when the verifier itself broke down (which is
 * then reported as a temporary error with no source, never as a failure).
 */
export async function verifyDkimLocally(raw: Buffer, resolver: DnsResolver, now: number): Promise<DkimResult | undefined> {
  return (await verifyDkimOutcomes(raw, resolver, now))?.result;
}

interface LocalDkim {
  result: DkimResult;
  outcomes: DkimOutcome[];
}

async function verifyDkimOutcomes(raw: Buffer, resolver: DnsResolver, now: number): Promise<LocalDkim | undefined> {
  let answer: unknown;
  try {
    const { dkimVerify } = await loadMailauth();
    answer = await dkimVerify(raw, { resolver, curTime: new Date(now) });
  } catch {
    // handled: a DKIM check that cannot run gives no DKIM verdict; the other results decide (R3.4)
    return undefined;
  }
  const parsed = DkimVerifySchema.safeParse(answer);
  if (!parsed.success) return undefined;
  const outcomes: DkimOutcome[] = parsed.data.results.map(({ status, signingDomain }) => {
    const outcome: DkimOutcome = { result: status.result };
    if (typeof status.comment === 'string') outcome.explanation = status.comment;
    const domain = domainOfIdentity(signingDomain);
    if (domain !== undefined) outcome.domain = domain;
    return outcome;
  });
  return { result: combineDkimResults(outcomes), outcomes };
}

const DKIM_SIGNATURE = /dkim-signature/iu;

/**
 * Whether the header section may hold a DKIM-Signature field: its name anywhere in the header
 * section, any case, with the section ending where mailauth ends it (the first empty line,
 * LF or CRLF; an empty first line means no header). A superset of the fields mailauth finds,
 * whose field names are ASCII, matched case-insensitively, and never split by a fold.
 */
export function mayHaveDkimSignature(raw: Buffer): boolean {
  if (raw[0] === 0x0a || (raw[0] === 0x0d && raw[1] === 0x0a)) return false;
  const lf = raw.indexOf('\n\n');
  const crlf = raw.indexOf('\n\r\n');
  const end = lf < 0 ? crlf : crlf < 0 ? lf : Math.min(lf, crlf);
  const header = end < 0 ? raw : raw.subarray(0, end);
  return DKIM_SIGNATURE.test(header.toString('latin1'));
}

/** Local DKIM for a message that may be signed; 'unsigned' without asking mailauth (it would answer "none, message not signed"). */
async function verifyLocally(raw: Buffer, resolver: DnsResolver, now: number): Promise<LocalDkim | 'unsigned' | undefined> {
  return mayHaveDkimSignature(raw) ? verifyDkimOutcomes(raw, resolver, now) : 'unsigned';
}

/** PSL-based organizational domain (DMARC relaxed alignment), private suffixes included as mailauth does. */
function orgDomainOf(domain: string): string | undefined {
  return getDomain(domain, { allowPrivateDomains: true }) ?? undefined;
}

function reportedDmarc(dmarc: ReportedDmarc | undefined): AuthVerdict['dmarc'] {
  if (dmarc === undefined) return undefined;
  const result = DmarcResultSchema.safeParse(dmarc.result);
  // "bestguesspass" and other private words say nothing DMARC defines
  if (!result.success) return undefined;
  const policy = DmarcPolicySchema.safeParse(dmarc.policy);
  return policy.success ? { result: result.data, policy: policy.data } : { result: result.data };
}

/**
 * DMARC for own-address mail that is not verified: what the trusted server said, completed or
 * computed by mailauth from the trusted server's results. Undefined when there is nothing to
 * evaluate or the evaluation failed (then nothing is rejected for DMARC).
 */
async function ownDmarc(verdict: AuthVerdict, trusted: TrustedResults | undefined, passDomains: readonly string[], fromAddress: string, resolver: DnsResolver): Promise<AuthVerdict['dmarc']> {
  const stated = verdict.dmarc;
  if (stated !== undefined && (stated.result !== 'fail' || stated.policy !== undefined)) return stated;
  // SPF unknown (no trusted server results) or undecided: it may have passed aligned
  const decidable = trusted?.spf !== undefined && verdict.spf !== 'temperror' && verdict.dkim !== 'temperror';
  if (stated === undefined && !decidable) return undefined;
  let answer: unknown;
  try {
    const { dmarc } = await loadMailauth();
    const spfDomains = verdict.spf === 'pass' && trusted?.spfDomain !== undefined ? [trusted.spfDomain] : [];
    answer = await dmarc({ headerFrom: fromAddress, spfDomains, dkimDomains: passDomains.map((domain) => ({ domain })), resolver });
  } catch {
    // handled: a DMARC evaluation that cannot run is no evidence; the message is not rejected for it
    return stated;
  }
  const parsed = DmarcAnswerSchema.safeParse(answer);
  if (!parsed.success || parsed.data === false) return stated;
  const computed = reportedDmarc({ result: parsed.data.status.result, ...(parsed.data.policy === undefined ? {} : { policy: parsed.data.policy }) });
  // the server's own word on the result stands; mailauth only adds the policy
  if (stated !== undefined) return computed?.policy === undefined ? stated : { result: stated.result, policy: computed.policy };
  return computed;
}

export async function authenticateMessage(raw: Buffer, headers: readonly HeaderField[], options: AuthenticateOptions): Promise<AuthVerdict> {
  const authservId = options.authservId?.trim() || undefined;
  const trusted = authservId === undefined ? undefined : trustedAuthenticationResults(headers, authservId);

  const canVerify = options.verifyLocally !== false;
  const resolver = withDeadline(options.resolver, options.dnsTimeoutMs ?? DNS_TIMEOUT_MS);
  const local = trusted?.dkim === undefined && canVerify ? await verifyLocally(raw, resolver, options.now) : undefined;
  let dkim: DkimResult;
  let outcomes: readonly DkimOutcome[] = [];
  if (trusted?.dkim !== undefined) {
    dkim = combineDkimResults(trusted.dkim);
    outcomes = trusted.dkim;
  } else if (local === 'unsigned') dkim = 'none';
  else if (local !== undefined) {
    dkim = local.result;
    outcomes = local.outcomes;
  } else if (canVerify) dkim = 'temperror';
  // A signature we cannot check is neither a pass nor a failure.
  else dkim = headers.some((h) => h.key === 'dkim-signature') ? 'neutral' : 'none';
  const spf: SpfResult = trusted?.spf ?? (authservId === undefined ? undefined : trustedReceivedSpf(headers, authservId)) ?? 'none';

  // 'authentication-results' as soon as the trusted server said anything; 'local-dkim' when our
  // own verification of a signature produced the only result; 'none' when nothing did (an
  // unsigned message without trusted server results has no authentication data at all).
  let from: AuthVerdict['from'] = 'none';
  if (trusted !== undefined && (trusted.dkim !== undefined || trusted.spf !== undefined || trusted.dmarc !== undefined)) from = 'authentication-results';
  else if (local !== undefined && local !== 'unsigned') from = 'local-dkim';
  else if (spf !== 'none') from = 'authentication-results';

  const passDomains = outcomes.filter((o) => normalizeDkimResult(o) === 'pass').flatMap((o) => (o.domain === undefined ? [] : [o.domain]));
  const fromAddress = options.fromAddress;
  const verdict = authVerdict(
    {
      dkim,
      spf,
      from,
      fromDomain: domainOfIdentity(fromAddress),
      dkimPassDomains: passDomains,
      spfDomain: trusted?.spfDomain,
      dmarc: reportedDmarc(trusted?.dmarc),
      ignoredHeaders: trusted?.ignored,
    },
    orgDomainOf,
  );
  if (options.claimsOwnAddress !== true || fromAddress === undefined || verdict.verdict === 'pass' || verdict.verdict === 'fail') return verdict;
  // The owner logged in to the drop box's own server to send it (mail submitted there, often
  // neither signed nor checked yet): not a spoof, whatever DMARC would say.
  if (trusted?.smtpAuth === true) return verdict;
  const dmarc = await ownDmarc(verdict, trusted, passDomains, fromAddress, resolver);
  const withDmarc: AuthVerdict = dmarc === undefined ? verdict : { ...verdict, dmarc };
  return failsOwnDmarc(withDmarc) ? rejectedByDmarc(withDmarc) : withDmarc;
}
