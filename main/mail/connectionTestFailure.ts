/**
 * A failed connection test (IMAP or SMTP) as the answer the UI words: the classified failure,
 * and for a certificate the system does not trust, the server's certificate, so the user can
 * pin it (R1.1) instead of being told only "untrusted".
 */
import type { ConnectionTestResult } from '../../shared/ipc/connection';
import type { ServerLogin } from '../../shared/settings/account';
import { classifyConnectionError } from './connectionFailure';
import { fetchPeerCertificate, type ProbeTarget } from './tls/peerCertificate';

export async function connectionTestFailure(err: unknown, server: ServerLogin, protocol: ProbeTarget['protocol']): Promise<ConnectionTestResult> {
  const failure = classifyConnectionError(err);
  if (failure.code === 'tls-untrusted') {
    const certificate = await fetchPeerCertificate({ host: server.host, port: server.port, tls: server.tls, protocol });
    return certificate ? { ok: false, code: failure.code, certificate } : { ok: false, code: failure.code };
  }
  return { ok: false, ...failure };
}
