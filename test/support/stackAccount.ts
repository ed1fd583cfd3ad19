/** An account config for the test mail stack (self-signed certificate pinned), to seed the core. */
import type { HandlerRegistry } from '../../main/ipc/registry';
import type { AccountConfig } from '../../shared/settings/accountConfig';
import type { MailStack, StackUser } from './mail-stack';

export function stackAccountConfig(stack: MailStack, user: StackUser, dropbox: StackUser): AccountConfig {
  const pinnedCertificate = { pem: stack.caCert, sha256: stack.certFingerprint256 };
  const imap = { host: stack.host, port: stack.ports.imaps, tls: 'implicit' as const, user: user.address, pinnedCertificate };
  return {
    email: user.address,
    displayName: 'Sam Seller',
    imap,
    smtp: { host: stack.host, port: stack.ports.smtp, tls: 'starttls', user: user.address, pinnedCertificate },
    dropbox: { mode: 'login', server: { ...imap, user: dropbox.address }, mailbox: 'INBOX' },
    companyBcc: { address: dropbox.address, aliases: [] },
    delimiter: '+',
    sync: { enabled: false, folders: 'all', sinceDays: 30 },
    autoBcc: 'always',
    replication: { enabled: true, folder: 'Blindcopy' },
  };
}

/** Saves the account through the real handlers, as the first run would; `overrides` change parts of it (e.g. sync on). */
export async function seedAccount(core: HandlerRegistry, stack: MailStack, user: StackUser, dropbox: StackUser, overrides: Partial<AccountConfig> = {}): Promise<void> {
  const result = await core.dispatch('account:save', {
    config: { ...stackAccountConfig(stack, user, dropbox), ...overrides },
    passwords: { imap: user.password, smtp: user.password, dropbox: dropbox.password },
  });
  if (!result.ok) throw new Error(`seeding the account failed: ${result.error.message}`);
}
