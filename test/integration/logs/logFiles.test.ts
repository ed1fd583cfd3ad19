/**
 * Logs a user can hand to support (issue 22): a real capture through the real core, against the
 * real Dovecot, with the real file logger in the data folder — one message captured, one
 * rejected (with its desktop notification), a renderer error that quotes an address — and then
 * the log files hold the capture's lines but none of the messages' addresses, names, subjects,
 * bodies, nor the account's passwords.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFileLogger, type FileLogger } from '../../../main/platform/log/fileLogger';
import { isLogFileName, logFolder } from '../../../main/platform/log/rotation';
import type { DesktopNotification } from '../../../main/platform/ports';
import { catalog } from '../../../renderer/src/i18n/catalog';
import { mainWords } from '../../../renderer/src/i18n/mainWords';
import { decodeBatchEvent } from '../../support/captureBatchEvent';
import type { IpcEventName } from '../../../shared/ipc/contract';
import { createTestCore, testAdapters, type TestCore } from '../../support/coreServices';
import { startMailStack, type MailStack, type StackUser } from '../../support/mail-stack';
import { seedAccount } from '../../support/stackAccount';

let stack: MailStack;
let sam: StackUser;
let crm: StackUser;

beforeAll(async () => {
  stack = await startMailStack();
  sam = await stack.createUser('sam-logs');
  crm = await stack.createUser('crm-logs');
});
afterAll(async () => {
  await stack?.stop();
});

const CUSTOMER = 'jane.roe@customer-logs.example';
const STRANGER = 'mallory.unknown@stranger-logs.example';
const CAPTURED_SUBJECT = 'Zebra quarterly offer 7781';
const REJECTED_SUBJECT = 'Unicorn invoice 4242';
const BODY_WORDS = 'Pelican pricing sheet attached';

function mail(from: string, fromName: string, to: string, subject: string, id: string): string {
  return [
    `From: ${fromName} <${from}>`,
    `To: Jane Roe <${to}>`,
    `Subject: ${subject}`,
    `Message-ID: <${id}@logs.blindcopy.test>`,
    'Date: Mon, 06 May 2024 10:00:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    `Hello Jane,\r\n\r\n${BODY_WORDS}.\r\n`,
  ].join('\r\n');
}

describe('log files', () => {
  it('R8.2 after a real capture, the log files name no address, subject or body of the mail, and no password', async () => {
    const adapters = testAdapters();
    const shown: DesktopNotification[] = [];
    adapters.notifications = { show: (n) => void shown.push(n) };
    const folder = logFolder(adapters.paths.userData);
    const log: FileLogger = await createFileLogger({ folder });
    const core: TestCore = await createTestCore(adapters, { noticeCoalesceMs: 50 }, log);
    let captured = 0;
    let rejected = 0;
    const changed = new Set<() => void>();
    core.onEvent((event: IpcEventName, payload: unknown) => {
      if (event === 'capture:batch') {
        const batch = decodeBatchEvent(payload);
        captured += batch.captured.length;
        rejected += batch.rejected.length;
        void core.dispatch('capture:ack', { batchId: batch.batchId, checkpoint: batch.checkpoint });
      }
      for (const listener of [...changed]) listener();
    });
    const until = (check: () => boolean, what: string): Promise<void> =>
      new Promise((resolve, reject) => {
        const listener = () => {
          if (!check()) return;
          done();
          resolve();
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`timed out waiting for ${what}`));
        }, 20_000);
        const done = () => {
          clearTimeout(timer);
          changed.delete(listener);
        };
        changed.add(listener);
        listener();
      });

    try {
      await seedAccount(core, stack, sam, crm);
      // the window's words, as the renderer hands them over at start (English)
      expect(await core.dispatch('app:setWords', { words: mainWords(catalog.en) })).toEqual({ ok: true, value: {} });
      await stack.deliver(crm.address, mail(sam.address, 'Sam Seller', CUSTOMER, CAPTURED_SUBJECT, 'zebra'), { from: sam.address });
      await stack.deliver(crm.address, mail(STRANGER, 'Mallory Stranger', CUSTOMER, REJECTED_SUBJECT, 'unicorn'), { from: STRANGER });

      const started = await core.dispatch('capture:start', { checkpoints: [] });
      expect(started).toMatchObject({ ok: true, value: { started: true } });
      await until(() => captured === 1 && rejected === 1, 'one message captured and one rejected');
      await core.services.notices.flush();
      expect(shown).toEqual([{ title: catalog.en.notifications.titles.rejected, body: catalog.en.rejected.reasons.unknownOwner }]);

      // a renderer error that quotes an address and a password (it goes to the log scrubbed)
      await core.dispatch('app:reportError', { context: 'compose: send', code: 'TypeError', message: `no route for ${CUSTOMER} with password=${sam.password}` });
    } finally {
      await core.stop();
      await log.close();
    }

    const files = readdirSync(folder).filter(isLogFileName);
    expect(files.length).toBeGreaterThan(0);
    const text = files.map((f) => readFileSync(join(folder, f), 'utf8')).join('');
    // the capture did log: its batches, the notification, the scrubbed report
    const lines = text
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { msg: string; error?: { message: string } });
    expect(lines.map((l) => l.msg)).toEqual(expect.arrayContaining(['capture.started', 'capture.batch', 'notification.shown', 'renderer.error']));
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'capture.batch', kind: 'dropbox', count: 1, count2: 1 }));
    expect(lines.find((l) => l.msg === 'renderer.error')?.error?.message).toBe('compose: send: no route for <address> with password=<secret>');
    // and none of this
    for (const secret of [
      sam.address,
      crm.address,
      CUSTOMER,
      STRANGER,
      'Sam Seller',
      'Mallory Stranger',
      'Jane Roe',
      CAPTURED_SUBJECT,
      REJECTED_SUBJECT,
      'Zebra',
      'Unicorn',
      BODY_WORDS,
      'Pelican',
      sam.password,
      crm.password,
    ]) {
      expect(text, `the log files contain "${secret}"`).not.toContain(secret);
    }
    expect(text).not.toContain('@');
  });
});
