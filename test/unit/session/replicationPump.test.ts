/**
 * R8.3 the upload pump: pending operations go to main through the IPC contract
 * (`replication:uploadOps`), at most MAX_OPS_PER_UPLOAD a call, oldest first, and are marked sent
 * only after main answered; a failure waits for `replication:status` online or a back-off.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_OPS_PER_UPLOAD } from '../../../shared/ipc/calls/replication';
import type { ReplicationStatus } from '../../../shared/domain/replication';
import { makeOp, type Op } from '../../../shared/rules/replication/operations';
import { startReplicationPump } from '../../../renderer/src/session/replicationPump';

function ops(n: number): Op[] {
  return Array.from({ length: n }, (_, i) => makeOp({ wallMs: 1000 + i, counter: 0, replicaId: 'aaaa' }, { kind: 'organization.create', key: `o${i}`, payload: { ownerId: 'u', createdAt: 1, fields: { name: `Org ${i}` } } }));
}

/** A store's pending list, as the pump sees it. */
function fakeStore(pending: Op[]) {
  const sent: string[] = [];
  return {
    sent,
    pending,
    async pendingOps(limit: number) {
      return pending.filter((op) => !sent.includes(op.id)).slice(0, limit);
    },
    async markSent(ids: readonly string[]) {
      sent.push(...ids);
    },
  };
}

/** main's side of the IPC contract: uploads fail while `offline`; the status event can be fired. */
function fakeApi() {
  const uploads: Op[][] = [];
  const listeners = new Set<(s: ReplicationStatus) => void>();
  const api = {
    offline: false,
    uploads,
    async invoke(name: string, request: unknown) {
      if (name !== 'replication:uploadOps') throw new Error(`unexpected call ${name}`);
      if (api.offline) throw new Error('offline');
      uploads.push((request as { ops: Op[] }).ops);
      return {};
    },
    on(event: string, handler: (s: ReplicationStatus) => void) {
      if (event !== 'replication:status') throw new Error(`unexpected event ${event}`);
      listeners.add(handler);
      return () => listeners.delete(handler);
    },
    status(state: ReplicationStatus['state']) {
      for (const l of listeners) l({ state, folder: 'Blindcopy' });
    },
    listeners,
  };
  return api;
}

type PumpApi = Parameters<typeof startReplicationPump>[1];

describe('replication pump', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('R8.3 uploads pending operations oldest first in batches of at most MAX_OPS_PER_UPLOAD, marking them sent', async () => {
    const store = fakeStore(ops(MAX_OPS_PER_UPLOAD + 5));
    const api = fakeApi();
    const pump = startReplicationPump(store, api as unknown as PumpApi);
    await vi.waitFor(() => expect(store.sent).toHaveLength(MAX_OPS_PER_UPLOAD + 5));
    expect(api.uploads.map((u) => u.length)).toEqual([MAX_OPS_PER_UPLOAD, 5]);
    expect(api.uploads.flat().map((o) => o.id)).toEqual(store.pending.map((o) => o.id));
    await pump.stop();
    expect(api.listeners.size).toBe(0);
  });

  it('R8.3 sleeps when nothing is pending and uploads what a kick announces', async () => {
    const store = fakeStore([]);
    const api = fakeApi();
    const pump = startReplicationPump(store, api as unknown as PumpApi);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(api.uploads).toHaveLength(0);
    store.pending.push(...ops(3));
    pump.kick();
    await vi.waitFor(() => expect(store.sent).toHaveLength(3));
    await pump.stop();
  });

  it('R8.3 a failed upload marks nothing and is retried when main reports online', async () => {
    const store = fakeStore(ops(2));
    const api = fakeApi();
    api.offline = true;
    const errors: unknown[] = [];
    const pump = startReplicationPump(store, api as unknown as PumpApi, { backoffMs: [60_000], onError: (e) => errors.push(e) });
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect(store.sent).toEqual([]);
    api.offline = false;
    api.status('online');
    await vi.waitFor(() => expect(store.sent).toHaveLength(2));
    expect(errors).toHaveLength(1); // no back-off had to pass
    await pump.stop();
  });

  it('R8.3 without a status event it retries after the back-off', async () => {
    const store = fakeStore(ops(1));
    const api = fakeApi();
    api.offline = true;
    const errors: unknown[] = [];
    const pump = startReplicationPump(store, api as unknown as PumpApi, { backoffMs: [1_000, 5_000], onError: (e) => errors.push(e) });
    await vi.advanceTimersByTimeAsync(0);
    expect(errors).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(errors).toHaveLength(2);
    api.offline = false;
    await vi.advanceTimersByTimeAsync(4_999);
    expect(store.sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(store.sent).toHaveLength(1);
    await pump.stop();
  });

  it('R8.3 stops cleanly while waiting to retry', async () => {
    const store = fakeStore(ops(1));
    const api = fakeApi();
    api.offline = true;
    const pump = startReplicationPump(store, api as unknown as PumpApi, { backoffMs: [60_000] });
    await vi.advanceTimersByTimeAsync(0);
    await pump.stop();
    api.offline = false;
    await vi.advanceTimersByTimeAsync(120_000);
    expect(api.uploads).toHaveLength(0);
  });
});
