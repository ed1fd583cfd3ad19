/**
 * The default HTTP getter for autoconfig documents: bounded in time (one AbortSignal for the
 * whole exchange, body included) and in size (the body is read up to maxBytes, then dropped),
 * and it follows only a few redirects, each to HTTPS, because a config file that arrives over
 * plain HTTP could have been rewritten to send the password to anyone.
 */
export interface FetchTextOptions {
  timeoutMs: number;
  maxBytes: number;
}

export interface FetchTextResponse {
  status: number;
  /** The body for 2xx answers; empty for others, whose body we have no use for. */
  text: string;
}

export type FetchText = (url: string, options: FetchTextOptions) => Promise<FetchTextResponse>;

export type FetchTextErrorKind = 'too-large' | 'insecure-url' | 'too-many-redirects';

/** Internal: autoconfigSource.ts turns it into a tried source's reason. */
export class FetchTextError extends Error {
  override readonly name = 'FetchTextError';
  constructor(
    readonly kind: FetchTextErrorKind,
    message: string,
  ) {
    super(message);
  }
}

type FetchLike = (url: URL, init: RequestInit) => Promise<Response>;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * HTTPS, or plain HTTP to the loopback address: loopback traffic never leaves the machine (the
 * W3C "potentially trustworthy" rule), which lets tests and local tools serve configs.
 * Redirects must be HTTPS: a remote server has no business sending us to loopback.
 */
function isAllowedStart(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === '[::1]'));
}

async function readAtMost(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new FetchTextError('too-large', `response of ${declared} bytes is over the ${maxBytes}-byte limit`);
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    // Checked as bytes arrive: a server that lies about (or omits) its length is cut off here.
    if (total > maxBytes) {
      await reader.cancel();
      throw new FetchTextError('too-large', `response is over the ${maxBytes}-byte limit`);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

export function createFetchText(fetchImpl: FetchLike = (url, init) => fetch(url, init), maxRedirects = 3): FetchText {
  return async (url, { timeoutMs, maxBytes }) => {
    let current = new URL(url);
    if (!isAllowedStart(current)) throw new FetchTextError('insecure-url', 'refusing a non-HTTPS address');
    const signal = AbortSignal.timeout(timeoutMs);
    for (let redirects = 0; ; redirects++) {
      // No cookies or credentials exist in Node's fetch; "manual" lets us vet each redirect.
      const response = await fetchImpl(current, { redirect: 'manual', signal, headers: { accept: 'application/xml, text/xml;q=0.9, */*;q=0.1' } });
      const location = REDIRECTS.has(response.status) ? response.headers.get('location') : null;
      if (location === null) {
        if (response.status < 200 || response.status > 299) {
          await response.body?.cancel();
          return { status: response.status, text: '' };
        }
        return { status: response.status, text: await readAtMost(response, maxBytes) };
      }
      await response.body?.cancel();
      if (redirects >= maxRedirects) throw new FetchTextError('too-many-redirects', `more than ${maxRedirects} redirects`);
      const next = new URL(location, current);
      if (next.protocol !== 'https:') throw new FetchTextError('insecure-url', 'refusing a redirect to a non-HTTPS address');
      current = next;
    }
  };
}

export const fetchText: FetchText = createFetchText();
