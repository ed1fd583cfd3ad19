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
 * Every DNS query gets a deadline, so one unresponsive resolver cannot stall a whole sync; a
 * query that times out is a temporary error, as mailauth reports any DNS failure.
 */
import { dkimVerify } from 'mailauth';
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
export function withDeadline(resolver: DnsResolver, ms: number): DnsResolver {
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
 * mailauth's verdict over all signatures; undefined when the verifier itself broke down (which is
 * then reported as a temporary error with no source, never as a failure).
 */
export async function verifyDkimLocally(raw: Buffer, resolver: DnsResolver, now: number): Promise<DkimResult | undefined> {
  let answer: unknown;
  try {
    answer = await dkimVerify(raw, { resolver, curTime: new Date(now) });
  } catch {
    return undefined;
  }
  const parsed = DkimVerifySchema.safeParse(answer);
  if (!parsed.success) return undefined;
  const outcomes: DkimOutcome[] = parsed.data.results.map(({ status }) =>
    typeof status.comment === 'string' ? { result: status.result, explanation: status.comment } : { result: status.result },
  );
  return combineDkimResults(outcomes);
}

export async function authenticateMessage(raw: Buffer, headers: readonly HeaderField[], options: AuthenticateOptions): Promise<AuthVerdict> {
  const authservId = options.authservId?.trim() || undefined;
  const trusted = authservId === undefined ? undefined : trustedAuthenticationResults(headers, authservId);

  const canVerify = options.verifyLocally !== false;
  const resolver = withDeadline(options.resolver, options.dnsTimeoutMs ?? DNS_TIMEOUT_MS);
  const local = trusted?.dkim === undefined && canVerify ? await verifyDkimLocally(raw, resolver, options.now) : undefined;
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
