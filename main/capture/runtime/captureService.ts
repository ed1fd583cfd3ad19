/**
 * Runs the capture engine for the configured account: builds the sources from the settings,
 * starts from the checkpoints the renderer's store holds, sends batches over IPC and waits for
 * the store's acknowledgement. Restartable when the settings change. The engine itself runs in
 * a worker thread (capture/worker): main keeps only its proxy, the sink and the recapture queue.
 */
import type { Checkpoint, SealedCaptureBatch, SourceProgress } from '../../../shared/domain/capture';
import type { SourceKind } from '../../../shared/domain/mail';
import type { OwnAddresses } from '../../../shared/rules/capture/owner';
import { failure } from '../../../shared/failures/failure';
import { classifyConnectionError } from '../../mail/connectionFailure';
import { compactHeap } from '../../platform/compactHeap';
import type { Clock } from '../../platform/ports';
import type { AccountSettings } from '../../settings/accountSettings';
import { createWorkerCaptureEngine, type WorkerCaptureEngine, type WorkerEngineOptions, type WorkerStatsProbe } from '../worker/engineProxy';
import type { WorkerDns } from '../worker/protocol';
import { addRecaptureItems, type RecaptureUids } from '../worker/recaptureUids';
import { captureSources } from './captureSources';
import { createIpcBatchSink, type IpcBatchSink } from './ipcBatchSink';

export interface CaptureServiceOptions {
  account: AccountSettings;
  /** primary + alternates (R3.3); read again at every start and whenever they change */
  ownAddresses: () => Promise<OwnAddresses | undefined>;
  /** a batch as the capture worker sealed it: main reads its header only (DESIGN 4) */
  sendBatch: (batch: SealedCaptureBatch) => void;
  /** R3.4: a drop-box batch showed this authserv-id (none is confirmed yet): propose it */
  onAuthservIdSeen?: (authservId: string) => void;
  onProgress: (progress: SourceProgress) => void;
  clock: Clock;
  /** how the capture worker resolves DNS (default: node:dns; 'offline' for tests and benchmarks) */
  dns?: WorkerDns;
  /** test-only hook: the engine's counters (see WorkerEngineOptions.statsProbe) */
  statsProbe?: WorkerStatsProbe;
  /** engine tuning for tests and benchmarks */
  engine?: Pick<NonNullable<WorkerEngineOptions['tuning']>, 'chunkSize' | 'retry' | 'pollIntervalMs'>;
  ackTimeoutMs?: number;
}

export type StartResult =
  | { started: true; sources: { id: string; kind: SourceKind; mailbox: string }[] }
  | { started: false; reason: 'not-configured' | 'no-password' };

export interface CaptureService {
  start(checkpoints: ReadonlyMap<string, Checkpoint>): Promise<StartResult>;
  ack(batchId: string, checkpoint: Checkpoint): void;
  nack(batchId: string, message: string): void;
  syncNow(): void;
  /** R3.8: fetch these again and deliver them as captured (the user accepted them) */
  recapture(items: readonly { sourceId: string; uidValidity: number; uid: number }[]): void;
  /** own addresses changed (an alternate was confirmed): the next chunk sees them */
  refreshOwnAddresses(): Promise<void>;
  downloadAttachment(sourceId: string, uidValidity: number, uid: number, part: string): Promise<Buffer>;
  stop(): Promise<void>;
}

export function createCaptureService(options: CaptureServiceOptions): CaptureService {
  let engine: WorkerCaptureEngine | undefined;
  let sink: IpcBatchSink | undefined;
  let own: OwnAddresses | undefined;
  let sourceIds: string[] = [];
  /** accepted messages waiting to be fetched again, by source: uidValidity → UIDs */
  const recaptureQueue: RecaptureUids = new Map();
  const recapture = {
    items: () => [...recaptureQueue].flatMap(([sourceId, bySource]) => [...bySource].flatMap(([uidValidity, uids]) => [...uids].map((uid) => ({ sourceId, uidValidity, uid })))),
    done(sourceId: string, uids: readonly number[]) {
      for (const set of recaptureQueue.get(sourceId)?.values() ?? []) for (const uid of uids) set.delete(uid);
    },
  };

  async function stopEngine(): Promise<void> {
    sink?.abandon('Capture restarted.');
    await engine?.stop();
    engine = undefined;
    sink = undefined;
  }

  return {
    async start(checkpoints) {
      await stopEngine();
      const config = await options.account.config();
      if (!config) return { started: false, reason: 'not-configured' };
      const [imap, dropbox] = await Promise.all([options.account.login('imap'), options.account.login('dropbox')]);
      const sources = await captureSources(config, { imap, dropbox }, options.clock.now()).catch((err: unknown) => {
        // R10.4: listing the folders to sync failed (wrong password, server away): the renderer shows the reason and "Retry now"
        const { code } = classifyConnectionError(err);
        throw failure(code, `listing the folders to sync failed (${code})`);
      });
      if (sources.length === 0) return { started: false, reason: 'no-password' };
      own = (await options.ownAddresses()) ?? { primary: config.email, verified: [], pending: [] };
      const dropBox = { addresses: [config.companyBcc.address, ...config.companyBcc.aliases], delimiter: config.delimiter };
      const { sendBatch, onAuthservIdSeen } = options;
      const send = (batch: SealedCaptureBatch): void => {
        if (batch.authservIdSeen !== undefined) onAuthservIdSeen?.(batch.authservIdSeen);
        sendBatch(batch);
      };
      sink = createIpcBatchSink(send, options.ackTimeoutMs);
      engine = createWorkerCaptureEngine({
        sources,
        checkpoints,
        sink,
        understandContext: () => ({ own: own ?? { primary: config.email, verified: [], pending: [] }, dropBox, authservId: config.authservId }),
        ...(options.dns === undefined ? {} : { dns: options.dns }),
        ...(options.statsProbe === undefined ? {} : { statsProbe: options.statsProbe }),
        onProgress: options.onProgress,
        recapture,
        tuning: options.engine ?? {},
      });
      engine.start();
      // start-up's young generation, given back before the mirror (platform/compactHeap.ts)
      compactHeap();
      sourceIds = sources.map((s) => s.id);
      return { started: true, sources: sources.map((s) => ({ id: s.id, kind: s.kind, mailbox: s.mailbox })) };
    },
    ack: (batchId, checkpoint) => sink?.ack(batchId, checkpoint),
    nack: (batchId, message) => sink?.nack(batchId, message),
    syncNow() {
      for (const id of sourceIds) engine?.syncNow(id);
    },
    recapture(items) {
      addRecaptureItems(recaptureQueue, items);
      for (const sourceId of new Set(items.map((i) => i.sourceId))) if (sourceIds.includes(sourceId)) engine?.syncNow(sourceId);
    },
    async refreshOwnAddresses() {
      own = (await options.ownAddresses()) ?? own;
      engine?.refreshContext();
    },
    async downloadAttachment(sourceId, uidValidity, uid, part) {
      if (!engine) throw new Error('Capture is not running.');
      return engine.downloadAttachment(sourceId, uidValidity, uid, part);
    },
    stop: stopEngine,
  };
}
