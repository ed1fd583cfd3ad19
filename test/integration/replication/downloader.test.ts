/**
 * R8.3 the downloader: the account's sync folder as a capture source of kind `replica`, against
 * the real Dovecot. Every message arrives decoded in a batch's `replicated` (captured and rejected
 * empty) with the source's checkpoint; a restart resumes from the checkpoint without sending
 * anything again; a recreated folder (new UIDVALIDITY) is read again with `reset`; a message that
 * is not ours or not readable arrives as `skipped` with the reason and does not stop the source;
 * a missing folder is created, not an error.
 */
import { describe, expect, it } from 'vitest';
import type { ReplicaMessage } from '../../../shared/domain/replication';
import { makeSnapshot } from '../../../shared/rules/replication/snapshot';
import { stateOf } from '../../../shared/rules/replication/applyOps';
import { opsPayload, snapshotPayload } from '../../../shared/rules/replication/syncPayload';
import { composeSyncMail } from '../../../main/replication/syncMail';
import { captureSuite, serverLogin, startEngine, type CaptureStack } from '../capture/fixtures';
import { RecordingStore } from '../capture/recordingStore';
import { appendRaw, deals, folderMessages, withImap } from './fixtures';

const { running, dropBoxFor } = captureSuite();
const FOLDER = 'Blindcopy';
const SOURCE_ID = `replica:${FOLDER}`;

const batchMail = (replica: string, count: number, from: number) => composeSyncMail(opsPayload(replica, deals(replica, count, from)), { date: new Date() });

function startReplica(c: CaptureStack, store = new RecordingStore()) {
  return startEngine(c, running, { store, source: { id: SOURCE_ID, kind: 'replica', server: serverLogin(c.stack, c.owner), mailbox: FOLDER } });
}

/** Every replicated message the store got from the source, in order of arrival. */
const replicated = (store: RecordingStore): ReplicaMessage[] => store.batchLog.filter((b) => b.sourceId === SOURCE_ID).flatMap((b) => b.replicated ?? []);

describe('R8.3 downloader (the sync folder as a capture source)', () => {
  it('R8.3 delivers every message decoded in batches with replicated entries and a checkpoint, then resumes from it without sending again', async () => {
    const c = await dropBoxFor('download');
    const uids = await appendRaw(c.stack, c.owner, FOLDER, [await batchMail('a', 2, 0), await batchMail('b', 3, 0), await batchMail('a', 1, 2)]);
    const first = startReplica(c);
    await first.store.waitFor(() => first.store.checkpoints.get(SOURCE_ID)?.lastUid === uids.at(-1), 10_000, 'the first read');
    for (const batch of first.store.batchLog) {
      expect(batch).toMatchObject({ captured: 0, rejected: 0 });
      expect(batch.replicated).toBeDefined();
    }
    expect(replicated(first.store)).toEqual([
      { uid: uids[0], content: { kind: 'ops', replica: 'a', ops: deals('a', 2, 0), skippedOps: 0 } },
      { uid: uids[1], content: { kind: 'ops', replica: 'b', ops: deals('b', 3, 0), skippedOps: 0 } },
      { uid: uids[2], content: { kind: 'ops', replica: 'a', ops: deals('a', 1, 2), skippedOps: 0 } },
    ]);
    await first.progress.waitFor((p) => p.state === 'idle', 5_000, 'idle');

    // New messages while it runs come through IDLE.
    const [live] = await appendRaw(c.stack, c.owner, FOLDER, [await batchMail('b', 1, 3)]);
    await first.store.waitFor(() => first.store.checkpoints.get(SOURCE_ID)?.lastUid === live, 10_000, 'the message appended while idle');
    await first.engine.stop();
    running.delete(first.engine);

    // Restarted from the checkpoint the store holds: only what is new.
    const before = replicated(first.store).length;
    const later = await appendRaw(c.stack, c.owner, FOLDER, [await batchMail('a', 1, 3), await batchMail('c', 1, 0)]);
    const second = startReplica(c, first.store);
    await second.store.waitFor(() => second.store.checkpoints.get(SOURCE_ID)?.lastUid === later.at(-1), 10_000, 'the read after the restart');
    expect(replicated(second.store).slice(before).map((m) => m.uid)).toEqual(later);
    const all = replicated(second.store).map((m) => m.uid);
    expect(new Set(all).size).toBe(all.length);
  });

  it('R8.3 snapshot parts arrive whole', async () => {
    const c = await dropBoxFor('snapshot');
    const ops = deals('a', 4);
    const parts = makeSnapshot(stateOf(ops), 'a', ops[3]!.clock, 2);
    const uids = await appendRaw(c.stack, c.owner, FOLDER, await Promise.all(parts.map((p) => composeSyncMail(snapshotPayload(p), { date: new Date() }))));
    const { store } = startReplica(c);
    await store.waitFor(() => store.checkpoints.get(SOURCE_ID)?.lastUid === uids.at(-1), 10_000, 'the snapshot');
    expect(replicated(store)).toEqual(parts.map((part, i) => ({ uid: uids[i], content: { kind: 'snapshot', part } })));
  });

  it('R8.3 garbage, a foreign mail and a newer version arrive as skipped with the reason, and the source goes on', async () => {
    const c = await dropBoxFor('skipped');
    const good = (await batchMail('a', 1, 0)).toString('latin1');
    const uids = await appendRaw(c.stack, c.owner, FOLDER, [
      'this is not a mail message at all\r\n',
      `From: Someone <someone@example.test>\r\nTo: ${c.owner.address}\r\nSubject: Filed here by hand\r\nMessage-ID: <foreign@example.test>\r\n\r\nHello\r\n`,
      good.replace('X-Blindcopy-Sync: v1;', 'X-Blindcopy-Sync: v2;'),
      good.replace('X-Blindcopy-Sync: v1;', 'X-Blindcopy-Sync: v1garbage;'),
      await batchMail('a', 2, 1),
    ]);
    const { store, progress } = startReplica(c);
    await store.waitFor(() => store.checkpoints.get(SOURCE_ID)?.lastUid === uids.at(-1), 10_000, 'every message');
    const got = replicated(store);
    expect(got.map((m) => [m.uid, m.content.kind === 'skipped' ? m.content.reason : m.content.kind])).toEqual([
      [uids[0], 'foreign'],
      [uids[1], 'foreign'],
      [uids[2], 'newer-version'],
      [uids[3], 'garbage'],
      [uids[4], 'ops'],
    ]);
    expect(got[4]?.content).toEqual({ kind: 'ops', replica: 'a', ops: deals('a', 2, 1), skippedOps: 0 });
    await progress.waitFor((p) => p.state === 'idle', 5_000, 'idle');
    expect(progress.events.some((p) => p.state === 'error')).toBe(false);
  });

  it('R8.3 a missing folder is created and read as empty, not an error', async () => {
    const c = await dropBoxFor('missing');
    expect(await folderMessages(c.stack, c.owner, FOLDER)).toBeUndefined();
    const { store, progress } = startReplica(c);
    await progress.waitFor((p) => p.state === 'idle', 10_000, 'idle');
    expect(progress.events.some((p) => p.state === 'error' || p.state === 'offline')).toBe(false);
    expect(await folderMessages(c.stack, c.owner, FOLDER)).toEqual([]);
    expect(store.checkpoints.get(SOURCE_ID)).toMatchObject({ lastUid: 0 });
    // Then the first upload of any device arrives.
    const [uid] = await appendRaw(c.stack, c.owner, FOLDER, [await batchMail('a', 1, 0)]);
    await store.waitFor(() => replicated(store).some((m) => m.uid === uid), 10_000, 'the first message');
  });

  it('R8.3 a recreated folder (new UIDVALIDITY) is read again with reset; re-applying is harmless', async () => {
    const c = await dropBoxFor('uidvalidity');
    const raws = [await batchMail('a', 1, 0), await batchMail('b', 1, 0)];
    await appendRaw(c.stack, c.owner, FOLDER, raws);
    const first = startReplica(c);
    await first.store.waitFor(() => first.store.checkpoints.get(SOURCE_ID)?.lastUid === 2, 10_000, 'the first read');
    const firstValidity = first.store.checkpoints.get(SOURCE_ID)!.uidValidity;
    await first.engine.stop();
    running.delete(first.engine);

    await withImap(c.stack, c.owner, (client) => client.mailboxDelete(FOLDER));
    await appendRaw(c.stack, c.owner, FOLDER, [...raws, await batchMail('a', 1, 1)]);
    const second = startReplica(c, first.store);
    await second.store.waitFor(() => {
      const cp = second.store.checkpoints.get(SOURCE_ID);
      return cp !== undefined && cp.uidValidity !== firstValidity && cp.lastUid === 3;
    }, 10_000, 'the read of the recreated folder');
    const resets = second.store.batchLog.filter((b) => b.reset);
    expect(resets).toHaveLength(1);
    const after = second.store.batchLog.slice(second.store.batchLog.indexOf(resets[0]!)).flatMap((b) => b.replicated ?? []);
    expect(after.map((m) => m.content.kind === 'ops' && m.content.ops[0]?.key)).toEqual(['deal:a0', 'deal:b0', 'deal:a1']);
  });
});
