/**
 * R2.2 / R2.3 against the real mail stack: the CRM copy and the user's Bcc travel in the SMTP
 * envelope only, every copy has the Message-ID chosen at compose time, and the Sent folder holds
 * exactly one copy whether or not one was there already.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createOutbox, type Outbox } from '../../../main/send/outbox';
import { fileSentCopy } from '../../../main/send/sentFolder';
import { buildMime } from '../../../main/send/composeMime';
import type { OutgoingMessage } from '../../../shared/rules/send/outgoing';
import { startMailStack, type MailStack, type StackUser } from '../../support/mail-stack';
import { headerBlock, headerValue, logins, sourcesWithId, withClient } from './stackAccess';

let stack: MailStack;
let alice: StackUser;
let bob: StackUser;
let carol: StackUser;
let crm: StackUser;
let dir: string;
let outbox: Outbox | undefined;

beforeAll(async () => {
  stack = await startMailStack();
  [alice, bob, carol, crm] = await Promise.all(['alice', 'bob', 'carol', 'crm'].map((name) => stack.createUser(name))) as [StackUser, StackUser, StackUser, StackUser];
});

afterAll(async () => {
  await stack?.stop();
});

afterEach(async () => {
  await outbox?.stop();
  outbox = undefined;
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function openOutbox(): Promise<Outbox> {
  dir = await mkdtemp(join(tmpdir(), 'blindcopy-outbox-'));
  const account = logins(stack, alice);
  const created = createOutbox({
    dir,
    smtp: () => account.smtp,
    imap: () => account.imap,
    dropbox: () => ({ server: logins(stack, crm).imap, mailbox: 'INBOX' }),
    backoff: { baseMs: 60_000, maxMs: 60_000 },
  });
  await created.start();
  outbox = created;
  return created;
}

function message(subject: string, overrides: Partial<OutgoingMessage> = {}): OutgoingMessage {
  return {
    from: { address: alice.address, name: 'Alice Sender' },
    to: [{ address: bob.address, name: 'Bob' }],
    cc: [],
    bcc: [],
    subject,
    text: 'Hello Bob,\nhere is the offer.\n',
    attachments: [],
    references: [],
    ...overrides,
  };
}

describe('R2.2 the CRM copy and Bcc stay out of every header', () => {
  it('R2.2 the recipient copy has no Bcc header and no trace of the drop box; the drop box got it; R2.3 Sent holds one copy', async () => {
    const box = await openOutbox();
    const itemAddress = 'crm+d-7kq2m9@example.test';
    const queued = await box.enqueue(
      message('R2.2 offer', {
        bcc: [{ address: carol.address }],
        to: [{ address: bob.address, name: 'Bob' }, { address: 'dave@external.test' }],
        crmBcc: itemAddress,
        attachments: [{ name: 'offer.txt', contentType: 'text/plain', contentBase64: Buffer.from('price: 10').toString('base64') }],
      }),
    );
    await box.flush();
    const [sent] = await box.list();
    expect(sent).toMatchObject({ id: queued.id, state: 'sent', attempts: 1, rejectedRecipients: [], sentCopy: 'stored' });
    const id = queued.messageId;

    const [bobCopy, ...moreBob] = await sourcesWithId(stack, bob, 'INBOX', id);
    expect(moreBob).toEqual([]);
    if (bobCopy === undefined) throw new Error('bob got nothing');
    expect(headerBlock(bobCopy)).not.toMatch(/^bcc:/im);
    for (const hidden of ['crm@', 'crm+', carol.address]) expect(bobCopy).not.toContain(hidden);
    expect(headerValue(bobCopy, 'message-id')).toBe(`<${id}>`);

    // the external recipient's copy, as the submission server kept it: same bytes, same silence
    const external = stack.externalMail.find((m) => m.raw.toString('utf8').includes(`<${id}>`));
    expect(external?.envelope.to).toEqual(['dave@external.test']);
    expect(external?.raw.toString('utf8')).not.toMatch(/crm@|crm\+|carol@/);

    // the user's own Bcc recipient got it, without a Bcc header either
    const [carolCopy] = await sourcesWithId(stack, carol, 'INBOX', id);
    expect(carolCopy && headerBlock(carolCopy)).not.toMatch(/^bcc:/im);

    const [dropboxCopy, ...moreDropbox] = await sourcesWithId(stack, crm, 'INBOX', id);
    expect(moreDropbox).toEqual([]);
    expect(dropboxCopy && headerValue(dropboxCopy, 'message-id')).toBe(`<${id}>`);
    // Dovecot writes Delivered-To only when its LMTP transaction has one recipient, and the
    // stack's submission server hands bob, carol and the drop box over in one: see the next test.

    const sentCopies = await sourcesWithId(stack, alice, 'Sent', id);
    expect(sentCopies).toHaveLength(1);
    expect(headerValue(sentCopies[0] ?? '', 'message-id')).toBe(`<${id}>`);
    expect(sentCopies[0]).not.toMatch(/crm@|crm\+|carol@/);
    const seen = await withClient(stack, alice, async (client) => {
      const lock = await client.getMailboxLock('Sent');
      try {
        const found = await client.fetchAll({ header: { 'message-id': `<${id}>` } }, { flags: true }, { uid: true });
        return found.map((m) => [...(m.flags ?? [])]);
      } finally {
        lock.release();
      }
    });
    expect(seen).toEqual([['\\Seen']]);
  });
});

describe('R2.2 the drop box learns its address from the envelope only', () => {
  it('R2.2 / R1.4 the drop-box copy shows the item address in Delivered-To (customer outside the server)', async () => {
    const box = await openOutbox();
    const itemAddress = 'crm+d-x4y5z6@example.test';
    const queued = await box.enqueue(message('R2.2 external customer', { to: [{ address: 'erin@customer.test', name: 'Erin' }], crmBcc: itemAddress }));
    await box.flush();
    const [dropboxCopy] = await sourcesWithId(stack, crm, 'INBOX', queued.messageId);
    expect(dropboxCopy && headerValue(dropboxCopy, 'delivered-to')).toBe(itemAddress);
    const customerCopy = stack.externalMail.find((m) => m.raw.toString('utf8').includes(`<${queued.messageId}>`));
    expect(customerCopy?.envelope.to).toEqual(['erin@customer.test']);
    expect(customerCopy?.raw.toString('utf8')).not.toContain('crm');
  });
});

describe('R2.3 the Sent copy is stored once', () => {
  it('R2.3 a copy already in Sent (filed by the server) is found, not appended again', async () => {
    const box = await openOutbox();
    await stack.stopSmtp();
    let queued;
    try {
      queued = await box.enqueue(message('R2.3 filed by server', { crmBcc: crm.address }));
      await box.idle();
    } finally {
      await stack.startSmtp();
    }
    // the server "filed" its copy before our APPEND would run
    const serverCopy = await buildMime(message('R2.3 filed by server'), { messageId: queued.messageId, date: new Date() });
    await withClient(stack, alice, (client) => client.append('Sent', serverCopy, ['\\Seen']));
    await box.flush();
    const [entry] = await box.list();
    expect(entry).toMatchObject({ state: 'sent', sentCopy: 'found' });
    expect(await sourcesWithId(stack, alice, 'Sent', queued.messageId)).toHaveLength(1);
  });

  it('R2.3 storing the same Sent copy twice keeps one', async () => {
    const account = logins(stack, alice);
    const raw = await buildMime(message('R2.3 twice'), { messageId: 'twice-1@example.test', date: new Date() });
    const input = { raw, messageIds: ['twice-1@example.test'], date: new Date() };
    expect(await fileSentCopy(account.imap, input)).toBe('stored');
    expect(await fileSentCopy(account.imap, input)).toBe('found');
    expect(await sourcesWithId(stack, alice, 'Sent', 'twice-1@example.test')).toHaveLength(1);
  });
});
