/**
 * The account's settings file and its passwords, as one service: read the config, save it
 * together with any new passwords, and hand out full logins to the mail services.
 */
import { join } from 'node:path';
import { z } from 'zod';
import type { ServerLogin } from '../../shared/settings/account';
import { AccountConfigSchema, type AccountConfig, type AccountView, type SecretKind } from '../../shared/settings/accountConfig';
import { readJsonFile, writeJsonFile } from '../platform/jsonFile';
import type { AppPaths, Keychain } from '../platform/ports';
import { passwordsToDrop } from './passwordBinding';

const FileSchema = z.object({ version: z.literal(1), account: AccountConfigSchema.optional() });


export interface AccountSettings {
  view(): Promise<AccountView>;
  config(): Promise<AccountConfig | undefined>;
  save(config: AccountConfig, passwords: Partial<Record<SecretKind, string>>): Promise<AccountView>;
  /** the login for one kind of server, or undefined when not configured / no password stored */
  login(kind: SecretKind): Promise<ServerLogin | undefined>;
}

export function createAccountSettings(paths: AppPaths, secrets: Keychain): AccountSettings {
  const file = join(paths.userData, 'account.json');
  const secretKey = (kind: SecretKind) => `password:${kind}`;

  async function config(): Promise<AccountConfig | undefined> {
    const read = await readJsonFile(file, FileSchema);
    // A damaged settings file is reported, never silently replaced: it holds the user's setup.
    if (read.kind === 'invalid') {
      // no Failure: nothing the user did; the registry logs it and answers 'internal'
      throw new Error(read.problem === 'not-json' ? `${file} is not valid JSON` : `${file} does not match its schema: ${read.error.issues[0]?.message ?? ''}`);
    }
    return read.kind === 'ok' ? read.value.account : undefined;
  }

  async function view(): Promise<AccountView> {
    const [cfg, imap, smtp, dropbox] = await Promise.all([
      config(),
      secrets.get(secretKey('imap')),
      secrets.get(secretKey('smtp')),
      secrets.get(secretKey('dropbox')),
    ]);
    return { config: cfg, hasPassword: { imap: imap !== undefined, smtp: smtp !== undefined, dropbox: dropbox !== undefined } };
  }

  return {
    view,
    config,
    async save(next, passwords) {
      // A damaged file names no server a stored password could still belong to: all without a new one go.
      const read = await readJsonFile(file, FileSchema);
      const previous = read.kind === 'ok' ? read.value.account : undefined;
      // Secrets first: if the keychain refuses, nothing is half-saved.
      for (const [kind, password] of Object.entries(passwords) as [SecretKind, string | undefined][]) {
        if (password) await secrets.set(secretKey(kind), password);
      }
      // A password belongs to one host, port and user: one pointed elsewhere is dropped (DESIGN "Security").
      for (const kind of passwordsToDrop(previous, next, passwords)) await secrets.delete(secretKey(kind));
      await writeJsonFile(file, { version: 1, account: AccountConfigSchema.parse(next) }, 2);
      return view();
    },
    async login(kind) {
      const cfg = await config();
      if (!cfg) return undefined;
      const server = kind === 'imap' ? cfg.imap : kind === 'smtp' ? cfg.smtp : cfg.dropbox.mode === 'login' ? cfg.dropbox.server : undefined;
      if (!server) return undefined;
      const password = await secrets.get(secretKey(kind));
      return password === undefined ? undefined : { ...server, password };
    },
  };
}
