/**
 * Test helpers for the capture step: a context with fixed addresses, clock and DNS, and a tiny
 * MIME writer (explicit on purpose: the tests say byte for byte what the parser gets).
 */
import type { UnderstandContext, Understood } from '../../../main/capture/understand/context';
import type { CapturedMessage, RejectedMessage } from '../../../shared/domain/mail';

export const OWNER = 'sam@seller.example';
export const ALTERNATE = 'sam.alt@seller.example';
export const PENDING = 'sam.new@seller.example';
export const DROPBOX = 'crm@seller.example';
export const OLD_DROPBOX = 'crm@old-seller.example';
export const NOW = Date.UTC(2024, 4, 15, 12, 0, 0);

/** A resolver that knows nothing: what an offline machine answers. */
export const noDns: UnderstandContext['resolver'] = (name) =>
  Promise.reject(Object.assign(new Error(`no record for ${name}`), { code: 'ENOTFOUND' }));

/** A resolver serving TXT records from a map, ENOTFOUND for the rest. */
export function txtResolver(records: Record<string, string>): UnderstandContext['resolver'] {
  return (name, rrtype) => {
    const record = records[name.toLowerCase()];
    if (rrtype === 'TXT' && record !== undefined) return Promise.resolve([[record]]);
    return noDns(name, rrtype);
  };
}

export function context(overrides: Partial<UnderstandContext> = {}): UnderstandContext {
  return {
    source: { sourceId: 'dropbox-1', uidValidity: 7, uid: 42 },
    sourceKind: 'dropbox',
    own: { primary: OWNER, verified: [ALTERNATE], pending: [PENDING] },
    dropBox: { addresses: [DROPBOX, OLD_DROPBOX], delimiter: '+' },
    resolver: noDns,
    clock: { now: () => NOW },
    ...overrides,
  };
}

export function captured(result: Understood): CapturedMessage {
  if (result.kind === 'rejected') throw new Error(`expected captured, got ${result.rejected.reason} (${result.rejected.detail ?? ''})`);
  if (result.kind !== 'captured') throw new Error(`expected captured, got ${result.kind}`);
  return result.message;
}

export function rejected(result: Understood): RejectedMessage {
  if (result.kind !== 'rejected') throw new Error(`expected rejected, got ${result.kind}`);
  return result.rejected;
}

export type Headers = ReadonlyArray<readonly [string, string]>;

/** Header lines + blank line + body, CRLF throughout. */
export function rawMessage(headers: Headers, body: string): Buffer {
  const head = headers.map(([k, v]) => `${k}: ${v}`).join('\r\n');
  return Buffer.from(`${head}\r\n\r\n${body.replace(/\r?\n/g, '\r\n')}`, 'utf8');
}

/** base64 folded at 76 columns, as MIME wants it. */
function base64Lines(content: string | Buffer): string {
  const b64 = Buffer.from(content).toString('base64');
  return b64.replace(/.{1,76}/g, (line) => `${line}\r\n`);
}

export interface TextMessage {
  from: string;
  to?: string;
  cc?: string;
  subject?: string;
  date?: string;
  messageId?: string;
  extra?: Headers;
  text: string;
}

export function basicHeaders(m: Omit<TextMessage, 'text'>): Array<[string, string]> {
  const headers: Array<[string, string]> = [...(m.extra ?? []).map(([k, v]): [string, string] => [k, v]), ['From', m.from]];
  if (m.to !== undefined) headers.push(['To', m.to]);
  if (m.cc !== undefined) headers.push(['Cc', m.cc]);
  headers.push(['Subject', m.subject ?? 'Hello']);
  headers.push(['Date', m.date ?? 'Wed, 15 May 2024 10:00:00 +0000']);
  if (m.messageId !== undefined) headers.push(['Message-ID', m.messageId]);
  headers.push(['MIME-Version', '1.0']);
  return headers;
}

/** The header block of Sam's plain-text offer to Jane: the message the DKIM tests sign, or leave unsigned. */
export const OFFER_HEADERS: Headers = [
  ...basicHeaders({ from: `Sam Seller <${OWNER}>`, to: 'Jane Roe <jane@customer.example>', subject: 'Offer', messageId: '<offer-1@seller.example>' }),
  ['Content-Type', 'text/plain; charset=utf-8'],
];

/** A text/plain message; the body is base64 so any text (any language, any bytes) survives. */
export function textMessage(m: TextMessage): Buffer {
  return rawMessage(
    [...basicHeaders(m), ['Content-Type', 'text/plain; charset=utf-8'], ['Content-Transfer-Encoding', 'base64']],
    base64Lines(m.text),
  );
}

/** The outer message of "forward as attachment": a note, then the original as message/rfc822. */
export function forwardAsAttachment(outer: TextMessage, original: Buffer): Buffer {
  const boundary = 'outer-boundary-42';
  const body = [
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    outer.text,
    `--${boundary}`,
    'Content-Type: message/rfc822',
    'Content-Disposition: attachment; filename="original.eml"',
    '',
    original.toString('utf8'),
    `--${boundary}--`,
    '',
  ].join('\r\n');
  return rawMessage([...basicHeaders(outer), ['Content-Type', `multipart/mixed; boundary="${boundary}"`]], body);
}
