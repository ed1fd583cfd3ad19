/** Wires every call of the IPC contract to the service that answers it. */
import type { Handlers } from '../ipc/registry';
import { testImapConnection } from '../mail/imap/testImapConnection';
import { testSmtpConnection } from '../mail/smtp/testSmtpConnection';
import type { ServiceAdapters } from './ports';

export function createHandlers(adapters: ServiceAdapters): Handlers {
  return {
    'app:info': () => ({ name: 'Blindcopy', version: adapters.appVersion, transport: adapters.transport }),
    'account:testImap': (req) => testImapConnection(req.server, { mailbox: req.mailbox, timeoutMs: req.timeoutMs }),
    'account:testSmtp': (req) => testSmtpConnection(req.server, { timeoutMs: req.timeoutMs }),
  };
}
