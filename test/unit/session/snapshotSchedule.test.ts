/**
 * R8.3 the pump's upkeep with a real store (fake IndexedDB) and a fake main at the IPC boundary
 * that keeps a sync folder (main's own compaction selection): a snapshot once enough operations
 * were uploaded, compaction after the grace period with this replica's own frontier of the newest
 * uploaded snapshot and nothing else, none of it while offline or with operations pending, and
 * failures retried without noting what did not happen.
 */
import { describe, expect, it } from 'vitest';
import type { ReplicationStatus } from '../../../shared/domain/replication';
import { clockReplica } from '../../../shared/rules/replication/hlc';
import type { Op } from '../../../shared/rules/replication/operations';
import type { SnapshotPart } from '../../../shared/rules/replication/snapshot';
import { DAY_MS, type SnapshotPolicy } from '../../../shared/rules/replication/snapshotSchedule';
import { startReplicationPump } from '../../../renderer/src/session/replicationPump';
import { snapshotUpkeep, type UpkeepStep } from '../../../renderer/src/session/snapshotSchedule';
import { devices, opsMessage, replicaBatch } from '../store/replication/replicas';
import { SyncFolder } from '../store/replication/syncFolder';
import type { Harness } from '../store/builders';

const POLICY: SnapshotPolicy = { afterOps: 3, afterMs: 7 * DAY_MS, graceMs: 7 * DAY_MS };
type Call = 'replication:uploadOps' | 'replication:uploadSnapshot' | 'replication:compact' | 'replication:status';

/** main: a folder, a status, calls that fail while offline or when told to fail once. */
function fakeMain(now: () => number) {
  const folder = new SyncFolder();
  const calls: Array<{ name: Call; request: unknown }> = [];
  const listeners = new Set<(s: ReplicationStatus) => void>();
  const main = {
    folder,
    calls,
    offline: false,
    /** the next call of this name appends its first snapshot part (if any), then fails */
    failOnce: new Set<Call>(),
    async invoke(name: Call, request: unknown): Promise<unknown> {
      calls.push({ name, request });
      if (name === 'replication:status') return { state: main.offline ? 'offline' : 'online', folder: 'Blindcopy' };
      if (main.offline) throw new Error('offline');
      const fail = main.failOnce.delete(name);
      switch (name) {
        case 'replication:uploadOps':
          if (fail) throw new Error('refused');
          folder.appendOps((request as { ops: Op[] }).ops, now());
          return {};
        case 'replication:uploadSnapshot': {
          const parts = (request as { parts: SnapshotPart[] }).parts;
          for (const [i, part] of parts.entries()) {
            if (fail && i === 1) throw new Error('the connection broke after the first part');
            folder.appendSnapshotPart(part, now());
          }
          return {};
        }
        case 'replication:compact':
          if (fail) throw new Error('refused');
          return { expunged: folder.compact(request as { replica: string; upTo: string; olderThanMs: number }, now()) };
      }
    },
    on(event: string, handler: (s: ReplicationStatus) => void) {
      if (event !== 'replication:status') throw new Error(`unexpected event ${event}`);
      listeners.add(handler);
      return () => listeners.delete(handler);
    },
    status(state: ReplicationStatus['state']) {
      for (const l of listeners) l({ state, folder: 'Blindcopy' });
    },
    named: (name: Call) => calls.filter((c) => c.name === name).map((c) => c.request),
  };
  return main;
}

type PumpApi = Parameters<typeof startReplicationPump>[1];

/** A pump with upkeep on the device's store; `rounds` lists what each upkeep round did. */
function startPump(d: Harness, main: ReturnType<typeof fakeMain>) {
  const rounds: UpkeepStep[][] = [];
  let started = 0;
  const errors: unknown[] = [];
  const api = main as unknown as PumpApi;
  const upkeep = snapshotUpkeep(d.store.replication, api, { policy: POLICY, now: () => d.clock.now, perPart: 2 });
  const pump = startReplicationPump(d.store.replication, api, {
    backoffMs: [5],
    onError: (e) => errors.push(e),
    upkeep: async () => {
      const index = started++;
      rounds[index] = await upkeep();
    },
    upkeepEveryMs: 60_000,
  });
  /** kick and wait for an upkeep round that started after the kick; answers what it did */
  const round = async (): Promise<UpkeepStep[]> => {
    const next = started;
    pump.kick();
    await expect.poll(() => rounds[next] !== undefined, { timeout: 5_000 }).toBe(true);
    return rounds[next]!;
  };
  /** the user creates `n` deals; the pump is kicked, as the session does when the pending count changes */
  const deals = async (n: number): Promise<void> => {
    for (let i = 0; i < n; i++) await d.store.createDeal({ title: `Deal ${i}` });
    pump.kick();
  };
  return { pump, rounds, errors, round, deals };
}

async function deals(d: Harness, n: number): Promise<void> {
  for (let i = 0; i < n; i++) await d.store.createDeal({ title: `Deal ${i}` });
}

describe('R8.3 snapshot upkeep of the pump', () => {
  it('R8.3 uploads a snapshot once the threshold of uploaded operations is reached, and prunes what it covers', async () => {
    const [a] = await devices(1);
    const main = fakeMain(() => a!.clock.now);
    const { pump, round, deals: create } = startPump(a!, main);
    await create(1);
    expect(await round()).toEqual([]);
    expect(await a!.store.replication.snapshotFacts()).toMatchObject({ pending: 0, uploadedSince: 2 });
    expect(main.named('replication:uploadSnapshot')).toHaveLength(0);
    await create(2);
    await expect.poll(async () => (await a!.store.replication.snapshotFacts()).book.snapshots.length, { timeout: 5_000 }).toBe(1);
    const [upload] = main.named('replication:uploadSnapshot') as Array<{ parts: SnapshotPart[] }>;
    const own = clockReplica(upload!.parts[0]!.id);
    const facts = await a!.store.replication.snapshotFacts();
    // the snapshot covers every operation uploaded, and they left the store
    const lastUploaded = main.folder.opsBatches().at(-1)![2];
    expect(upload!.parts[0]!.state.frontier[own]).toBe(lastUploaded);
    expect(facts).toMatchObject({ pending: 0, uploadedSince: 0, book: { snapshots: [{ id: upload!.parts[0]!.id, upTo: lastUploaded }] } });
    expect(await a!.db.replicaOps.count()).toBe(0);
    expect(main.named('replication:compact')).toHaveLength(0);
    await pump.stop();
  });

  it('R8.3 compacts after the grace period with this replica’s own frontier of the newest uploaded snapshot, never another replica’s batches', async () => {
    const [a, b] = await devices(2);
    const main = fakeMain(() => a!.clock.now);
    // B's batch is in the folder, and A has applied it: A's state has B's frontier too, later than its own
    await deals(b!, 2);
    const fromB = await b!.store.replication.pendingOps(10);
    main.folder.appendOps(fromB, a!.clock.now);
    const { pump, round, deals: create } = startPump(a!, main);
    await create(3);
    await expect.poll(() => main.named('replication:uploadSnapshot').length, { timeout: 5_000 }).toBe(1);
    b!.clock.advance(DAY_MS);
    await a!.store.applyBatch(replicaBatch([opsMessage(fromB)]));
    const [first] = (await a!.store.replication.snapshotFacts()).book.snapshots;
    a!.clock.advance(DAY_MS);
    await create(3); // a second snapshot, a day later
    await expect.poll(() => main.named('replication:uploadSnapshot').length, { timeout: 5_000 }).toBe(2);
    const [, second] = (await a!.store.replication.snapshotFacts()).book.snapshots;
    const own = clockReplica(first!.id);
    expect(clockReplica(fromB[0]!.clock)).not.toBe(own);

    a!.clock.advance(7 * DAY_MS - DAY_MS - 1); // the first is one ms short of its grace period
    expect(await round()).toEqual([]);
    a!.clock.advance(1);
    expect(await round()).toEqual(['compaction']);
    expect(main.named('replication:compact')).toEqual([{ replica: own, upTo: first!.upTo, olderThanMs: 7 * DAY_MS }]);
    expect(main.folder.opsBatches().map(([replica]) => replica)).toEqual([clockReplica(fromB[0]!.clock), own]); // B's, and A's after the first snapshot
    expect(main.folder.snapshots()).toEqual([[own, first!.id], [own, second!.id]]);
    expect(await round()).toEqual([]); // not twice

    a!.clock.advance(DAY_MS);
    expect(await round()).toEqual(['compaction']);
    expect(main.named('replication:compact').at(-1)).toEqual({ replica: own, upTo: second!.upTo, olderThanMs: 7 * DAY_MS });
    expect(main.folder.opsBatches().map(([replica]) => replica)).toEqual([clockReplica(fromB[0]!.clock)]);
    expect(main.folder.snapshots()).toEqual([[own, second!.id]]); // the first is in the second
    expect((await a!.store.replication.snapshotFacts()).book).toEqual({ snapshots: [], compactedUpTo: second!.upTo });
    await pump.stop();
  });

  it('R8.3 neither snapshot nor compaction while offline or while operations wait; both when back', async () => {
    const [a] = await devices(1);
    const main = fakeMain(() => a!.clock.now);
    main.offline = true;
    const { pump, errors, deals: create } = startPump(a!, main);
    await create(3);
    await expect.poll(() => errors.length, { timeout: 5_000 }).toBeGreaterThan(0);
    expect(main.named('replication:uploadSnapshot')).toHaveLength(0);
    // everything uploaded, but main is offline by the time the upkeep asks
    await pump.stop();
    const ops = await a!.store.replication.pendingOps(10);
    main.folder.appendOps(ops, a!.clock.now);
    await a!.store.replication.markSent(ops.map((o) => o.id));
    const again = startPump(a!, main);
    expect(await again.round()).toEqual([]);
    expect(main.named('replication:status').length).toBeGreaterThan(0);
    expect(main.named('replication:uploadSnapshot')).toHaveLength(0);
    main.offline = false;
    expect(await again.round()).toEqual(['snapshot']);
    main.offline = true;
    a!.clock.advance(8 * DAY_MS);
    expect(await again.round()).toEqual([]);
    expect(main.named('replication:compact')).toHaveLength(0);
    main.offline = false;
    expect(await again.round()).toEqual(['compaction']);
    await again.pump.stop();
  });

  it('R8.3 a snapshot upload that failed after a part notes nothing and prunes nothing, and is retried; so is a failed compaction', async () => {
    const [a] = await devices(1);
    const main = fakeMain(() => a!.clock.now);
    main.failOnce.add('replication:uploadSnapshot');
    const { pump, errors, round, deals: create } = startPump(a!, main);
    await create(3);
    await expect.poll(() => errors.length, { timeout: 5_000 }).toBe(1);
    // (the retry may already be under way: what it found before it is what the failure left)
    await expect.poll(() => main.named('replication:uploadSnapshot').length, { timeout: 5_000 }).toBe(2);
    const book = (await a!.store.replication.snapshotFacts()).book;
    const [failed, retried] = main.named('replication:uploadSnapshot') as Array<{ parts: SnapshotPart[] }>;
    expect(failed!.parts.length).toBeGreaterThan(1); // it broke after its first part
    expect(book.snapshots.map((s) => s.id)).toEqual([retried!.parts[0]!.id]);
    expect(book.snapshots.map((s) => s.id)).not.toContain(failed!.parts[0]!.id);

    main.failOnce.add('replication:compact');
    a!.clock.advance(7 * DAY_MS);
    pump.kick();
    await expect.poll(() => main.named('replication:compact').length, { timeout: 5_000 }).toBe(2);
    expect(errors).toHaveLength(2);
    await expect.poll(async () => (await a!.store.replication.snapshotFacts()).book.compactedUpTo, { timeout: 5_000 }).toBe(book.snapshots[0]!.upTo);
    expect(main.named('replication:compact')[0]).toEqual(main.named('replication:compact')[1]);
    expect(await round()).toEqual([]);
    await pump.stop();
  });
});
