/**
 * One trusted certificate serves every server that presents it (R8.2). When the user has trusted
 * a self-signed certificate for one server of the account (pinned by its SHA-256 fingerprint), a
 * second server — SMTP on the same host, the drop box's own login — that presents exactly that
 * certificate is trusted without asking again: whoever answers holds its private key, the same
 * party the user already trusted. Any other certificate still asks. Matching is by fingerprint
 * only, never by subject or host name, which anyone can put in a certificate of their own.
 */
import type { ServerSettings } from './account';

export type PinnedCertificate = NonNullable<ServerSettings['pinnedCertificate']>;

/** A SHA-256 fingerprint as 64 upper-case hex digits, whatever its separators; undefined when it is not one. */
export function normalizedFingerprint(sha256: string): string | undefined {
  const hex = sha256.replace(/[\s:]/g, '').toUpperCase();
  return /^[0-9A-F]{64}$/.test(hex) ? hex : undefined;
}

/**
 * The decision for a certificate a server presents that the system does not trust: the
 * certificate the user trusted already that it is (pin it, ask nothing), or undefined (ask).
 */
export function alreadyTrusted(presented: { sha256: string }, trusted: readonly (PinnedCertificate | undefined)[]): PinnedCertificate | undefined {
  const wanted = normalizedFingerprint(presented.sha256);
  if (wanted === undefined) return undefined;
  return trusted.find((pin) => pin !== undefined && normalizedFingerprint(pin.sha256) === wanted);
}
