/** The SMTP half of the connection test: connect, STARTTLS/TLS, authenticate, quit. */
import { loadCreateTransport } from './nodemailerLoader';
import type { ConnectionTestResult } from '../../../shared/ipc/connection';
import type { ServerLogin } from '../../../shared/settings/account';
import { classifyConnectionError } from '../connectionFailure';
import { fetchPeerCertificate } from '../tls/peerCertificate';
import { smtpOptionsFor } from './smtpOptions';

export async function testSmtpConnection(server: ServerLogin, options: { timeoutMs?: number } = {}): Promise<ConnectionTestResult> {
  const createTransport = await loadCreateTransport();
  const transport = createTransport(smtpOptionsFor(server, options.timeoutMs ?? 15_000));
  try {
    await transport.verify();
    return { ok: true, capabilities: [], mailboxes: [] };
  } catch (err) {
    const failure = classifyConnectionError(err);
    if (failure.code === 'tls-untrusted') {
      const certificate = await fetchPeerCertificate({ host: server.host, port: server.port, tls: server.tls, protocol: 'smtp' });
      return certificate ? { ok: false, code: failure.code, certificate } : { ok: false, code: failure.code };
    }
    return { ok: false, ...failure };
  } finally {
    transport.close();
  }
}
