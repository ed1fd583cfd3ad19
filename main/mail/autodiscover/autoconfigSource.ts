/** Sources 2 to 4: one autoconfig URL, fetched and read, every failure given a reason. */
import { readClientConfig } from './clientConfig';
import type { EmailAddress } from '../../../shared/rules/emailAddress';
import { FetchTextError, type FetchText, type FetchTextErrorKind } from './fetchText';
import type { DiscoveryFailureReason } from '../../../shared/ipc/discovery';
import { failed, type SourceOutcome } from './sourceOutcome';
import { isTimeout, withTimeout } from './withTimeout';

/** Config files are a few KB; the ISP database's largest are far below this. */
const MAX_AUTOCONFIG_BYTES = 100 * 1024;

const REASON_BY_FETCH_ERROR: Record<FetchTextErrorKind, DiscoveryFailureReason> = {
  'too-large': 'too-large',
  'insecure-url': 'insecure',
  'too-many-redirects': 'unreachable',
};

function describeNetworkError(err: unknown): string {
  // Node's fetch wraps the socket error (ECONNREFUSED, ENOTFOUND, a TLS code) in `cause`.
  const cause = typeof err === 'object' && err !== null && 'cause' in err ? err.cause : undefined;
  const code = typeof cause === 'object' && cause !== null && 'code' in cause && typeof cause.code === 'string' ? cause.code : '';
  return code ? `network error ${code}` : 'network error';
}

export async function discoverFromAutoconfig(url: string, address: EmailAddress, fetchText: FetchText, timeoutMs: number): Promise<SourceOutcome> {
  let response: { status: number; text: string };
  try {
    // The race also bounds an injected fetcher that ignores timeoutMs.
    response = await withTimeout(fetchText(url, { timeoutMs, maxBytes: MAX_AUTOCONFIG_BYTES }), timeoutMs);
  } catch (err) {
    if (isTimeout(err)) return failed('timeout', `no answer within ${timeoutMs} ms`);
    if (err instanceof FetchTextError) return failed(REASON_BY_FETCH_ERROR[err.kind], err.message);
    return failed('unreachable', describeNetworkError(err));
  }
  if (response.status === 404 || response.status === 410) return failed('not-found', `HTTP ${response.status}`);
  if (response.status < 200 || response.status > 299) return failed('unreachable', `HTTP ${response.status}`);
  // Checked again here: an injected fetcher may not enforce maxBytes.
  if (Buffer.byteLength(response.text) > MAX_AUTOCONFIG_BYTES) return failed('too-large', `response is over the ${MAX_AUTOCONFIG_BYTES}-byte limit`);
  return readClientConfig(response.text, address);
}
