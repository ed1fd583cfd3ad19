/** The SMTP half of the connection test: connect, STARTTLS/TLS, authenticate, quit. */
import { loadCreateTransport } from './nodemailerLoader';
import type { ConnectionTestResult } from '../../../shared/ipc/connection';
import type { ServerLogin } from '../../../shared/settings/account';
import { connectionTestFailure } from '../connectionTestFailure';
import { smtpOptionsFor } from './smtpOptions';

export async function testSmtpConnection(server: ServerLogin, options: { timeoutMs?: number } = {}): Promise<ConnectionTestResult> {
  const createTransport = await loadCreateTransport();
  const transport = createTransport(smtpOptionsFor(server, options.timeoutMs ?? 15_000));
  try {
    await transport.verify();
    return { ok: true, capabilities: [], mailboxes: [] };
  } catch (err) {
    return connectionTestFailure(err, server, 'smtp');
  } finally {
    transport.close();
  }
}
