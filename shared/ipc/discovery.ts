/** What server autodiscovery answers (account:discover). */
import { z } from 'zod';
import { ServerSettingsSchema } from '../settings/account';

/** Where the servers came from; 'guess': the usual host names of the domain, probed (guessHosts.ts in main). */
export const DiscoverySourceSchema = z.enum(['srv', 'autoconfig-domain', 'autoconfig-wellknown', 'ispdb', 'guess']);
export type DiscoverySource = z.infer<typeof DiscoverySourceSchema>;

/**
 * Why a source gave no answer. not-found: nothing published (NXDOMAIN, HTTP 404). timeout: no
 * answer in time. invalid: an answer we could not read (bad XML, not a clientConfig, bad DNS
 * data). too-large: over the size limit. incomplete: readable, but no usable IMAP + SMTP pair
 * (e.g. only plain-text servers). insecure: a redirect away from HTTPS. unreachable: network or
 * HTTP errors.
 */
export const DiscoveryFailureReasonSchema = z.enum(['not-found', 'timeout', 'invalid', 'too-large', 'incomplete', 'insecure', 'unreachable']);
export type DiscoveryFailureReason = z.infer<typeof DiscoveryFailureReasonSchema>;

export const TriedSourceSchema = z.strictObject({
  source: DiscoverySourceSchema,
  reason: DiscoveryFailureReasonSchema,
  /** For support and logs: never holds the address or a URL carrying it. */
  detail: z.string().max(300),
});
export type TriedSource = z.infer<typeof TriedSourceSchema>;

/** A discovered server: ServerSettings without the pinned certificate, which only the user sets. */
export const DiscoveredServerSchema = z.strictObject(ServerSettingsSchema.pick({ host: true, port: true, tls: true, user: true }).shape);
export type DiscoveredServer = z.infer<typeof DiscoveredServerSchema>;

const tried = z.array(TriedSourceSchema).max(DiscoverySourceSchema.options.length);

/**
 * Servers named by an unauthenticated source (DNS SRV) outside the mail domain: "host X is outside
 * example.com". The user must accept them, seeing the hosts, before any password is sent.
 */
/**
 * What one probed host said (connect and greeting, STARTTLS offered when that is the mode; no
 * login, no password). answered: an IMAP or SMTP server answered. no-host: the name does not
 * exist. refused: nothing listens, or the network refused. timeout: no answer in time. not-mail:
 * something answered, but not as that protocol. no-starttls: a server without STARTTLS on a
 * STARTTLS port. tls-failed: the TLS handshake failed.
 */
export const ProbeOutcomeSchema = z.enum(['answered', 'no-host', 'refused', 'timeout', 'not-mail', 'no-starttls', 'tls-failed']);
export type ProbeOutcome = z.infer<typeof ProbeOutcomeSchema>;

export const GuessedHostSchema = z.strictObject({
  protocol: z.enum(['imap', 'smtp']),
  host: ServerSettingsSchema.shape.host,
  port: ServerSettingsSchema.shape.port,
  tls: ServerSettingsSchema.shape.tls,
  outcome: ProbeOutcomeSchema,
});
export type GuessedHost = z.infer<typeof GuessedHostSchema>;

/** The hosts guessing tried, in the order of preference: shown so the user sees what was asked. */
const guessed = z.array(GuessedHostSchema).max(24);

export const NeedsConfirmationSchema = z.strictObject({
  /** the mail domain the hosts are outside of */
  domain: z.string().min(1).max(253),
  hosts: z.array(ServerSettingsSchema.shape.host).min(1).max(2),
});
export type NeedsConfirmation = z.infer<typeof NeedsConfirmationSchema>;

export const DiscoveryResultSchema = z.discriminatedUnion('found', [
  z.strictObject({
    found: z.literal(true),
    source: DiscoverySourceSchema,
    imap: DiscoveredServerSchema,
    smtp: DiscoveredServerSchema,
    tried,
    needsConfirmation: NeedsConfirmationSchema.optional(),
    guessed: guessed.optional(),
  }),
  z.strictObject({
    found: z.literal(false),
    tried,
    guessed: guessed.optional(),
    /** guessing found one side only: it fills that side in, the user types the other */
    partial: z.strictObject({ imap: DiscoveredServerSchema.optional(), smtp: DiscoveredServerSchema.optional() }).optional(),
  }),
]);
export type DiscoveryResult = z.infer<typeof DiscoveryResultSchema>;
