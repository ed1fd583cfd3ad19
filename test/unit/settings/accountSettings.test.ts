/** Account settings through IPC: saved to a validated file, passwords only in the secret store. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../main/services/createCore';
import { silentLogger } from '../../../main/platform/ports';
import { failure } from '../../../shared/failures/failure';
import type { AccountConfig } from '../../../shared/settings/accountConfig';
import { testAdapters } from '../../support/coreServices';

const config: AccountConfig = {
  email: 'sam@acme.test',
  imap: { host: 'imap.acme.test', port: 993, tls: 'implicit', user: 'sam@acme.test' },
  smtp: { host: 'smtp.acme.test', port: 587, tls: 'starttls', user: 'sam@acme.test' },
  dropbox: { mode: 'login', server: { host: 'imap.acme.test', port: 993, tls: 'implicit', user: 'crm@acme.test' }, mailbox: 'INBOX' },
  companyBcc: { address: 'crm@acme.test', aliases: [] },
  delimiter: '+',
  sync: { enabled: false, folders: 'all', sinceDays: 30 },
  autoBcc: 'always',
  replication: { enabled: true, folder: 'Blindcopy' },
};

function core(adapters = testAdapters()) {
  return { adapters, registry: createCore(adapters, silentLogger).registry };
}

describe('R8.2 account settings', () => {
  it('saves the config to a file and passwords to the secret store only', async () => {
    const { adapters, registry } = core();
    expect(await registry.dispatch('account:get', {})).toEqual({ ok: true, value: { hasPassword: { imap: false, smtp: false, dropbox: false } } });
    const saved = await registry.dispatch('account:save', { config, passwords: { imap: 'imap-secret-1', smtp: 'smtp-secret-2', dropbox: 'crm-secret-3' } });
    expect(saved).toEqual({ ok: true, value: { account: { config, hasPassword: { imap: true, smtp: true, dropbox: true } } } });
    const onDisk = readFileSync(join(adapters.paths.userData, 'account.json'), 'utf8');
    expect(onDisk).toContain('crm@acme.test');
    expect(onDisk).not.toMatch(/secret-\d/);
    expect(await adapters.secrets.get('password:imap')).toBe('imap-secret-1');
  });

  it('saves nothing when the keychain refuses (basic_text backend)', async () => {
    const adapters = testAdapters({
      secrets: {
        set: async () => {
          throw failure('keychain-unavailable', 'No system keychain was found.');
        },
        get: async () => undefined,
        delete: async () => undefined,
      },
    });
    const { registry } = core(adapters);
    const res = await registry.dispatch('account:save', { config, passwords: { imap: 'x' } });
    expect(res).toEqual({ ok: false, error: { code: 'keychain-unavailable', message: 'No system keychain was found.' } });
    expect(await registry.dispatch('account:get', {})).toMatchObject({ ok: true, value: { config: undefined } });
  });

  it('refuses a config outside the schema', async () => {
    const { registry } = core();
    const bad = { ...config, imap: { ...config.imap, port: 0 } };
    expect(await registry.dispatch('account:save', { config: bad, passwords: {} })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('a damaged settings file is reported, not silently replaced', async () => {
    const { adapters, registry } = core();
    writeFileSync(join(adapters.paths.userData, 'account.json'), '{"version":1,"account":{"email":42}}');
    expect(await registry.dispatch('account:get', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('R8.2 a stored password belongs to one host, port and user', () => {
  const savedPasswords = { imap: 'imap-secret-1', smtp: 'smtp-secret-2', dropbox: 'crm-secret-3' };
  const moved: ReadonlyArray<readonly [string, AccountConfig, 'imap' | 'smtp' | 'dropbox']> = [
    ['IMAP host', { ...config, imap: { ...config.imap, host: 'imap.elsewhere.test' } }, 'imap'],
    ['IMAP port', { ...config, imap: { ...config.imap, port: 1993 } }, 'imap'],
    ['IMAP user', { ...config, imap: { ...config.imap, user: 'someone@acme.test' } }, 'imap'],
    ['SMTP host', { ...config, smtp: { ...config.smtp, host: 'smtp.elsewhere.test' } }, 'smtp'],
    ['SMTP port', { ...config, smtp: { ...config.smtp, port: 465 } }, 'smtp'],
    ['drop-box host', { ...config, dropbox: { mode: 'login', mailbox: 'INBOX', server: { ...config.imap, user: 'crm@acme.test', host: 'evil.test' } } }, 'dropbox'],
    ['drop-box user', { ...config, dropbox: { mode: 'login', mailbox: 'INBOX', server: { ...config.imap, user: 'other@acme.test' } } }, 'dropbox'],
  ];

  it.each(moved)('R8.2 changing the %s without a new password drops the stored one, and no login goes out with it', async (_what, next, kind) => {
    const { adapters, registry } = core();
    expect(await registry.dispatch('account:save', { config, passwords: savedPasswords })).toMatchObject({ ok: true });
    const saved = await registry.dispatch('account:save', { config: next, passwords: {} });
    expect(saved).toMatchObject({ ok: true, value: { account: { hasPassword: { [kind]: false } } } });
    expect(await adapters.secrets.get(`password:${kind}`)).toBeUndefined();
    const services = createCore(adapters, silentLogger).services;
    expect(await services.account.login(kind)).toBeUndefined();
    // the other servers keep theirs
    for (const other of (['imap', 'smtp', 'dropbox'] as const).filter((k) => k !== kind)) expect(await services.account.login(other)).toMatchObject({ password: savedPasswords[other] });
  });

  it('R8.2 a new password typed with the change is the one stored; an unchanged server keeps its password', async () => {
    const { adapters, registry } = core();
    await registry.dispatch('account:save', { config, passwords: savedPasswords });
    const next = { ...config, imap: { ...config.imap, host: 'imap2.acme.test' }, displayName: 'Sam' };
    expect(await registry.dispatch('account:save', { config: next, passwords: { imap: 'new-imap-secret' } })).toMatchObject({
      ok: true,
      value: { account: { hasPassword: { imap: true, smtp: true, dropbox: true } } },
    });
    expect(await adapters.secrets.get('password:imap')).toBe('new-imap-secret');
    // TLS mode and case of the host name do not move the password elsewhere
    const same = { ...next, imap: { ...next.imap, host: 'IMAP2.acme.test', tls: 'starttls' as const } };
    await registry.dispatch('account:save', { config: same, passwords: {} });
    expect(await adapters.secrets.get('password:imap')).toBe('new-imap-secret');
  });
});
