/** ImapFlow options from our settings: one place that decides TLS, timeouts and logging. */
import type { ImapFlowOptions } from 'imapflow';
import type { ServerLogin } from '../../../shared/settings/account';
import { tlsOptionsFor } from '../tls/tlsOptions';

export interface ImapTimeouts {
  connectionTimeout?: number;
  greetingTimeout?: number;
  socketTimeout?: number;
}

export function imapOptionsFor(server: ServerLogin, timeouts: ImapTimeouts = {}): ImapFlowOptions {
  return {
    host: server.host,
    port: server.port,
    secure: server.tls === 'implicit',
    // STARTTLS is required, never opportunistic: no password goes out in clear text.
    doSTARTTLS: server.tls === 'starttls' ? true : undefined,
    auth: { user: server.user, pass: server.password },
    tls: tlsOptionsFor(server),
    // imapflow's logger would print protocol lines, which can hold credentials and bodies.
    logger: false,
    // imapflow identifies itself with ID by default; we say less about the user's machine.
    clientInfo: { name: 'Blindcopy' },
    connectionTimeout: timeouts.connectionTimeout ?? 15_000,
    greetingTimeout: timeouts.greetingTimeout ?? 10_000,
    socketTimeout: timeouts.socketTimeout ?? 5 * 60_000,
    disableAutoIdle: true,
  };
}
