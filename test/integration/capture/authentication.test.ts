/**
 * R3.4 end to end with real signatures: the stack's inbound MX verifies DKIM and SPF with
 * mailauth against the test DNS and prepends its own Authentication-Results; the submission
 * server DKIM-signs its users' mail for the stack's domain. Capture runs for real (IMAP from
 * Dovecot) with the MX's authserv-id confirmed and the same DNS.
 */
import { generateKeyPairSync } from 'node:crypto';
import nodemailer from 'nodemailer';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CapturedMessage } from '../../../shared/domain/mail';
import { startMailStack, type MailStack, type StackUser } from '../../support/mail-stack';
import { startEngine, stopAll, understandBase, type CaptureStack, type RunningEngine } from './fixtures';

const OTHER = 'bulkmailer.test';

let stack: MailStack;
let c: CaptureStack;
const running = new Set<RunningEngine>();

function mx(): NonNullable<MailStack['mx']> {
  if (stack.mx === undefined) throw new Error('the stack was started without its MX');
  return stack.mx;
}

let otherKey: string | undefined;

/** A DKIM key for another domain, published in the test DNS (once), with that domain's SPF for loopback. */
function otherDomainKey(): string {
  if (otherKey !== undefined) return otherKey;
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  mx().dns.txt(`k1._domainkey.${OTHER}`, `v=DKIM1; k=rsa; p=${publicKey.export({ type: 'spki', format: 'der' }).toString('base64')}`);
  mx().dns.txt(OTHER, 'v=spf1 ip4:127.0.0.1 -all');
  otherKey = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  return otherKey;
}

/** Mail from "the internet": straight to the MX's port from 127.0.0.1, no AUTH. */
async function sendToMx(raw: string, envelope: { from: string; to: string }, dkim?: { domainName: string; keySelector: string; privateKey: string }): Promise<void> {
  const transport = nodemailer.createTransport({ host: stack.host, port: mx().port, secure: false, ignoreTLS: true, name: 'relay.internet.test', logger: false, ...(dkim === undefined ? {} : { dkim }) });
  try {
    await transport.sendMail({ envelope, raw });
  } finally {
    transport.close();
  }
}

function ownerHeaders(id: string, extra: string[] = []): string {
  return [
    ...extra,
    `From: Sam Seller <${c.owner.address}>`,
    'To: Customer <customer@external.test>',
    `Bcc: ${c.dropbox.address}`,
    `Subject: Offer ${id}`,
    `Message-ID: <${id}@blindcopy.test>`,
    'Date: Mon, 06 May 2024 10:00:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Hello customer, here is the offer.',
    '',
  ].join('\r\n');
}

function captureWith(authservId: string | undefined) {
  const base = { ...understandBase(c), resolver: mx().dns.resolve, ...(authservId === undefined ? {} : { authservId }) };
  return startEngine(c, running, { understandContext: base });
}

beforeAll(async () => {
  stack = await startMailStack({ mx: { dmarc: 'v=DMARC1; p=reject' } });
  const owner: StackUser = await stack.createUser('sam');
  const dropbox: StackUser = await stack.createUser('crm');
  c = { stack, owner, dropbox };
});
afterEach(async () => {
  await stopAll(running);
});
afterAll(async () => {
  await stack?.stop();
});

describe('R3.4 through the test MX', () => {
  it('R3.4 verifies the owner’s signed mail, and rejects spoofs of the owner under p=reject: a forged pass below the MX’s own header, or a signature by another domain', async () => {
    // 1. the owner's own mail, submitted and DKIM-signed by the stack for its domain
    const transport = nodemailer.createTransport(stack.smtpConfig(c.owner));
    try {
      await transport.sendMail({ envelope: { from: c.owner.address, to: ['customer@external.test', c.dropbox.address] }, raw: ownerHeaders('genuine') });
    } finally {
      transport.close();
    }
    // 2. a spoof of the owner from the internet, carrying a forged "pass" under the MX's own name
    const forged = `Authentication-Results: ${mx().authservId}; dkim=pass header.d=${stack.domain}; spf=pass smtp.mailfrom=${c.owner.address}; dmarc=pass`;
    await sendToMx(ownerHeaders('forged', [forged]), { from: c.owner.address, to: c.dropbox.address });
    // 3. the owner's address, signed by another domain (its SPF passes too): DMARC fails under p=reject
    const key = otherDomainKey();
    await sendToMx(ownerHeaders('foreign-signed'), { from: `bounce@${OTHER}`, to: c.dropbox.address }, { domainName: OTHER, keySelector: 'k1', privateKey: key });

    const { store, source } = captureWith(mx().authservId);
    await store.waitFor(() => store.capturedCount(source.id) + store.rejectedOf(source.id).length === 3, 20_000, 'three messages');

    const genuine = store.messages.get('genuine@blindcopy.test');
    expect(genuine?.auth).toMatchObject({ verdict: 'pass', dkim: 'pass', spf: 'pass', from: 'authentication-results', dkimDomain: stack.domain, spfDomain: stack.domain });
    const rejected = store.rejectedOf(source.id);
    expect(rejected.map((r) => [r.messageId, r.reason]).sort()).toEqual([
      ['foreign-signed@blindcopy.test', 'auth-failed'],
      ['forged@blindcopy.test', 'auth-failed'],
    ]);
    expect(rejected.find((r) => r.messageId === 'forged@blindcopy.test')?.detail).toMatch(/^dkim=none spf=fail dmarc=fail policy=reject/);
  });

  it('R3.4 without an enforcing DMARC policy: the forged header still proves nothing, and a foreign signature is "not aligned"', async () => {
    mx().dns.remove(`_dmarc.${stack.domain}`);
    const forged = `Authentication-Results: ${mx().authservId}; dkim=pass header.d=${stack.domain}; spf=pass smtp.mailfrom=${c.owner.address}; dmarc=pass`;
    await sendToMx(ownerHeaders('forged-2', [forged]), { from: c.owner.address, to: c.dropbox.address });
    await sendToMx(ownerHeaders('foreign-2'), { from: `bounce@${OTHER}`, to: c.dropbox.address }, { domainName: OTHER, keySelector: 'k1', privateKey: otherDomainKey() });

    const { store } = captureWith(mx().authservId);
    await store.waitFor(() => store.messages.has('forged-2@blindcopy.test') && store.messages.has('foreign-2@blindcopy.test'), 20_000, 'both messages');
    const spoof: CapturedMessage | undefined = store.messages.get('forged-2@blindcopy.test');
    // the MX's own verdict: no signature, SPF fail from 127.0.0.1; the forged pass below it is ignored
    expect(spoof?.auth).toMatchObject({ verdict: 'none', dkim: 'none', spf: 'fail', ignoredHeaders: 1 });
    expect(store.messages.get('foreign-2@blindcopy.test')?.auth).toMatchObject({ verdict: 'unaligned', dkim: 'pass', dkimDomain: OTHER, spfDomain: OTHER, fromDomain: stack.domain });
  });

  it('R3.4 the MX’s authserv-id is proposed by drop-box batches while none is confirmed, and nothing in them is believed', async () => {
    const { store, source, engine } = captureWith(undefined);
    const seen: string[] = [];
    store.afterCommit = (batch) => {
      if (batch.authservIdSeen !== undefined) seen.push(batch.authservIdSeen);
    };
    await store.waitFor(() => store.capturedCount(source.id) >= 3, 20_000, 'the drop box');
    expect(seen[0]).toBe(mx().authservId);
    // unconfirmed: the MX's results are not read; the genuine mail is verified by its own signature
    expect(store.messages.get('genuine@blindcopy.test')?.auth).toMatchObject({ verdict: 'pass', from: 'local-dkim' });
    expect(store.messages.get('forged-2@blindcopy.test')?.auth.verdict).toBe('no-data');
    await engine.stop();
  });
});
