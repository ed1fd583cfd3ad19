/**
 * R2.6 never twice, with a real crash: the outbox runs in a child process that is killed with
 * SIGKILL as soon as the SMTP server has accepted its message (no chance to clean up). Whatever
 * the child had written by then (`sending`, or already `sent`), the outbox opened again on the
 * same folder must not send the message a second time.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutbox } from '../../../main/send/outbox';
import { OutboxFiles } from '../../../main/send/outboxFiles';
import { startMailStack, type MailStack, type StackUser } from '../../support/mail-stack';
import { logins, sourcesWithId } from './stackAccess';

let stack: MailStack;
let alice: StackUser;
let bob: StackUser;
let crm: StackUser;
let dir: string;

beforeAll(async () => {
  stack = await startMailStack();
  [alice, bob, crm] = (await Promise.all(['alice', 'bob', 'crm'].map((name) => stack.createUser(name)))) as [StackUser, StackUser, StackUser];
  dir = await mkdtemp(join(tmpdir(), 'blindcopy-outbox-crash-'));
});

afterAll(async () => {
  await stack?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('R2.6 never twice across a killed process', () => {
  it('R2.6 the process is killed right after the server accepted: the restarted outbox does not send again', async () => {
    const account = logins(stack, alice);
    const config = {
      dir,
      smtp: account.smtp,
      imap: account.imap,
      dropbox: { server: logins(stack, crm).imap, mailbox: 'INBOX' },
      message: { from: { address: alice.address }, to: [{ address: bob.address }], cc: [], bcc: [], subject: 'R2.6 killed', text: 'Hi', attachments: [], references: [], crmBcc: crm.address },
    };
    const before = stack.smtp.acceptedCount;
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./outboxChild.ts', import.meta.url))], {
      env: { ...process.env, BLINDCOPY_OUTBOX_CHILD: JSON.stringify(config) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
    try {
      await waitFor(() => stack.smtp.acceptedCount > before || child.exitCode !== null, 30_000);
    } finally {
      child.kill('SIGKILL');
    }
    expect(await exited, stderr).toBe('SIGKILL');
    expect(stack.smtp.acceptedCount).toBe(before + 1);

    const index = await new OutboxFiles(dir).loadIndex(Date.now());
    const leftBehind = index.kind === 'ok' ? index.value[0] : undefined;
    // either is possible, depending on whether the 250 reached the child before it died
    expect(['sending', 'sent']).toContain(leftBehind?.state);

    const restarted = createOutbox({ dir, smtp: () => account.smtp, imap: () => account.imap, dropbox: () => config.dropbox, backoff: { baseMs: 60_000, maxMs: 60_000 } });
    await restarted.start();
    await restarted.flush();
    const [entry] = await restarted.list();
    await restarted.stop();
    expect(entry).toMatchObject({ state: 'sent', sentCopy: expect.stringMatching(/stored|found/) });
    expect(stack.smtp.acceptedCount).toBe(before + 1);
    expect(await sourcesWithId(stack, bob, 'INBOX', entry?.messageId ?? '')).toHaveLength(1);
    expect(await sourcesWithId(stack, alice, 'Sent', entry?.messageId ?? '')).toHaveLength(1);
    console.info(`the killed process had left the entry in "${leftBehind?.state}"`);
  });
});
