/**
 * The renderer's session: opens the CRM database, creates the store for the local user, keeps
 * the store's account facts (own addresses, BCC address, delimiter) in step with main, and runs
 * the capture hand-over (DESIGN 4): batch in → store commits → ack with the checkpoint; search
 * words of captured mail are indexed when capture is quiet (wordIndexer); the CRM's recorded
 * operations are handed to main for the sync folder (replicationPump, R8.3).
 */
import { z } from 'zod';
import type { BlindcopyApi } from '../../../shared/ipc/contract';
import type { AccountView } from '../../../shared/settings/accountConfig';
import { BlindcopyDb } from '../db/database';
import { createCrmStore, systemDeps, type CrmStore } from '../store';
import { getSetting, setSetting } from '../store/settings';
import { catchingUp, useSyncStore } from './syncState';
import { startWordIndexer } from './wordIndexer';
import { reportError } from '../api/reportError';
import { isFailure } from '../../../shared/failures/failure';
import { liveQuery } from 'dexie';
import { startReplicationPump } from './replicationPump';
import { snapshotUpkeep } from './snapshotSchedule';
import { handOver } from './captureHandover';
import type { SealedCaptureBatch } from '../../../shared/domain/capture';

export interface Session {
  store: CrmStore;
  /** (re)start capture from the checkpoints the store holds; after the account changed too */
  startCapture(): Promise<void>;
  /** R3.8: accept a rejected message; main fetches it again and the store captures it */
  acceptRejected(id: string): Promise<void>;
  /** R10.4 "Retry now" for stopped mail sources: start capture again if it did not start, else every source reconnects */
  retryCapture(): Promise<void>;
  /** R8.3 "Retry now": the pump tries its pending changes again, main reconnects the sync folder and every source */
  retryReplication(): Promise<void>;
  dispose(): void;
}

// zod 4 probes `new Function` once; the app's CSP forbids it. Parse without JIT from the start.
z.config({ jitless: true });

export async function openSession(api: BlindcopyApi, dbName = 'blindcopy'): Promise<Session> {
  const db = new BlindcopyDb(dbName);
  await db.open();
  let userId = await getSetting(db, 'userId');
  if (!userId) {
    userId = crypto.randomUUID();
    await setSetting(db, 'userId', userId);
  }
  const store = createCrmStore(db, systemDeps({ userId, isAdmin: false }));
  const sync = useSyncStore.getState();
  // words wait while a source catches up: its next batch is on the way (wordIndexer.ts)
  const words = startWordIndexer(store, { busy: catchingUp });
  // R8.3 the CRM that was there before replication becomes operations (once), then uploads
  // R8.3 snapshots and compaction when nothing waits to be uploaded (snapshotSchedule.ts)
  const pump = startReplicationPump(store.replication, api, { upkeep: snapshotUpkeep(store.replication, api) });
  const pending = liveQuery(() => store.replication.pendingCount()).subscribe({
    next: (n) => {
      sync.setReplicationPending(n, Date.now());
      if (n > 0) pump.kick();
    },
    error: (err: unknown) => reportError('replication: count of pending changes', err),
  });
  // R8.3: an existing CRM becomes operations once; a failure leaves it for the next start
  void store.replication.seed().catch((err: unknown) => reportError('replication: seed the existing CRM', err));

  // e.g. the disk is full: main keeps the messages on the server and tries again later (captureHandover.ts)
  const handover = { applyBatch: (batch: SealedCaptureBatch) => store.applySealedBatch(batch), invoke: api.invoke.bind(api), committed: () => words.kick(), setStoreError: sync.setStoreError };
  const offBatch = api.on('capture:batch', (batch) => {
    handOver(handover, batch).catch((err: unknown) => reportError('capture: ack or nack a batch', err));
  });
  const offProgress = api.on('capture:progress', (p) => sync.setProgress(p));
  // R8.3 where the copy on the mail server stands, for the sidebar and Settings
  const offReplication = api.on('replication:status', (status) => sync.setReplication(status));
  api
    .invoke('replication:status', {})
    .then((status) => {
      // an event that came in meanwhile is newer than this answer
      if (useSyncStore.getState().replication === undefined) sync.setReplication(status);
    })
    .catch((err: unknown) => reportError('replication: status at start', err));
  /** R3.8: everything the store marked accepted is fetched again by main */
  async function sendAccepted(): Promise<void> {
    const rows = await store.queries.acceptedForRecapture();
    if (rows.length > 0) await api.invoke('capture:recapture', { items: rows.map((r) => ({ sourceId: r.sourceId, uidValidity: r.uidValidity, uid: r.uid })) });
  }
  const offConfirmed = api.on('addresses:confirmed', ({ address }) => {
    void store
      .confirmAlternateAddress(address)
      .then(sendAccepted)
      .catch((err: unknown) => reportError('release held mail (R3.8)', err));
  });

  async function syncAccountFacts(view: AccountView): Promise<void> {
    const config = view.config;
    if (!config) return;
    const addresses = await api.invoke('addresses:list', {});
    await store.settings.set('ownAddresses', {
      primary: config.email,
      verified: addresses.filter((a) => a.status === 'verified').map((a) => a.address),
      pending: addresses.filter((a) => a.status === 'pending').map((a) => a.address),
    });
    await store.settings.set('companyBcc', config.companyBcc);
    await store.settings.set('delimiter', config.delimiter);
  }

  async function startCapture(): Promise<void> {
    try {
      const view = await api.invoke('account:get', {});
      await syncAccountFacts(view);
      const rows = await db.syncSources.toArray();
      const checkpoints = rows.map((r) => ({
        sourceId: r.id,
        checkpoint: { uidValidity: r.uidValidity, lastUid: r.lastUid, ...(r.highestModseq ? { highestModseq: r.highestModseq } : {}) },
      }));
      const started = await api.invoke('capture:start', { checkpoints });
      sync.setCaptureState(started.started ? 'running' : started.reason);
      sync.keepSources(started.started ? started.sources.map((s) => s.id) : []);
      if (started.started) await sendAccepted();
    } catch (err) {
      // R10.4: the sidebar and Settings say why mail is not fetched, with "Retry now"
      sync.setCaptureState('failed', isFailure(err) ? err.code : 'internal');
      reportError('capture: start', err);
      throw err;
    }
  }

  return {
    store,
    startCapture,
    async acceptRejected(id) {
      await store.acceptRejected(id);
      await sendAccepted();
    },
    async retryCapture() {
      const { capture } = useSyncStore.getState();
      if (capture === 'failed' || capture === 'no-password') await startCapture();
      else await api.invoke('capture:syncNow', {});
    },
    async retryReplication() {
      pump.kick();
      await api.invoke('capture:syncNow', {});
    },
    dispose() {
      offBatch();
      offProgress();
      offReplication();
      offConfirmed();
      words.dispose();
      pending.unsubscribe();
      void pump.stop().finally(() => db.close());
    },
  };
}
