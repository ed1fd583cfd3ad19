/**
 * R8.3 the uploader against the real Dovecot: batches and snapshot parts APPENDed to the account's
 * sync folder (created when missing, \Seen) and read back; offline with a reason and the next
 * attempt, then online again by itself; compaction expunges exactly this replica's covered old
 * batches.
 */
import { describe, expect, it } from 'vitest';
import { createReplicationService, type ReplicationService, type ReplicationTarget } from '../../../main/replication/replicationService';
import { readSyncMail } from '../../../main/replication/syncMail';
import { composeSyncMail } from '../../../main/replication/syncMail';
import { encodeClock } from '../../../shared/rules/replication/hlc';
import { makeSnapshot } from '../../../shared/rules/replication/snapshot';
import { stateOf } from '../../../shared/rules/replication/applyOps';
import { opsPayload } from '../../../shared/rules/replication/syncPayload';
import { at } from '../../unit/rules/replication/builders';
import { captureSuite, serverLogin, type CaptureStack } from '../capture/fixtures';
import { appendRaw, deals, folderMessages, StatusLog } from './fixtures';

const { running, dropBoxFor } = captureSuite();
const FOLDER = 'Blindcopy';
const DAY = 86_400_000;

function startUploader(c: CaptureStack, target: Partial<ReplicationTarget> = {}): { uploader: ReplicationService; statuses: StatusLog } {
  const statuses = new StatusLog();
  const uploader = createReplicationService({
    target: () => Promise.resolve({ replication: { enabled: true, folder: FOLDER }, email: c.owner.address, imap: serverLogin(c.stack, c.owner), ...target }),
    clock: { now: () => Date.now() },
    onStatus: statuses.record,
    backoff: { baseMs: 300, maxMs: 1_000 },
    timeoutMs: 5_000,
  });
  running.add(uploader);
  uploader.start();
  return { uploader, statuses };
}

describe('R8.3 uploader', () => {
  it('R8.3 uploads a batch as one \\Seen message of the sync folder, created when missing, that decodes to the same operations', async () => {
    const c = await dropBoxFor('upload');
    expect(await folderMessages(c.stack, c.owner, FOLDER)).toBeUndefined();
    const { uploader, statuses } = startUploader(c);
    await statuses.waitFor((s) => s.state === 'online', 10_000, 'online');
    expect(await uploader.folderInfo()).toEqual({ exists: true, messages: 0 });

    const ops = deals('a', 3);
    const { uid } = await uploader.uploadOps(ops);
    const messages = (await folderMessages(c.stack, c.owner, FOLDER)) ?? [];
    expect(messages).toHaveLength(1);
    expect(messages[0]?.uid).toBe(uid);
    expect(messages[0]?.flags).toContain('\\Seen');
    expect(await readSyncMail(messages[0]!.source)).toEqual({ kind: 'ops', replica: 'a', ops, skippedOps: [] });
    expect(messages[0]!.source.toString('latin1')).toContain(`From: ${c.owner.address}`);
    expect(await uploader.folderInfo()).toEqual({ exists: true, messages: 1 });
    expect(uploader.status()).toEqual({ state: 'online', folder: FOLDER });
  });

  it('R8.3 uploads every part of a snapshot', async () => {
    const c = await dropBoxFor('snapshot');
    const { uploader } = startUploader(c);
    const ops = deals('a', 5);
    const parts = makeSnapshot(stateOf(ops), 'a', ops[4]!.clock, 2);
    expect(parts.length).toBeGreaterThan(1);
    await uploader.uploadSnapshot(parts);
    const messages = (await folderMessages(c.stack, c.owner, FOLDER)) ?? [];
    expect(await Promise.all(messages.map((m) => readSyncMail(m.source)))).toEqual(parts.map((part) => ({ kind: 'snapshot', part })));
  });

  it('R8.3 a server that is not there: the call fails, the status is offline with the reason and the next attempt', async () => {
    const c = await dropBoxFor('wrong-port');
    const { uploader, statuses } = startUploader(c, { imap: { ...serverLogin(c.stack, c.owner), port: 1 } });
    await expect(uploader.uploadOps(deals('a', 1))).rejects.toThrow(/unreachable/);
    const offline = await statuses.waitFor((s) => s.state === 'offline', 5_000, 'offline');
    expect(offline).toMatchObject({ state: 'offline', folder: FOLDER, reason: 'unreachable' });
    expect(offline.retryAt).toBeGreaterThan(Date.now() - 1_000);
  });

  it('R8.3 goes offline while the server is down and comes back online by itself, then uploads', async () => {
    const c = await dropBoxFor('outage');
    const { uploader, statuses } = startUploader(c);
    await statuses.waitFor((s) => s.state === 'online', 10_000, 'online');
    await c.stack.stopImap();
    try {
      await expect(uploader.uploadOps(deals('a', 1))).rejects.toThrow();
      expect(uploader.status()).toMatchObject({ state: 'offline', reason: 'unreachable' });
      // The probes keep failing, spaced by the back-off.
      await statuses.waitFor(() => statuses.events.filter((s) => s.state === 'offline').length >= 2, 10_000, 'a second failed probe');
    } finally {
      await c.stack.startImap();
    }
    await statuses.waitFor((s) => s.state === 'online', 10_000, 'online again');
    await uploader.uploadOps(deals('a', 1, 1));
    const messages = (await folderMessages(c.stack, c.owner, FOLDER)) ?? [];
    expect(messages).toHaveLength(1);
    expect(await readSyncMail(messages[0]!.source)).toMatchObject({ kind: 'ops', ops: deals('a', 1, 1) });
  });

  it('R8.3 a wrong password is an error that is not retried on its own', async () => {
    const c = await dropBoxFor('auth');
    const { uploader, statuses } = startUploader(c, { imap: serverLogin(c.stack, c.owner, 'not-the-password') });
    const failed = await statuses.waitFor((s) => s.state === 'error', 10_000, 'the auth error');
    expect(failed).toMatchObject({ reason: 'auth-failed' });
    expect(failed.retryAt).toBeUndefined();
    await expect(uploader.uploadOps(deals('a', 1))).rejects.toThrow(/auth-failed/);
  });

  it('R8.3 turned off: no upload, status disabled', async () => {
    const c = await dropBoxFor('off');
    const { uploader, statuses } = startUploader(c, { replication: { enabled: false, folder: FOLDER } });
    await statuses.waitFor((s) => s.state === 'disabled', 5_000, 'disabled');
    await expect(uploader.uploadOps(deals('a', 1))).rejects.toThrow(/turned off/);
    expect(await folderMessages(c.stack, c.owner, FOLDER)).toBeUndefined();
  });

  it('R8.3 compaction expunges exactly this replica’s covered batches past the grace period, never another replica’s or a snapshot', async () => {
    const c = await dropBoxFor('compact');
    const { uploader } = startUploader(c);
    const old = new Date(Date.now() - 10 * DAY);
    const batch = async (replica: string, from: number) => composeSyncMail(opsPayload(replica, deals(replica, 2, from)), { date: old });
    // Appended 10 days ago: a1 (0-1), a2 (2-3), a3 (10-11: newer than the snapshot), b1 (0-1)
    const [a1, a2, a3, b1] = await appendRaw(c.stack, c.owner, FOLDER, [await batch('a', 0), await batch('a', 2), await batch('a', 10), await batch('b', 0)], old);
    // Just now: a4 (4-5), covered but inside the grace period; and the snapshot itself.
    const { uid: a4 } = await uploader.uploadOps(deals('a', 2, 4));
    const upTo = encodeClock(at('a', 5));
    await uploader.uploadSnapshot(makeSnapshot(stateOf(deals('a', 6)), 'a', upTo));

    expect(await uploader.compact({ replica: 'a', upTo, olderThanMs: 7 * DAY })).toEqual({ expunged: 2 });
    const left = ((await folderMessages(c.stack, c.owner, FOLDER)) ?? []).map((m) => m.uid);
    expect(left).not.toContain(a1);
    expect(left).not.toContain(a2);
    expect(left).toEqual(expect.arrayContaining([a3, b1, a4]));
    expect(left).toHaveLength(4);
    // Without the grace period, the recent covered batch goes too; nothing else does.
    expect(await uploader.compact({ replica: 'a', upTo, olderThanMs: 0 })).toEqual({ expunged: 1 });
    expect(((await folderMessages(c.stack, c.owner, FOLDER)) ?? []).map((m) => m.uid)).toEqual([a3, b1, left.at(-1)]);
  });
});
