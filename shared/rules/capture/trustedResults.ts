/**
 * R3.4: which authentication headers may be believed. Anybody can write an
 * `Authentication-Results` header into a message before sending it; only the one the drop box's
 * own server added is evidence. That server is named by its authserv-id (confirmed by the user,
 * proposed from the first message with `topmostAuthservId`), and its header is the topmost one
 * carrying that id. Only that header counts: a header with the same id further down was added on
 * an earlier hop or forged by the sender (a `dkim=pass` written below the server's real
 * `dkim=fail` must not turn a rejection into "sender verified"). Such lower headers are counted,
 * so that the message's details can say they were ignored.
 */
import { parseAuthenticationResults, parseReceivedSpf, type AuthResultEntry } from './authenticationResults';
import { normalizeSpfResult, type DkimOutcome, type SpfResult } from './authResultValues';
import { domainOfIdentity } from './alignment';

/** One header of the message, in message order: lower-case name, unfolded value. */
export interface HeaderField {
  key: string;
  value: string;
}

/** DMARC as the trusted server reported it: the result word and the policy it applied, if said. */
export interface ReportedDmarc {
  result: string;
  policy?: string;
}

export interface TrustedResults {
  /** DKIM outcomes the trusted server reported; undefined when it reported none (verify locally) */
  dkim?: DkimOutcome[];
  /** the SPF result it reported; undefined when it reported none */
  spf?: SpfResult;
  /** the envelope domain SPF judged (smtp.mailfrom), when the header names it */
  spfDomain?: string;
  /** the DMARC result it reported, if any */
  dmarc?: ReportedDmarc;
  /** it reported `auth=pass`: the sender logged in to it (SMTP AUTH, RFC 8601 §2.7.4) */
  smtpAuth?: true;
  /** lower headers with the same authserv-id: not read (R3.4) */
  ignored: number;
}

function sameId(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function explanationOf(entry: AuthResultEntry): string | undefined {
  const words = [...entry.comments, ...(entry.reason === undefined ? [] : [entry.reason])].join('; ');
  return words === '' ? undefined : words;
}

function dkimOutcome(entry: AuthResultEntry): DkimOutcome {
  const outcome: DkimOutcome = { result: entry.result };
  const explanation = explanationOf(entry);
  if (explanation !== undefined) outcome.explanation = explanation;
  // header.d is the signing domain; older servers only write header.i (the agent, "@domain")
  const domain = domainOfIdentity(entry.properties['header.d'] ?? entry.properties['header.i']);
  if (domain !== undefined) outcome.domain = domain;
  return outcome;
}

/** `policy.dmarc=reject` (RFC 9989), else the `p=REJECT` most servers write in a comment. */
function dmarcOf(entry: AuthResultEntry): ReportedDmarc {
  const stated = entry.properties['policy.dmarc'] ?? entry.comments.map((c) => /(?:^|\s)p=([a-z]+)/iu.exec(c)?.[1]).find((p) => p !== undefined);
  return stated === undefined ? { result: entry.result } : { result: entry.result, policy: stated.toLowerCase() };
}

/** Results of the trusted server's topmost header, or undefined when no header carries its authserv-id. */
export function trustedAuthenticationResults(headers: readonly HeaderField[], authservId: string): TrustedResults | undefined {
  let topmost: AuthResultEntry[] | undefined;
  let ignored = 0;
  for (const header of headers) {
    if (header.key !== 'authentication-results') continue;
    const parsed = parseAuthenticationResults(header.value);
    if (parsed === undefined || !sameId(parsed.authservId, authservId)) continue;
    if (topmost === undefined) topmost = parsed.results;
    else ignored += 1;
  }
  if (topmost === undefined) return undefined;

  const trusted: TrustedResults = { ignored };
  const dkim = topmost.filter((e) => e.method === 'dkim');
  if (dkim.length > 0) trusted.dkim = dkim.map(dkimOutcome);
  const spf = topmost.find((e) => e.method === 'spf');
  if (spf !== undefined) {
    trusted.spf = normalizeSpfResult(spf.result);
    const domain = domainOfIdentity(spf.properties['smtp.mailfrom']);
    if (domain !== undefined) trusted.spfDomain = domain;
  }
  const dmarc = topmost.find((e) => e.method === 'dmarc');
  if (dmarc !== undefined) trusted.dmarc = dmarcOf(dmarc);
  if (topmost.some((e) => e.method === 'auth' && e.result === 'pass')) trusted.smtpAuth = true;
  return trusted;
}

/**
 * The SPF result of a `Received-SPF` header written by the trusted server, when no
 * Authentication-Results gave one. Only the topmost Received-SPF is considered, and only when it
 * names the trusted server, as `receiver=<authserv-id>` or as the start of its comment
 * ("mx.example.org: domain of ..."): a Received-SPF from an earlier hop judged another connection,
 * and one without a receiver could have been written by the sender.
 */
export function trustedReceivedSpf(headers: readonly HeaderField[], authservId: string): SpfResult | undefined {
  const header = headers.find((h) => h.key === 'received-spf');
  if (header === undefined) return undefined;
  const parsed = parseReceivedSpf(header.value);
  if (parsed === undefined) return undefined;
  const receiver = parsed.pairs['receiver'];
  const commentHost = parsed.comment === undefined ? undefined : /^([^\s:]+):/u.exec(parsed.comment)?.[1];
  const names = [receiver, commentHost].filter((n): n is string => n !== undefined);
  return names.some((n) => sameId(n, authservId)) ? normalizeSpfResult(parsed.result) : undefined;
}

/** The authserv-id of the topmost Authentication-Results header: what "learn it from the first
 * message" (R3.4) reads, for the user to confirm. */
export function topmostAuthservId(headers: readonly HeaderField[]): string | undefined {
  for (const header of headers) {
    if (header.key !== 'authentication-results') continue;
    const parsed = parseAuthenticationResults(header.value);
    if (parsed !== undefined) return parsed.authservId;
  }
  return undefined;
}
