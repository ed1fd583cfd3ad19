/**
 * Help → Copy diagnostics (issue 22): versions, settings without secrets or addresses, the
 * recent problems of the log. The settings are copied from an allowlist, so a settings object
 * that carries secrets (a password, tokens, fields we do not know) gives none of them away.
 */
import { describe, expect, it } from 'vitest';
import { diagnosticsText, problemLine, type DiagnosticsInput } from '../../../main/diagnostics/diagnosticsText';
import type { AccountView } from '../../../shared/settings/accountConfig';

const SECRETS = ['hunter2-imap', 'hunter2-smtp', 'hunter2-dropbox', 'ya29.oauth-access-token', 'refresh-token-1/xyz', 'sk_live_api_key', 'bc-session-token'];
const ADDRESSES = ['sam@acme.example', 'crm@acme.example', 'old-crm@acme.example', 'dropbox-user@acme.example'];

const pem = '-----BEGIN CERTIFICATE-----\nMIIBprivatelooking\n-----END CERTIFICATE-----';
const sha256 = Array.from({ length: 32 }, () => 'AB').join(':');

/** an account view with secrets where a careless copy would take them along */
function viewWithSecrets(): AccountView {
  const imap = { host: 'imap.acme.example', port: 993, tls: 'implicit' as const, user: 'sam@acme.example', pinnedCertificate: { pem, sha256 }, password: 'hunter2-imap', oauth: { accessToken: 'ya29.oauth-access-token', refreshToken: 'refresh-token-1/xyz' } };
  const smtp = { host: 'smtp.acme.example', port: 587, tls: 'starttls' as const, user: 'sam@acme.example', password: 'hunter2-smtp' };
  const view = {
    config: {
      email: 'sam@acme.example',
      displayName: 'Sam Seller',
      imap,
      smtp,
      dropbox: { mode: 'login' as const, server: { ...imap, user: 'dropbox-user@acme.example', password: 'hunter2-dropbox' }, mailbox: 'Customers/Jane Roe' },
      companyBcc: { address: 'crm@acme.example', aliases: ['old-crm@acme.example'] },
      delimiter: '+',
      authservId: 'mx.acme.example',
      sync: { enabled: true, folders: ['INBOX', 'Deals/Big customer'], sinceDays: 30 },
      autoBcc: 'always' as const,
      replication: { enabled: true, folder: 'Blindcopy' },
      apiKey: 'sk_live_api_key',
    },
    hasPassword: { imap: true, smtp: true, dropbox: false },
    sessionToken: 'bc-session-token',
  };
  return view as AccountView;
}

function input(overrides: Partial<DiagnosticsInput> = {}): DiagnosticsInput {
  return {
    now: Date.UTC(2026, 11, 7, 12, 0, 0),
    versions: { app: '1.4.2', electron: '45.1.0', chrome: '142.0.7444.52', node: '24.9.0', os: 'Linux 6.8.0 (x64)' },
    account: viewWithSecrets(),
    notifications: { rejected: true, sendFailed: false, sourceStopped: true },
    recentProblems: [],
    ...overrides,
  };
}

describe('diagnostics text', () => {
  it('names the versions of the app, Electron, Chrome, Node and the OS', () => {
    const text = diagnosticsText(input());
    for (const part of ['Blindcopy 1.4.2', 'Electron 45.1.0', 'Chrome 142.0.7444.52', 'Node 24.9.0', 'Linux 6.8.0 (x64)', '2026-12-07T12:00:00.000Z']) expect(text).toContain(part);
  });

  it('R8.2 holds no password or token, no address, no certificate, no folder name from settings that carry them', () => {
    const text = diagnosticsText(input());
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    for (const address of ADDRESSES) expect(text).not.toContain(address);
    expect(text).not.toContain('@');
    expect(text).not.toContain('BEGIN CERTIFICATE');
    expect(text).not.toContain('Sam Seller');
    expect(text).not.toContain('Jane Roe');
    expect(text).not.toContain('Big customer');
  });

  it('says what support needs of the settings: servers, security, which passwords are stored, the switches', () => {
    const text = diagnosticsText(input());
    expect(text).toContain('account domain: acme.example');
    expect(text).toContain('IMAP: imap.acme.example:993 TLS, pinned certificate, password stored');
    expect(text).toContain('SMTP: smtp.acme.example:587 STARTTLS, password stored');
    expect(text).toContain('drop box: separate login, imap.acme.example:993 TLS, pinned certificate, password missing');
    expect(text).toContain('company BCC domain: acme.example, 1 older address(es)');
    expect(text).toContain('sync of own folders: on, 2 folder(s), 30 days back');
    expect(text).toContain('notifications: rejected mail on, sending failed off, sync stopped on');
  });

  it('says when no account is set up', () => {
    expect(diagnosticsText(input({ account: undefined }))).toContain('account: not set up');
  });

  it('lists the recent problems as lines a person reads, scrubbed again', () => {
    const lines = [
      JSON.stringify({ level: 'error', time: '2026-12-07T11:59:00.000Z', msg: 'ipc.handler-failed', call: 'app:info', error: { name: 'TypeError', message: 'boom' } }),
      // a line from elsewhere (an older version) with an address in it
      JSON.stringify({ level: 'warn', time: '2026-12-07T11:59:30.000Z', msg: 'capture.source-state', code: 'auth-failed', error: { name: 'Error', code: 'AUTH', message: 'login for jane@customer.example failed' } }),
      '{"level":"error", torn',
    ];
    const text = diagnosticsText(input({ recentProblems: lines }));
    expect(text).toContain('Recent problems (newest last): 3');
    expect(text).toContain('  2026-12-07T11:59:00.000Z error ipc.handler-failed call=app:info — TypeError: boom');
    expect(text).toContain('capture.source-state code=auth-failed — Error [AUTH]: login for <address> failed');
    expect(text).toContain('(an unreadable line)');
    expect(text).not.toContain('jane@customer.example');
    expect(problemLine('not json')).toBe('  (an unreadable line)');
  });
});
