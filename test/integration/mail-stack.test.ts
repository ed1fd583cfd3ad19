import { existsSync } from 'node:fs';
import { connect as tlsConnect } from 'node:tls';
import { ImapFlow } from 'imapflow';
import type { ImapFlowOptions } from 'imapflow';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailStack } from '../support/mail-stack';
import type { MailStack, StackUser } from '../support/mail-stack';
import { isAlive } from '../support/mail-stack/proc';

let stack: MailStack;
let alice: StackUser;

/** Connects, runs `fn`, and always logs out, so no test leaves an IMAP session behind. */
async function withImap<T>(options: ImapFlowOptions, fn: (client: ImapFlow) => Promise<T>): Promise<T> {
  const client = new ImapFlow(options);
  client.on('error', () => {
    // Errors also reject the pending command, which is what the tests look at.
  });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.logout().catch(() => client.close());
  }
}

/** Header value of the newest INBOX message whose subject matches. */
async function inboxHeader(user: StackUser, subject: string, header: string): Promise<string | undefined> {
  return withImap(stack.imapConfig(user), async (client) => {
    const lock = await client.getMailboxLock('INBOX');
    try {
      const uids = await client.search({ subject }, { uid: true });
      const uid = uids ? uids.at(-1) : undefined;
      if (uid === undefined) return undefined;
      const message = await client.fetchOne(String(uid), { headers: [header] }, { uid: true });
      const text = message === false ? '' : (message.headers?.toString('utf8') ?? '');
      return /^[^:]+:\s*(.*)$/m.exec(text)?.[1]?.trim();
    } finally {
      lock.release();
    }
  });
}

function rawMessage(from: string, to: string, subject: string): string {
  return [
    `From: ${from}`,
    `To: ${to}`,
    `Subject: ${subject}`,
    `Message-ID: <${subject.replace(/\W/g, '')}@mail-stack.test>`,
    'Date: Mon, 01 Jan 2024 10:00:00 +0000',
    '',
    'Hello.',
    '',
  ].join('\r\n');
}

beforeAll(async () => {
  stack = await startMailStack({ plainImap: true });
  alice = await stack.createUser('alice');
});

afterAll(async () => {
  await stack?.stop();
});

describe('mail stack', () => {
  it('logs in over STARTTLS and implicit TLS with the certificate verified', async () => {
    for (const tls of ['starttls', 'implicit'] as const) {
      await withImap(stack.imapConfig(alice, { tls }), async (client) => {
        expect(client.secureConnection).toBe(true);
        expect(client.capabilities.has('IDLE')).toBe(true);
        expect(client.capabilities.has('CONDSTORE')).toBe(true);
        expect(client.capabilities.has('QRESYNC')).toBe(true);
        const mailboxes = await client.list();
        const specialUse = mailboxes.map((m) => m.specialUse).filter(Boolean).sort();
        // imapflow marks INBOX as \Inbox itself; the other four come from Dovecot's config.
        expect(specialUse).toEqual(['\\Drafts', '\\Inbox', '\\Junk', '\\Sent', '\\Trash']);
        expect(mailboxes.some((m) => m.path === 'INBOX')).toBe(true);
      });
    }
    // The fingerprint the stack reports is the one the server presents.
    const fingerprint = await new Promise<string>((resolve, reject) => {
      const socket = tlsConnect({ host: stack.host, port: stack.ports.imaps, ca: [stack.caCert] }, () => {
        resolve(socket.getPeerCertificate().fingerprint256);
        socket.destroy();
      });
      socket.once('error', reject);
    });
    expect(fingerprint).toBe(stack.certFingerprint256);
    // Verification really is on: without the stack's CA the handshake is refused.
    const untrusting = new ImapFlow({ ...stack.imapConfig(alice), tls: {} });
    untrusting.on('error', () => {});
    await expect(untrusting.connect()).rejects.toThrow(/self-signed|certificate/i);
    untrusting.close();
  });

  it('refuses a wrong password', async () => {
    const client = new ImapFlow({ ...stack.imapConfig(alice), auth: { user: alice.user, pass: 'wrong' } });
    client.on('error', () => {});
    await expect(client.connect()).rejects.toMatchObject({ authenticationFailed: true });
    client.close();
  });

  it('delivers over LMTP to a +detail address with its Delivered-To header', async () => {
    const crm = await stack.createUser('crm');
    await stack.deliver('crm+d-abc123@example.test', rawMessage('carol@external.test', 'crm+d-abc123@example.test', 'lmtp detail'));
    expect(await inboxHeader(crm, 'lmtp detail', 'delivered-to')).toBe('crm+d-abc123@example.test');
    await expect(stack.deliver('nobody-here@example.test', rawMessage('a@b.test', 'x@y.test', 'x'))).rejects.toThrow(/User doesn't exist/);
  });

  it('submits with nodemailer to a local user and keeps external mail', async () => {
    // bob is created after alice has logged in: Dovecot must know him at once.
    const bob = await stack.createUser('bob@example.test', 'bob-secret');
    expect(bob).toEqual({ address: 'bob@example.test', user: 'bob@example.test', password: 'bob-secret' });
    const transport = nodemailer.createTransport(stack.smtpConfig(alice));
    const info = await transport.sendMail({
      from: alice.address,
      to: [bob.address, 'dave@external.test'],
      subject: 'submitted',
      text: 'Hi Bob.',
    });
    expect(info.accepted).toEqual([bob.address, 'dave@external.test']);
    expect(await inboxHeader(bob, 'submitted', 'subject')).toBe('submitted');
    const external = stack.externalMail.at(-1);
    expect(external?.envelope).toEqual({ from: alice.address, to: ['dave@external.test'] });
    expect(external?.raw.toString('utf8')).toContain('Subject: submitted');
    transport.close();
  });

  it('refuses unauthenticated submission and injects failures', async () => {
    const { auth: _auth, ...anonymous } = stack.smtpConfig(alice);
    const mail = { from: alice.address, to: alice.address, subject: 'to self', text: 'x' };
    await expect(nodemailer.createTransport(anonymous).sendMail(mail)).rejects.toMatchObject({ responseCode: 530 });

    const transport = nodemailer.createTransport(stack.smtpConfig(alice));
    const before = stack.smtp.acceptedCount;
    stack.smtp.failNext(1, 451, '4.3.2 Try again later');
    await expect(transport.sendMail(mail)).rejects.toMatchObject({ responseCode: 451 });
    await expect(transport.sendMail(mail)).resolves.toMatchObject({ accepted: [alice.address] });
    expect(stack.smtp.acceptedCount).toBe(before + 1);

    await stack.stopSmtp();
    await expect(transport.sendMail(mail)).rejects.toMatchObject({ code: 'ESOCKET', message: expect.stringMatching(/ECONNREFUSED/) });
    await stack.startSmtp();
    await expect(transport.sendMail(mail)).resolves.toMatchObject({ accepted: [alice.address] });
    transport.close();
  });

  it('offers a listener without STARTTLS when asked', async () => {
    await withImap(stack.imapConfig(alice, { tls: 'none' }), async (client) => {
      expect(client.secureConnection).toBe(false);
    });
    const client = new ImapFlow({ ...stack.imapConfig(alice, { tls: 'none' }), doSTARTTLS: true });
    client.on('error', () => {});
    await expect(client.connect()).rejects.toThrow(/STARTTLS/i);
    client.close();
  });

  it('cuts logged-in sessions', async () => {
    const client = new ImapFlow(stack.imapConfig(alice));
    client.on('error', () => {});
    await client.connect();
    const closed = new Promise<void>((resolve) => client.once('close', () => resolve()));
    expect(stack.killImapSessions()).toBeGreaterThanOrEqual(1);
    await closed;
    expect(client.usable).toBe(false);
  });

  it('stops and restarts IMAP on the same ports, keeping mail', async () => {
    const carol = await stack.createUser('carol');
    await stack.deliver(carol.address, rawMessage('x@external.test', carol.address, 'kept'));
    await stack.stopImap();
    const client = new ImapFlow(stack.imapConfig(carol));
    client.on('error', () => {});
    await expect(client.connect()).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await stack.startImap();
    expect(await inboxHeader(carol, 'kept', 'subject')).toBe('kept');
  });

  it('stop() ends every process of its stack', async () => {
    const second = await startMailStack({ domain: 'other.test' });
    let pids: number[] = [];
    try {
      pids = second.dovecotProcessIds();
      // Master plus at least log, config, anvil, auth; login processes come and go on their own.
      expect(pids.length).toBeGreaterThan(3);
      expect(second.dovecotPid !== undefined && isAlive(second.dovecotPid)).toBe(true);
    } finally {
      await second.stop();
    }
    expect(pids.filter(isAlive)).toEqual([]);
    expect(second.dovecotPid).toBeUndefined();
    expect(existsSync(second.dir)).toBe(false);
    // The first stack is untouched.
    expect(stack.dovecotPid !== undefined && isAlive(stack.dovecotPid)).toBe(true);
  });
});
