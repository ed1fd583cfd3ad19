/**
 * Which mailboxes capture mirrors (main/capture/runtime/captureSources.ts): the drop box; with
 * replication on (R8.3) the account's sync folder as a `replica` source; with sync on (R7.1) the
 * account's folders — never the sync folder, which holds the CRM's changes, not mail.
 */
import { describe, expect, it } from 'vitest';
import { captureSources } from '../../../../main/capture/runtime/captureSources';
import { AccountConfigSchema, type AccountConfig } from '../../../../shared/settings/accountConfig';
import type { ServerLogin } from '../../../../shared/settings/account';

const server = { host: 'imap.example.test', port: 993, tls: 'implicit' as const, user: 'sam@example.test' };
const imap: ServerLogin = { ...server, password: 'secret' };
const base: AccountConfig = AccountConfigSchema.parse({
  email: 'sam@example.test',
  imap: server,
  smtp: { ...server, port: 587, tls: 'starttls' },
  dropbox: { mode: 'folder', mailbox: 'CRM' },
  companyBcc: { address: 'crm@example.test', aliases: [] },
});
const folders = () => Promise.resolve([{ path: 'INBOX' }, { path: 'CRM' }, { path: 'Blindcopy' }, { path: 'Trash', specialUse: '\\Trash' }, { path: 'Sent', specialUse: '\\Sent' }]);

describe('capture sources', () => {
  it('R8.3 replication is on by default: the sync folder is a replica source on the account’s own login', async () => {
    const sources = await captureSources(base, { imap, dropbox: undefined }, 0, folders);
    expect(sources.map((s) => [s.id, s.kind, s.mailbox])).toEqual([
      ['dropbox', 'dropbox', 'CRM'],
      ['replica:Blindcopy', 'replica', 'Blindcopy'],
    ]);
    expect(sources[1]?.server).toEqual(imap);
  });

  it('R8.3 turned off, or without the IMAP password: no replica source', async () => {
    const off = { ...base, replication: { enabled: false, folder: 'Blindcopy' } };
    expect((await captureSources(off, { imap, dropbox: undefined }, 0, folders)).map((s) => s.kind)).toEqual(['dropbox']);
    const login = { ...base, dropbox: { mode: 'login' as const, server, mailbox: 'INBOX' } };
    expect((await captureSources(login, { imap: undefined, dropbox: imap }, 0, folders)).map((s) => s.kind)).toEqual(['dropbox']);
  });

  it('R7.1 R8.3 syncing all folders leaves out the sync folder, whether replication is on or off', async () => {
    for (const enabled of [true, false]) {
      const config = { ...base, sync: { enabled: true, folders: 'all' as const, sinceDays: 30 }, replication: { enabled, folder: 'Blindcopy' } };
      const sources = await captureSources(config, { imap, dropbox: undefined }, 0, folders);
      expect(sources.filter((s) => s.kind === 'sync').map((s) => s.mailbox)).toEqual(['INBOX', 'Sent']);
    }
  });
});
