/**
 * R8.3 snapshots and compaction against the real Dovecot, end to end through main: a device
 * uploads its operations, a snapshot (several parts) and more operations, then compacts up to
 * the snapshot's own frontier; a fresh reader of the folder (main's downloader, the capture source
 * `replica:<folder>`) gets the snapshot and the later operations, no batch the snapshot covers and
 * no older snapshot of the device, another replica's batches untouched — and what it got rebuilds
 * the whole state.
 */
import { describe, expect, it } from 'vitest';
import type { ReplicaMessage } from '../../../shared/domain/replication';
import { stateOf } from '../../../shared/rules/replication/applyOps';
import { encodeClock } from '../../../shared/rules/replication/hlc';
import { joinStates } from '../../../shared/rules/replication/joinStates';
import { assembleSnapshot, makeSnapshot, type SnapshotPart } from '../../../shared/rules/replication/snapshot';
import type { Op } from '../../../shared/rules/replication/operations';
import { createReplicationService } from '../../../main/replication/replicationService';
import { at } from '../../unit/rules/replication/builders';
import { captureSuite, serverLogin, startEngine, type CaptureStack } from '../capture/fixtures';
import { RecordingStore } from '../capture/recordingStore';
import { deals, StatusLog } from './fixtures';

const { running, dropBoxFor } = captureSuite();
const FOLDER = 'Blindcopy';
const SOURCE_ID = `replica:${FOLDER}`;

function startUploader(c: CaptureStack) {
  const uploader = createReplicationService({
    target: () => Promise.resolve({ replication: { enabled: true, folder: FOLDER }, email: c.owner.address, imap: serverLogin(c.stack, c.owner) }),
    clock: { now: () => Date.now() },
    onStatus: new StatusLog().record,
    backoff: { baseMs: 300, maxMs: 1_000 },
    timeoutMs: 5_000,
  });
  running.add(uploader);
  uploader.start();
  return uploader;
}

/** A fresh device's read of the whole folder, message by message. */
async function readFolder(c: CaptureStack, lastUid: number): Promise<ReplicaMessage[]> {
  const store = new RecordingStore();
  startEngine(c, running, { store, source: { id: SOURCE_ID, kind: 'replica', server: serverLogin(c.stack, c.owner), mailbox: FOLDER } });
  await store.waitFor(() => (store.checkpoints.get(SOURCE_ID)?.lastUid ?? 0) >= lastUid, 10_000, 'the whole folder');
  return store.batchLog.filter((b) => b.sourceId === SOURCE_ID).flatMap((b) => b.replicated ?? []);
}

describe('R8.3 snapshots and compaction through main', () => {
  it('R8.3 after a snapshot and compaction, a fresh reader gets the snapshot and the later operations, no covered batch, and the same state', async () => {
    const c = await dropBoxFor('snapshot-compact');
    const uploader = startUploader(c);
    const covered = [deals('a', 2, 0), deals('a', 2, 2)];
    const other = deals('b', 2, 0);
    await uploader.uploadOps(covered[0]!);
    // an older snapshot of A, after its first batch (named by the next clock reading)
    const older = makeSnapshot(stateOf(covered[0]!), 'a', encodeClock(at('a', 1, 1)));
    await uploader.uploadSnapshot(older);
    for (const ops of [covered[1]!, other]) await uploader.uploadOps(ops);
    // the snapshot: the device's whole state, named by a clock after its own frontier (as the store makes it)
    const upTo = encodeClock(at('a', 3));
    const parts = makeSnapshot(stateOf([...covered.flat(), ...other]), 'a', encodeClock(at('a', 4)), 2);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts[0]!.state.frontier['a']).toBe(upTo);
    await uploader.uploadSnapshot(parts);
    const later = deals('a', 2, 5);
    const { uid: lastUid } = await uploader.uploadOps(later);

    // the covered batches and the older snapshot go; the newer snapshot and B's batch stay
    expect(await uploader.compact({ replica: 'a', upTo, olderThanMs: 0 })).toEqual({ expunged: covered.length + older.length });

    expect(lastUid).toBeGreaterThan(0); // UIDPLUS: the reader waits until it has read this far
    const got = await readFolder(c, lastUid!);
    const opsOf = (m: ReplicaMessage): Op[] => (m.content.kind === 'ops' ? m.content.ops : []);
    const partsGot: SnapshotPart[] = got.flatMap((m) => (m.content.kind === 'snapshot' ? [m.content.part] : []));
    expect(got.map((m) => m.content.kind)).toEqual(['ops', ...parts.map(() => 'snapshot'), 'ops']);
    expect(got.map(opsOf).filter((ops) => ops.length > 0)).toEqual([other, later]);
    expect(got.flatMap(opsOf).some((op) => op.replica === 'a' && op.clock <= upTo)).toBe(false);
    expect(partsGot).toEqual(parts);

    // what the fresh reader got is the whole state
    const assembled = assembleSnapshot(partsGot);
    if (!assembled.complete) throw new Error(`parts missing: ${assembled.missingParts.join(', ')}`);
    const restored = joinStates(assembled.state, stateOf(got.flatMap(opsOf)));
    expect(restored).toEqual(stateOf([...covered.flat(), ...other, ...later]));
  });
});
