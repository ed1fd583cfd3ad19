/**
 * A drop-box folder deleted and recreated with the same messages gets a new UIDVALIDITY: every
 * UID the store knows is void. The engine sends `reset: true` and resyncs from UID 1; the store
 * matches the messages again by Message-ID (R3.6), so nothing is doubled.
 */
import { describe, expect, it } from 'vitest';
import { mailboxMessageIds, ownerMail, startEngine, withImap, sharedDropBoxSuite } from './fixtures';
import type { RecordingStore } from './recordingStore';
import { isAlive } from '../../support/mail-stack/proc';
import { waitFor } from '../../support/browser/devices/waitFor';

const MESSAGES = 40;

const { running, c } = sharedDropBoxSuite();

/** Creates the folder, appends the messages, answers its UIDVALIDITY. */
async function fillFolder(folder: string, raws: readonly string[]): Promise<number> {
  return withImap(c.stack, c.dropbox, async (client) => {
    await client.mailboxCreate(folder);
    for (const raw of raws) await client.append(folder, raw);
    const status = await client.status(folder, { uidValidity: true });
    return Number(status === false ? 0 : status.uidValidity);
  });
}

async function expectResyncedOnce(store: RecordingStore, sourceId: string, folder: string, secondValidity: number): Promise<void> {
  const resets = store.batchLog.filter((b) => b.reset);
  expect(resets).toHaveLength(1);
  expect(resets[0]?.checkpoint.uidValidity).toBe(secondValidity);
  // Same messages, once each, now under the new UIDVALIDITY only.
  expect(store.messages.size).toBe(MESSAGES);
  const stored = store.messageIdsOf(sourceId);
  expect([...stored].sort()).toEqual([...(await mailboxMessageIds(c.stack, c.dropbox, folder))].sort());
  expect([...store.copies.keys()].every((key) => key.startsWith(`${sourceId}/${secondValidity}/`))).toBe(true);
  expect(store.sameMessageAgain).toBe(MESSAGES);
  expect(store.redelivered).toBe(0);
}

describe('capture engine: UIDVALIDITY', () => {
  it('resyncs a folder recreated while the app was closed from UID 1 with reset, storing no message twice', async () => {
    const folder = 'Capture-closed';
    const raws = Array.from({ length: MESSAGES }, (_, i) => ownerMail(c, `uv-closed-${i}`));
    const firstValidity = await fillFolder(folder, raws);
    const first = startEngine(c, running, { source: { mailbox: folder } });
    await first.store.waitFor(() => first.store.capturedCount(first.source.id) === MESSAGES, 15_000, 'the first mirror');
    expect(first.store.checkpoints.get(first.source.id)).toMatchObject({ uidValidity: firstValidity, lastUid: MESSAGES });
    await first.engine.stop();

    await withImap(c.stack, c.dropbox, (client) => client.mailboxDelete(folder));
    const secondValidity = await fillFolder(folder, raws);
    expect(secondValidity).not.toBe(firstValidity);

    // Started again from the checkpoint the store holds, as the app does.
    const { store, source } = startEngine(c, running, { store: first.store, source: { mailbox: folder } });
    await store.waitFor(
      () => store.checkpoints.get(source.id)?.uidValidity === secondValidity && store.capturedCount(source.id) === MESSAGES,
      15_000,
      'the resync of the recreated folder',
    );
    await expectResyncedOnce(store, source.id, folder, secondValidity);
  });

  it('resyncs a folder recreated while it ran, once the server drops its sessions', async () => {
    // Dovecot (Maildir) does not always tell a session that its selected folder was deleted and
    // made anew (it may log a corrupted index and keep serving the old view), so the change is
    // seen at the next SELECT: here the server drops the sessions, as a migration or restart does.
    const folder = 'Capture-live';
    const raws = Array.from({ length: MESSAGES }, (_, i) => ownerMail(c, `uv-live-${i}`));
    const firstValidity = await fillFolder(folder, raws);
    const { store, source, progress } = startEngine(c, running, { source: { mailbox: folder } });
    await store.waitFor(() => store.capturedCount(source.id) === MESSAGES, 15_000, 'the first mirror');
    await progress.waitFor((p) => p.state === 'idle', 5_000, 'idle');

    // The engine's two sessions (fetch and IDLE) are logged in once it reports idle.
    const engineSessions = c.stack.imapSessionIds();
    expect(engineSessions.length).toBeGreaterThanOrEqual(2);

    await withImap(c.stack, c.dropbox, (client) => client.mailboxDelete(folder));
    // Dovecot sometimes notices the deletion itself (inotify in IDLE) and drops the sessions
    // first ("IMAP session state is inconsistent, please relogin"): then this kill finds none
    // of them, which made the test fail about one run in two. Either way, the sessions that
    // had the folder selected end, and that is what this test needs.
    c.stack.killImapSessions();
    await waitFor(async () => engineSessions.filter(isAlive), (alive) => alive.length === 0, { timeoutMs: 5_000, intervalMs: 10, what: "the engine's sessions to end" });
    // Meanwhile the engine finds no folder and keeps trying, with back-off.
    await progress.waitFor((p) => p.state === 'error' && p.reason === 'mailbox-missing' && p.retryAt !== undefined, 10_000, 'mailbox-missing');
    const secondValidity = await fillFolder(folder, raws);
    expect(secondValidity).not.toBe(firstValidity);
    await store.waitFor(
      () => store.checkpoints.get(source.id)?.uidValidity === secondValidity && store.capturedCount(source.id) === MESSAGES,
      15_000,
      'the resync of the recreated folder',
    );
    await expectResyncedOnce(store, source.id, folder, secondValidity);
  });
});
