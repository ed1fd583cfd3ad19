/**
 * The account connection test through IPC against the real mail stack: every failure a user can
 * meet comes back as its own code, with the certificate to pin where TLS is untrusted.
 */
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerLogin } from '../../shared/settings/account';
import { connectToCore, type CoreClient } from '../support/coreClient';
import { createTestCore } from '../support/coreServices';
import { startMailStack, type MailStack, type StackUser } from '../support/mail-stack';

let stack: MailStack;
let client: CoreClient;
let user: StackUser;
let pinned: ServerLogin['pinnedCertificate'];
let silent: Server;

function imap(overrides: Partial<ServerLogin> = {}): ServerLogin {
  return { host: '127.0.0.1', port: stack.ports.imaps, tls: 'implicit', user: user.address, password: user.password, pinnedCertificate: pinned, ...overrides };
}

beforeAll(async () => {
  stack = await startMailStack({ plainImap: true });
  user = await stack.createUser('carol');
  client = await connectToCore(await createTestCore());
  // accepts TCP connections and never says a word: a server that hangs
  silent = createServer(() => undefined);
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  await client?.close();
  await stack?.stop();
  silent?.close();
});

describe('IMAP connection test through IPC', () => {
  it('an untrusted self-signed certificate is reported with subject, issuer and SHA-256 to pin', async () => {
    const res = await client.api.invoke('account:testImap', { server: imap({ pinnedCertificate: undefined }) });
    expect(res).toMatchObject({ ok: false, code: 'tls-untrusted' });
    if (res.ok || !res.certificate) throw new Error('expected a certificate');
    expect(res.certificate.sha256).toBe(stack.certFingerprint256);
    expect(res.certificate.subject).toContain('CN=localhost');
    pinned = { pem: res.certificate.pem, sha256: res.certificate.sha256 };
  });

  it('the same certificate, pinned, connects (implicit TLS and STARTTLS) and lists mailboxes', async () => {
    const tls = await client.api.invoke('account:testImap', { server: imap() });
    expect(tls).toMatchObject({ ok: true, mailboxes: expect.arrayContaining(['INBOX']) });
    const starttls = await client.api.invoke('account:testImap', { server: imap({ port: stack.ports.imap, tls: 'starttls' }) });
    expect(starttls).toMatchObject({ ok: true, capabilities: expect.arrayContaining(['IDLE']) });
  });

  it('a wrong password is "auth-failed"', async () => {
    expect(await client.api.invoke('account:testImap', { server: imap({ password: 'wrong-password' }) })).toMatchObject({ ok: false, code: 'auth-failed' });
  });

  it('a server that is down is "unreachable"', async () => {
    const closed = await new Promise<number>((resolve) => {
      const s = createServer();
      s.listen(0, '127.0.0.1', () => {
        const port = (s.address() as AddressInfo).port;
        s.close(() => resolve(port));
      });
    });
    expect(await client.api.invoke('account:testImap', { server: imap({ port: closed }) })).toEqual({ ok: false, code: 'unreachable' });
  });

  it('a server that never answers is "timeout"', async () => {
    const port = (silent.address() as AddressInfo).port;
    const res = await client.api.invoke('account:testImap', { server: imap({ port, tls: 'starttls' }), timeoutMs: 800 });
    expect(res).toEqual({ ok: false, code: 'timeout' });
  });

  it('a server without STARTTLS is "starttls-missing" (no password sent in clear text)', async () => {
    const res = await client.api.invoke('account:testImap', {
      server: imap({ host: stack.plainImapHost, port: stack.ports.imapPlain ?? 0, tls: 'starttls' }),
    });
    expect(res).toMatchObject({ ok: false, code: 'starttls-missing' });
  });

  it('a drop-box folder that does not exist is "mailbox-missing"', async () => {
    expect(await client.api.invoke('account:testImap', { server: imap(), mailbox: 'CRM-Dropbox' })).toMatchObject({ ok: false, code: 'mailbox-missing' });
  });
});

describe('SMTP connection test through IPC', () => {
  function smtp(overrides: Partial<ServerLogin> = {}): ServerLogin {
    return { host: '127.0.0.1', port: stack.ports.smtp, tls: 'starttls', user: user.address, password: user.password, pinnedCertificate: pinned, ...overrides };
  }

  it('untrusted, pinned, wrong password, down: each its own answer', async () => {
    const untrusted = await client.api.invoke('account:testSmtp', { server: smtp({ pinnedCertificate: undefined }) });
    expect(untrusted).toMatchObject({ ok: false, code: 'tls-untrusted', certificate: { sha256: stack.certFingerprint256 } });
    expect(await client.api.invoke('account:testSmtp', { server: smtp() })).toMatchObject({ ok: true });
    expect(await client.api.invoke('account:testSmtp', { server: smtp({ password: 'nope' }) })).toMatchObject({ ok: false, code: 'auth-failed' });
    await stack.stopSmtp();
    try {
      expect(await client.api.invoke('account:testSmtp', { server: smtp() })).toMatchObject({ ok: false, code: 'unreachable' });
    } finally {
      await stack.startSmtp();
    }
  });
});
