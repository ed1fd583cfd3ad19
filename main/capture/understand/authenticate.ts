/**
 * R3.4, the I/O half: gather DKIM and SPF results for one message, then let the pure verdict
 * decide.
 *
 * 1. With an authserv-id configured, the trusted server's Authentication-Results are used
 *    (see shared/rules/capture/trustedResults.ts for which header counts).
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
 * Every DNS query gets a deadline, so one unresponsive resolver cannot stall a whole sync; a
 * query that times out is a temporary error, as mailauth reports any DNS failure.
 */
import type { dkimVerify as DkimVerify } from 'mailauth';
import { z } from 'zod';
import type { AuthVerdict } from '../../../shared/domain/mail';
import { combineDkimResults, type DkimOutcome, type DkimResult, type SpfResult } from '../../../shared/rules/capture/authResultValues';
import { authVerdict } from '../../../shared/rules/capture/authVerdict';
import { trustedAuthenticationResults, trustedReceivedSpf, type HeaderField } from '../../../shared/rules/capture/trustedResults';
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
      status: z.object({ result: z.string(), comment: z.union([z.string(), z.boolean()]).optional() }),
    }),
  ),
});

/**
 * mailauth (with its HTTP client and DNS helpers) takes about 40 MB of memory once loaded, and
 * most captured mail never needs it: unsigned mail skips it, and with a trusted server's
 * Authentication-Results nothing is verified here. It is loaded on first use.
 */
let dkimVerifyLoaded: Promise<typeof DkimVerify> | undefined;
function loadDkimVerify(): Promise<typeof DkimVerify> {
  dkimVerifyLoaded ??= import('mailauth').then((m) => m.dkimVerify);
  return dkimVerifyLoaded;
}

/**
 * mailauth's verdict over all signatures; undefined when the verifier itself broke down (which is
 * then reported as a temporary error with no source, never as a failure).
 */
export async function verifyDkimLocally(raw: Buffer, resolver: DnsResolver, now: number): Promise<DkimResult | undefined> {
  let answer: unknown;
  try {
    const dkimVerify = await loadDkimVerify();
    answer = await dkimVerify(raw, { resolver, curTime: new Date(now) });
  } catch {
    // handled: a DKIM check that cannot run gives no DKIM verdict; the other results decide (R3.4)
    return undefined;
  }
  const parsed = DkimVerifySchema.safeParse(answer);
  if (!parsed.success) return undefined;
  const outcomes: DkimOutcome[] = parsed.data.results.map(({ status }) =>
    typeof status.comment === 'string' ? { result: status.result, explanation: status.comment } : { result: status.result },
  );
  return combineDkimResults(outcomes);
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

/** What mailauth answers for a message without signatures, without asking it. */
const NOT_SIGNED: DkimResult = combineDkimResults([{ result: 'none', explanation: 'message not signed' }]);

async function verifyLocally(raw: Buffer, resolver: DnsResolver, now: number): Promise<DkimResult | undefined> {
  return mayHaveDkimSignature(raw) ? verifyDkimLocally(raw, resolver, now) : NOT_SIGNED;
}

export async function authenticateMessage(raw: Buffer, headers: readonly HeaderField[], options: AuthenticateOptions): Promise<AuthVerdict> {
  const authservId = options.authservId?.trim() || undefined;
  const trusted = authservId === undefined ? undefined : trustedAuthenticationResults(headers, authservId);

  const canVerify = options.verifyLocally !== false;
  const resolver = withDeadline(options.resolver, options.dnsTimeoutMs ?? DNS_TIMEOUT_MS);
  const local = trusted?.dkim === undefined && canVerify ? await verifyLocally(raw, resolver, options.now) : undefined;
  let dkim: DkimResult;
  if (trusted?.dkim !== undefined) dkim = combineDkimResults(trusted.dkim);
  else if (canVerify) dkim = local ?? 'temperror';
  // A signature we cannot check is neither a pass nor a failure.
  else dkim = headers.some((h) => h.key === 'dkim-signature') ? 'neutral' : 'none';
  const spf: SpfResult = trusted?.spf ?? (authservId === undefined ? undefined : trustedReceivedSpf(headers, authservId)) ?? 'none';

  // 'authentication-results' as soon as the trusted server said anything; 'local-dkim' when our
  // own verification produced the only result; 'none' when neither produced one.
  let from: AuthVerdict['from'] = 'none';
  if (trusted !== undefined && (trusted.dkim !== undefined || trusted.spf !== undefined)) from = 'authentication-results';
  else if (local !== undefined) from = 'local-dkim';
  return authVerdict(dkim, spf, from);
}
