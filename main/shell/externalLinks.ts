/**
 * Links in mail and in the app open in the system browser (or mail program), and only these
 * kinds. A `mailto:` link is passed on with only the fields RFC 6068 defines for a message
 * (to, cc, bcc, subject, body, in-reply-to): some mail programs honour `attach=` or `file=` and
 * would attach a local file chosen by whoever wrote the mail, so those and any other are dropped.
 */

const MAILTO_FIELDS = new Set(['to', 'cc', 'bcc', 'subject', 'body', 'in-reply-to']);

function fieldName(pair: string): string | undefined {
  try {
    return decodeURIComponent(pair.split('=')[0] ?? '').trim().toLowerCase();
  } catch {
    // handled: a malformed escape in a field name: the field is dropped
    return undefined;
  }
}

/** The mailto: link with only the RFC 6068 message fields left (no attach, file, …). */
export function withoutUnsafeMailtoFields(url: string): string {
  const withoutFragment = url.split('#')[0] ?? '';
  const query = withoutFragment.indexOf('?');
  if (query < 0) return withoutFragment;
  const kept = withoutFragment
    .slice(query + 1)
    .split('&')
    .filter((pair) => {
      const name = fieldName(pair);
      return name !== undefined && MAILTO_FIELDS.has(name);
    });
  const head = withoutFragment.slice(0, query);
  return kept.length > 0 ? `${head}?${kept.join('&')}` : head;
}

/** The link to hand to the system, or undefined when it must not be opened at all. */
export function externalLinkToOpen(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    // handled: not a URL: never opened
    return undefined;
  }
  if (u.protocol === 'https:' || u.protocol === 'http:') return url;
  if (u.protocol === 'mailto:') return withoutUnsafeMailtoFields(url);
  return undefined;
}

export function isExternalLinkAllowed(url: string): boolean {
  return externalLinkToOpen(url) !== undefined;
}
