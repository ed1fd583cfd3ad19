/**
 * Reads a Thunderbird clientConfig (version 1.1) document into one IMAP and one SMTP server:
 * the first acceptable entry of each, in the document's order (its order is its preference).
 */
import { z } from 'zod';
import type { TlsMode } from '../../../shared/settings/account';
import type { EmailAddress } from '../../../shared/rules/emailAddress';
import { DiscoveredServerSchema, type DiscoveredServer } from '../../../shared/ipc/discovery';
import { failed, type SourceOutcome } from './sourceOutcome';
import { parseXml, XmlSyntaxError, type XmlElement } from './xml';

type Kind = 'imap' | 'smtp';

const TLS_BY_SOCKET_TYPE = new Map<string, TlsMode>([
  ['SSL', 'implicit'],
  ['STARTTLS', 'starttls'],
]);

// Thunderbird's names for logins with a password; we have no OAuth, Kerberos or NTLM.
const PASSWORD_AUTH = new Set(['password-cleartext', 'password-encrypted', 'plain', 'secure']);

const PLACEHOLDER = /%([A-Z]+)%/g;

/** One entry as written, before any meaning is given to it. */
const RawServerSchema = z.object({
  hostname: z.string().min(1).max(253),
  port: z.string().regex(/^[0-9]{1,5}$/, 'a port number'),
  socketType: z.string().max(20),
  username: z.string().min(1).max(320),
  authentication: z.array(z.string().max(50)).max(20),
});

function childTexts(element: XmlElement, name: string): string[] {
  return element.children.filter((c) => c.name === name).map((c) => c.text.trim());
}

/** Fills %EMAILADDRESS% and the like; undefined if the template names any other placeholder. */
function fill(template: string, address: EmailAddress): string | undefined {
  const values: Record<string, string> = { EMAILADDRESS: address.email, EMAILLOCALPART: address.localPart, EMAILDOMAIN: address.domain };
  const unknown = [...template.matchAll(PLACEHOLDER)].some((m) => values[m[1] ?? ''] === undefined);
  // One pass, so an address that itself contains "%...%" is never expanded a second time.
  return unknown ? undefined : template.replace(PLACEHOLDER, (_, name: string) => values[name] ?? '');
}

type Skip = 'plain-text' | 'no-password-login' | 'malformed';
type Reading = { server: DiscoveredServer } | { skipped: Skip };

function readServer(element: XmlElement, address: EmailAddress): Reading {
  const raw = RawServerSchema.safeParse({
    hostname: childTexts(element, 'hostname')[0],
    port: childTexts(element, 'port')[0],
    socketType: childTexts(element, 'socketType')[0],
    username: childTexts(element, 'username')[0],
    authentication: childTexts(element, 'authentication'),
  });
  if (!raw.success) return { skipped: 'malformed' };
  const { hostname, port, socketType, username, authentication } = raw.data;
  // Plain text would send the password in clear: such an entry is passed over, never used.
  if (socketType.toLowerCase() === 'plain') return { skipped: 'plain-text' };
  // The format says "SSL"/"STARTTLS"; hand-written files vary in case, which costs nothing to allow.
  const tls = TLS_BY_SOCKET_TYPE.get(socketType.toUpperCase());
  if (!tls) return { skipped: 'malformed' };
  // No <authentication> means "unspecified", which in practice is a password login.
  if (authentication.length > 0 && !authentication.some((a) => PASSWORD_AUTH.has(a))) return { skipped: 'no-password-login' };
  const host = fill(hostname, address)?.toLowerCase();
  const user = fill(username, address);
  const server = DiscoveredServerSchema.safeParse({ host, port: Number(port), tls, user });
  return server.success ? { server: server.data } : { skipped: 'malformed' };
}

// The most telling reason first: "only plain text" is what a user can ask their provider about.
const SKIP_EXPLANATIONS: ReadonlyArray<readonly [Skip, string]> = [
  ['plain-text', 'server offered only without TLS'],
  ['no-password-login', 'server offered only without password login'],
  ['malformed', 'server entries unreadable'],
];

function pick(provider: XmlElement, tag: string, kind: Kind, address: EmailAddress): DiscoveredServer | string {
  const skipped = new Set<Skip>();
  for (const element of provider.children) {
    if (element.name !== tag || element.attributes.get('type') !== kind) continue;
    const reading = readServer(element, address);
    if ('server' in reading) return reading.server;
    skipped.add(reading.skipped);
  }
  const label = kind.toUpperCase();
  const explanation = SKIP_EXPLANATIONS.find(([skip]) => skipped.has(skip))?.[1] ?? 'server missing';
  return `${label} ${explanation}`;
}

export function readClientConfig(xml: string, address: EmailAddress): SourceOutcome {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (err) {
    if (err instanceof XmlSyntaxError) return failed('invalid', `not well-formed XML: ${err.message}`);
    throw err;
  }
  if (root.name !== 'clientConfig') return failed('invalid', `root element is <${root.name}>, not <clientConfig>`);
  const provider = root.children.find((c) => c.name === 'emailProvider');
  if (!provider) return failed('invalid', 'no <emailProvider> in clientConfig');
  const imap = pick(provider, 'incomingServer', 'imap', address);
  const smtp = pick(provider, 'outgoingServer', 'smtp', address);
  if (typeof imap === 'string' || typeof smtp === 'string') {
    return failed('incomplete', [imap, smtp].filter((x) => typeof x === 'string').join('; '));
  }
  return { ok: true, imap, smtp };
}
