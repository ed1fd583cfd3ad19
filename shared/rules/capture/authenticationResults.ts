/**
 * Parsers for the two headers a receiving server writes about authentication (R3.4):
 * `Authentication-Results` (RFC 8601) and `Received-SPF` (RFC 7208 §9.1). They only read; which
 * header may be believed is decided in `trustedResults.ts`.
 *
 *   Authentication-Results: mx.example.org 1; dkim=pass (good sig) header.d=acme.com;
 *       spf=softfail smtp.mailfrom=acme.com; dmarc=none
 *   Received-SPF: pass (mx.example.org: domain of a@acme.com designates 192.0.2.1 as permitted
 *       sender) receiver=mx.example.org; client-ip=192.0.2.1; envelope-from="a@acme.com"
 */
import { keyValuePairs, splitSegments, unquote } from './headerSyntax';

export interface AuthResultEntry {
  /** lower-case method name without version: "dkim", "spf", "dmarc", ... */
  method: string;
  /** lower-case result keyword as written: "pass", "fail", "neutral", ... */
  result: string;
  /** the `reason=` value, if any */
  reason?: string;
  /** comments inside this result, e.g. "body hash did not verify" */
  comments: string[];
  /** `ptype.property=value` pairs, e.g. { "header.d": "acme.com" } */
  properties: Record<string, string>;
}

export interface AuthenticationResults {
  /** the server that wrote the header, lower-case */
  authservId: string;
  results: AuthResultEntry[];
}

const METHOD_RESULT = /^([A-Za-z0-9_-]+)(?:\s*\/\s*\d+)?\s*=\s*([A-Za-z0-9_-]+)/u;
const AUTHSERV_ID = /^("(?:[^"\\]|\\.)*"|[^\s";]+)/u;

/** Parses a header value (without the field name); undefined when it has no authserv-id. */
export function parseAuthenticationResults(value: string): AuthenticationResults | undefined {
  const [head, ...rest] = splitSegments(value);
  const idMatch = head === undefined ? null : AUTHSERV_ID.exec(head.text);
  const rawId = idMatch?.[1];
  if (rawId === undefined) return undefined;
  const authservId = unquote(rawId).toLowerCase();
  if (authservId === '') return undefined;

  const results: AuthResultEntry[] = [];
  for (const segment of rest) {
    const match = METHOD_RESULT.exec(segment.text);
    const method = match?.[1];
    const result = match?.[2];
    // "none" alone (no-result) and garbage segments carry nothing to read
    if (match === null || method === undefined || result === undefined) continue;
    const entry: AuthResultEntry = {
      method: method.toLowerCase(),
      result: result.toLowerCase(),
      comments: segment.comments,
      properties: {},
    };
    for (const [key, val] of keyValuePairs(segment.text.slice(match[0].length))) {
      if (key === 'reason') entry.reason = val;
      else if (key.includes('.')) entry.properties[key] = val;
    }
    results.push(entry);
  }
  return { authservId, results };
}

export interface ReceivedSpf {
  /** lower-case result keyword: "pass", "softfail", ... */
  result: string;
  /** the first comment, conventionally "<receiver>: <explanation>" */
  comment?: string;
  /** key=value pairs, keys lower-case: receiver, client-ip, envelope-from, helo, identity, ... */
  pairs: Record<string, string>;
}

/** Parses a `Received-SPF` value (without the field name); undefined when it has no result. */
export function parseReceivedSpf(value: string): ReceivedSpf | undefined {
  const segments = splitSegments(value);
  const first = segments[0];
  if (first === undefined) return undefined;
  const match = /^([A-Za-z]+)\b/u.exec(first.text);
  const result = match?.[1];
  if (result === undefined) return undefined;
  const pairs: Record<string, string> = {};
  const texts = [first.text.slice(result.length), ...segments.slice(1).map((s) => s.text)];
  for (const text of texts) {
    for (const [key, val] of keyValuePairs(text)) pairs[key] ??= val;
  }
  const comment = first.comments[0];
  return comment === undefined ? { result: result.toLowerCase(), pairs } : { result: result.toLowerCase(), comment, pairs };
}
