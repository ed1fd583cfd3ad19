/**
 * R3.4: which authentication headers may be believed. Anybody can write an
 * `Authentication-Results` header into a message before sending it; only the one the drop box's
 * own server added is evidence. That server is named by its authserv-id (configured, or learned
 * from the first message with `topmostAuthservId`), and its header is the topmost one carrying
 * that id: a header with the same id further down was either added on an earlier hop or forged.
 *
 * A server often writes one header per filter (OpenDKIM one, the SPF policy daemon another), all
 * with the same id and all above its own `Received` line. So the results of the topmost trusted
 * header are completed from trusted headers directly below it, up to the next `Received` header
 * (the start of an earlier hop).
 */
import { parseAuthenticationResults, parseReceivedSpf, type AuthResultEntry } from './authenticationResults';
import { normalizeSpfResult, type DkimOutcome, type SpfResult } from './authResultValues';

/** One header of the message, in message order: lower-case name, unfolded value. */
export interface HeaderField {
  key: string;
  value: string;
}

export interface TrustedResults {
  /** DKIM outcomes the trusted server reported; undefined when it reported none (verify locally) */
  dkim?: DkimOutcome[];
  /** the SPF result it reported; undefined when it reported none */
  spf?: SpfResult;
}

function sameId(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function explanationOf(entry: AuthResultEntry): string | undefined {
  const words = [...entry.comments, ...(entry.reason === undefined ? [] : [entry.reason])].join('; ');
  return words === '' ? undefined : words;
}

/** Results of the trusted server's hop, or undefined when no header carries its authserv-id. */
export function trustedAuthenticationResults(headers: readonly HeaderField[], authservId: string): TrustedResults | undefined {
  const entries: AuthResultEntry[] = [];
  let found = false;
  for (const header of headers) {
    if (header.key === 'received') {
      if (found) break; // an earlier hop: its headers are not our server's
      continue;
    }
    if (header.key !== 'authentication-results') continue;
    const parsed = parseAuthenticationResults(header.value);
    if (parsed === undefined || !sameId(parsed.authservId, authservId)) continue;
    found = true;
    entries.push(...parsed.results);
  }
  if (!found) return undefined;

  const trusted: TrustedResults = {};
  const dkim = entries.filter((e) => e.method === 'dkim');
  if (dkim.length > 0) {
    trusted.dkim = dkim.map((e) => {
      const explanation = explanationOf(e);
      return explanation === undefined ? { result: e.result } : { result: e.result, explanation };
    });
  }
  const spf = entries.find((e) => e.method === 'spf');
  if (spf !== undefined) trusted.spf = normalizeSpfResult(spf.result);
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
