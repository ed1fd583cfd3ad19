/** Wires every call of the IPC contract to the service that answers it. */
import type { Handlers } from '../ipc/registry';
import { discoverServers } from '../mail/autodiscover/discoverServers';
import { InvalidEmailAddressError } from '../mail/autodiscover/emailAddress';
import { testImapConnection } from '../mail/imap/testImapConnection';
import { testSmtpConnection } from '../mail/smtp/testSmtpConnection';
import { createAccountSettings } from '../settings/accountSettings';
import { SecretStoreUnavailableError, type ServiceAdapters } from './ports';

export function createHandlers(adapters: ServiceAdapters): Handlers {
  const account = createAccountSettings(adapters.paths, adapters.secrets);
  return {
    'account:get': () => account.view(),
    'account:discover': async (req) => {
      try {
        return await discoverServers(req.email);
      } catch (err) {
        if (err instanceof InvalidEmailAddressError) return { found: false, invalidEmail: err.message };
        throw err;
      }
    },
    'account:save': async (req) => {
      try {
        return { ok: true, account: await account.save(req.config, req.passwords) };
      } catch (err) {
        if (err instanceof SecretStoreUnavailableError) return { ok: false, code: 'keychain-unavailable', message: err.message };
        throw err;
      }
    },
    'app:info': () => ({ name: 'Blindcopy', version: adapters.appVersion, transport: adapters.transport }),
    'account:testImap': (req) => testImapConnection(req.server, { mailbox: req.mailbox, timeoutMs: req.timeoutMs }),
    'account:testSmtp': (req) => testSmtpConnection(req.server, { timeoutMs: req.timeoutMs }),
  };
}
