/**
 * R2.6 the outbox against the real mail stack: waiting while the server is away, temporary and
 * permanent refusals, restarts, and "never twice" after a crash in or right after the SMTP
 * transaction (simulated by leaving the entry in `sending` on disk, as a killed process would).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOutbox, type Outbox, type OutboxOptions } from '../../../main/send/outbox';
import type { OutboxEvent } from '../../../main/send/outboxQueue';
import { OutboxFiles } from '../../../main/send/outboxFiles';
import { sendMime } from '../../../main/send/smtpSend';
import type { OutgoingMessage } from '../../../shared/rules/send/outgoing';
import { startMailStack, type MailStack, type StackUser } from '../../support/mail-stack';
import { logins, sourcesWithId } from './stackAccess';

let stack: MailStack;
let alice: StackUser;
let bob: StackUser;
let crm: StackUser;
let dir: string;
const opened: Outbox[] = [];

beforeAll(async () => {
  stack = await startMailStack();
  [alice, bob, crm] = (await Promise.all(['alice', 'bob', 'crm'].map((name) => stack.createUser(name)))) as [StackUser, StackUser, StackUser];
});

afterAll(async () => {
  await stack?.stop();
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'blindcopy-outbox-'));
});

afterEach(async () => {
  await Promise.all(opened.splice(0).map((o) => o.stop()));
  await stack.startSmtp();
  stack.smtp.failNext(0, 250);
  await rm(dir, { recursive: true, force: true });
});

/** A new outbox on `dir`, as the app would create at start-up; back-off long, so tests drive it. */
async function openOutbox(extra: Partial<OutboxOptions> = {}): Promise<Outbox> {
  const account = logins(stack, alice);
  const outbox = createOutbox({
    dir,
    smtp: () => account.smtp,
    imap: () => account.imap,
    dropbox: () => ({ server: logins(stack, crm).imap, mailbox: 'INBOX' }),
    backoff: { baseMs: 60_000, maxMs: 60_000 },
    ...extra,
  });
  opened.push(outbox);
  await outbox.start();
  return outbox;
}

async function close(outbox: Outbox): Promise<void> {
  await outbox.stop();
  opened.splice(opened.indexOf(outbox), 1);
}

function message(subject: string, overrides: Partial<OutgoingMessage> = {}): OutgoingMessage {
  return {
    from: { address: alice.address },
    to: [{ address: bob.address }],
    cc: [],
    bcc: [],
    subject,
    text: 'Hello Bob',
    attachments: [],
    references: [],
    crmBcc: crm.address,
    ...overrides,
  };
}

async function only(outbox: Outbox) {
  const [entry, ...rest] = await outbox.list();
  expect(rest).toEqual([]);
  if (entry === undefined) throw new Error('outbox is empty');
  return entry;
}

describe('R2.6 temporary failures wait and retry', () => {
  it('R2.6 with the server down the message waits (queued, next attempt set); back up, it is sent exactly once', async () => {
    const events: OutboxEvent[] = [];
    const outbox = await openOutbox({ onChange: (e) => events.push(e) });
    const before = stack.smtp.acceptedCount;
    await stack.stopSmtp();
    const queued = await outbox.enqueue(message('R2.6 offline'));
    await outbox.idle();
    const waiting = await only(outbox);
    expect(waiting).toMatchObject({ state: 'queued', attempts: 1, verifying: false, lastError: { kind: 'temporary', code: 'unreachable' } });
    expect(waiting.nextAttemptAt).toBeGreaterThan(Date.now() + 20_000);

    await stack.startSmtp();
    await outbox.flush();
    await outbox.flush();
    expect(await only(outbox)).toMatchObject({ state: 'sent', attempts: 2, sentCopy: 'stored' });
    expect(stack.smtp.acceptedCount).toBe(before + 1);
    expect(await sourcesWithId(stack, bob, 'INBOX', queued.messageId)).toHaveLength(1);
    const states = events.flatMap((e) => (e.kind === 'changed' ? [e.entry.state] : []));
    expect(states).toEqual(['queued', 'sending', 'queued', 'sending', 'sent', 'sent']);
  });

  it('R2.6 a 451 is retried and the message sent once', async () => {
    const outbox = await openOutbox();
    const before = stack.smtp.acceptedCount;
    stack.smtp.failNext(1, 451, '4.3.2 Try again later');
    await outbox.enqueue(message('R2.6 451'));
    await outbox.idle();
    expect(await only(outbox)).toMatchObject({ state: 'queued', lastError: { kind: 'temporary', code: 'rejected', responseCode: 451, text: expect.stringContaining('Try again later') } });
    await outbox.flush();
    expect(await only(outbox)).toMatchObject({ state: 'sent', attempts: 2 });
    expect(stack.smtp.acceptedCount).toBe(before + 1);
  });

  it('R2.6 waiting mail survives a restart and goes out from the new process', async () => {
    await stack.stopSmtp();
    const first = await openOutbox();
    const queued = await first.enqueue(message('R2.6 restart'));
    await first.idle();
    await close(first);
    await stack.startSmtp();
    const before = stack.smtp.acceptedCount;
    const second = await openOutbox();
    await second.flush();
    expect(await only(second)).toMatchObject({ id: queued.id, messageId: queued.messageId, state: 'sent' });
    expect(stack.smtp.acceptedCount).toBe(before + 1);
  });
});

describe('R2.6 permanent failures stop with the server words', () => {
  it('R2.6 a 550 fails the entry with the text; after fixing, retry sends it once', async () => {
    const outbox = await openOutbox();
    const before = stack.smtp.acceptedCount;
    stack.smtp.failNext(1, 550, 'mailbox unavailable');
    const queued = await outbox.enqueue(message('R2.6 550'));
    await outbox.idle();
    await outbox.flush();
    expect(await only(outbox)).toMatchObject({ state: 'failed-permanent', attempts: 1, lastError: { kind: 'permanent', responseCode: 550, text: expect.stringContaining('mailbox unavailable') } });
    expect(stack.smtp.acceptedCount).toBe(before);

    await outbox.retry(queued.id);
    await outbox.idle();
    expect(await only(outbox)).toMatchObject({ state: 'sent', attempts: 2 });
    expect(stack.smtp.acceptedCount).toBe(before + 1);
  });

  it('R2.6 a failed message can be edited; it keeps its Message-ID and is sent with the new content', async () => {
    const outbox = await openOutbox();
    stack.smtp.failNext(1, 550, 'mailbox unavailable');
    const queued = await outbox.enqueue(message('R2.6 before edit'));
    await outbox.idle();
    expect(await outbox.get(queued.id)).toMatchObject({ subject: 'R2.6 before edit' });
    const edited = await outbox.edit(queued.id, message('R2.6 after edit'));
    expect(edited).toMatchObject({ messageId: queued.messageId, state: 'queued', summary: { subject: 'R2.6 after edit' } });
    await outbox.idle();
    const [copy] = await sourcesWithId(stack, bob, 'INBOX', queued.messageId);
    expect(copy).toContain('Subject: R2.6 after edit');
  });

  it('R2.6 a drop-box address the server refuses while it takes the others: sent, with that refusal shown', async () => {
    const outbox = await openOutbox();
    await outbox.enqueue(message('R2.6 crm refused', { crmBcc: 'nobody@example.test' }));
    await outbox.idle();
    expect(await only(outbox)).toMatchObject({
      state: 'sent',
      rejectedRecipients: [{ address: 'nobody@example.test', text: expect.stringContaining('no such user') }],
    });
  });

  it('R2.6 when every recipient is refused, the entry fails with the server words', async () => {
    const outbox = await openOutbox();
    await outbox.enqueue(message('R2.6 all refused', { to: [], crmBcc: 'nobody@example.test' }));
    await outbox.idle();
    expect(await only(outbox)).toMatchObject({ state: 'failed-permanent', lastError: { responseCode: 550, text: expect.stringContaining('no such user') } });
  });
});

describe('R2.6 never twice after a crash', () => {
  /** An entry that never got out (server down), left as the last process wrote it. */
  async function leaveQueuedEntry(subject: string) {
    await stack.stopSmtp();
    const first = await openOutbox();
    await first.enqueue(message(subject));
    await first.idle();
    await close(first);
    await stack.startSmtp();
    const files = new OutboxFiles(dir);
    const index = await files.loadIndex(Date.now());
    if (index.kind !== 'ok' || index.value[0] === undefined) throw new Error('no entry on disk');
    return { files, entries: index.value, entry: index.value[0] };
  }

  it('R2.6 accepted by the server, then the app died before writing "sent": not sent again, marked sent', async () => {
    const { files, entries, entry } = await leaveQueuedEntry('R2.6 crash after acceptance');
    // what the dying process did: `sending` on disk, then the SMTP transaction went through
    Object.assign(entry, { state: 'sending', attemptStartedAt: Date.now(), attempts: entry.attempts + 1 });
    await files.saveIndex(entries);
    await sendMime(logins(stack, alice).smtp, entry.envelope, await files.readMime(entry.id, entry.revision));
    const accepted = stack.smtp.acceptedCount;

    const restarted = await openOutbox();
    await restarted.flush();
    expect(await only(restarted)).toMatchObject({ id: entry.id, state: 'sent', verifying: false, sentCopy: 'stored' });
    expect(stack.smtp.acceptedCount).toBe(accepted);
    expect(await sourcesWithId(stack, bob, 'INBOX', entry.messageId)).toHaveLength(1);
    // the Sent APPEND the dead process never made is made now, once
    expect(await sourcesWithId(stack, alice, 'Sent', entry.messageId)).toHaveLength(1);
  });

  it('R2.6 left in "sending" but never accepted: sent after the restart, once', async () => {
    const { files, entries, entry } = await leaveQueuedEntry('R2.6 crash before acceptance');
    Object.assign(entry, { state: 'sending', attemptStartedAt: Date.now() - 3_600_000 });
    await files.saveIndex(entries);
    const accepted = stack.smtp.acceptedCount;

    const restarted = await openOutbox();
    await restarted.flush();
    expect(await only(restarted)).toMatchObject({ id: entry.id, state: 'sent' });
    expect(stack.smtp.acceptedCount).toBe(accepted + 1);
    expect(await sourcesWithId(stack, bob, 'INBOX', entry.messageId)).toHaveLength(1);
  });

  it('R2.6 a crash only moments ago: no copy yet, so it waits for slow drop-box delivery before sending again', async () => {
    const { files, entries, entry } = await leaveQueuedEntry('R2.6 crash just now');
    const startedAt = Date.now();
    Object.assign(entry, { state: 'sending', attemptStartedAt: startedAt });
    await files.saveIndex(entries);
    const accepted = stack.smtp.acceptedCount;

    const restarted = await openOutbox({ verifyGraceMs: 5 * 60_000 });
    await restarted.flush();
    expect(await only(restarted)).toMatchObject({ state: 'queued', verifying: true, nextAttemptAt: startedAt + 5 * 60_000 });
    expect(stack.smtp.acceptedCount).toBe(accepted);
  });
});

describe('R2.6 the outbox file', () => {
  it('R2.6 the file is validated on load; an invalid one is set aside and reported, and mail can still be sent', async () => {
    await writeFile(join(dir, 'outbox.json'), JSON.stringify({ version: 1, entries: [{ id: '../../etc' }] }));
    const problems: string[] = [];
    const outbox = await openOutbox({ onProblem: (p) => problems.push(p) });
    expect(await outbox.list()).toEqual([]);
    expect(problems).toEqual([expect.stringContaining('could not be read')]);
    await outbox.enqueue(message('R2.6 after a bad file'));
    await outbox.idle();
    expect(await only(outbox)).toMatchObject({ state: 'sent' });
    expect(await readFile(join(dir, 'outbox.json'), 'utf8')).not.toContain('Hello Bob');
  });
});
