/**
 * A stored password belongs to one server: its host, port and user (DESIGN "Security"). When a
 * save points a kind of server elsewhere without a new password for it, the old one is dropped,
 * so no edit of the settings file's servers can send the saved password to another host.
 */
import type { ServerSettings } from '../../shared/settings/account';
import type { AccountConfig, SecretKind } from '../../shared/settings/accountConfig';

type Endpoint = Pick<ServerSettings, 'host' | 'port' | 'user'>;

/** The server a kind of password is for; undefined when the config has none of that kind. */
export function serverOfKind(config: AccountConfig, kind: SecretKind): ServerSettings | undefined {
  if (kind === 'imap') return config.imap;
  if (kind === 'smtp') return config.smtp;
  return config.dropbox.mode === 'login' ? config.dropbox.server : undefined;
}

function sameEndpoint(a: Endpoint, b: Endpoint): boolean {
  // host names are case-insensitive (RFC 4343); user names are the server's business, kept exact
  return a.host.trim().toLowerCase() === b.host.trim().toLowerCase() && a.port === b.port && a.user === b.user;
}

/**
 * The kinds whose stored password must go: the server is gone, or its host, port or user changed,
 * and no new password for it comes with the save.
 */
export function passwordsToDrop(previous: AccountConfig | undefined, next: AccountConfig, newPasswords: Partial<Record<SecretKind, string>>): SecretKind[] {
  const kinds: SecretKind[] = ['imap', 'smtp', 'dropbox'];
  return kinds.filter((kind) => {
    if (newPasswords[kind]) return false;
    const before = previous && serverOfKind(previous, kind);
    const after = serverOfKind(next, kind);
    if (!after) return true;
    // no saved server to compare with: a password stored without one is not trusted either
    return before === undefined || !sameEndpoint(before, after);
  });
}
