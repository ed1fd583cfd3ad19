/**
 * TLS options for one server. Verification always stays on; a pinned self-signed certificate
 * becomes the only trusted root for that server, and its fingerprint must match exactly.
 */
import { checkServerIdentity, type ConnectionOptions, type PeerCertificate } from 'node:tls';
import type { ServerSettings } from '../../../shared/settings/account';

export function tlsOptionsFor(server: ServerSettings): ConnectionOptions {
  const pinned = server.pinnedCertificate;
  const base: ConnectionOptions = { servername: isIp(server.host) ? undefined : server.host, minVersion: 'TLSv1.2' };
  if (!pinned) return { ...base, rejectUnauthorized: true };
  return {
    ...base,
    rejectUnauthorized: true,
    ca: [pinned.pem],
    // A pinned certificate is trusted for this server even when its name does not match
    // (self-hosted servers are often reached by IP); any other certificate is checked normally.
    checkServerIdentity(host: string, cert: PeerCertificate) {
      if (cert.fingerprint256 === pinned.sha256) return undefined;
      return checkServerIdentity(host, cert);
    },
  };
}

function isIp(host: string): boolean {
  return /^[\d.]+$/.test(host) || host.includes(':');
}
