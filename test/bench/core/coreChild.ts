/**
 * The app core in a process of its own (bundled by bundleCoreChild, run with plain node as
 * Electron runs main's bundle): main's real services and IPC registry, the renderer served with
 * the WebSocket bridge. It reports, with precise times, when capture starts, when each batch
 * leaves for the store and when the store's ack for it comes back: the ack is sent by the page
 * only after the batch's IndexedDB transaction completed, so it marks "committed in the store"
 * without polling.
 */
import { z } from 'zod';
import type { HandlerRegistry } from '../../../main/ipc/registry';
import { startAppServer, type AppServer } from '../../support/browser/appServer';
import { createTestCore, type TestCore } from '../../support/coreServices';
import { procMemory } from '../support/procStatus';
import { type FromChild, type ToChild, ToChildSchema, preciseNow } from './protocol';
import { createWorkerStats, type WorkerStats } from '../../support/workerStats';
import { SealedCaptureBatchSchema } from '../../../shared/domain/capture';
import { capturedMessageIds, parseBatchBody } from '../../support/captureBatchEvent';

function send(message: FromChild): void {
  process.send?.(message);
}

/**
 * What a sync-folder batch (R8.3) carries, read loosely: only the ids, never a snapshot's state
 * (parsing that whole would cost this process time the restore is timed by).
 */
const ReplicatedIdsSchema = z.array(
  z.object({
    content: z.union([
      z.object({ kind: z.literal('ops'), ops: z.array(z.object({ id: z.string() })) }),
      z.object({ kind: z.literal('snapshot'), part: z.object({ id: z.string(), part: z.number() }) }),
      z.object({ kind: z.literal('skipped') }),
    ]),
  }),
);

/** The operation ids and snapshot parts (`<id>#<part>`) of a batch's `replicated`, when it has one. */
function replicatedFacts(replicated: unknown): { opIds: string[]; snapshotParts: string[] } | undefined {
  if (replicated === undefined) return undefined;
  const parsed = ReplicatedIdsSchema.safeParse(replicated);
  if (!parsed.success) return undefined;
  const opIds: string[] = [];
  const snapshotParts: string[] = [];
  for (const { content } of parsed.data) {
    if (content.kind === 'ops') opIds.push(...content.ops.map((op) => op.id));
    else if (content.kind === 'snapshot') snapshotParts.push(`${content.part.id}#${content.part.part}`);
  }
  return { opIds, snapshotParts };
}

/**
 * batchId, Message-IDs and rejected count of a batch event (already validated by the registry).
 * Cheap, as it runs in the measured process: the header is read as it is, the Message-IDs are
 * picked out of the body's bytes (capturedMessageIds), and only a replica batch's body is parsed.
 */
function batchFacts(payload: unknown): { batchId: string; messageIds: string[]; rejected: number; opIds?: string[]; snapshotParts?: string[] } | undefined {
  const parsed = SealedCaptureBatchSchema.safeParse(payload);
  if (!parsed.success) return undefined;
  const sealed = parsed.data;
  const replicated = sealed.sourceKind === 'replica' ? (parseBatchBody(sealed) as { replicated?: unknown }).replicated : undefined;
  return { batchId: sealed.batchId, messageIds: capturedMessageIds(sealed), rejected: sealed.counts.rejected, ...replicatedFacts(replicated) };
}

const UploadedIdsSchema = z.object({ ops: z.array(z.object({ id: z.string() })) });

function ackedBatchId(request: unknown): string | undefined {
  const batchId = typeof request === 'object' && request !== null ? (request as { batchId?: unknown }).batchId : undefined;
  return typeof batchId === 'string' ? batchId : undefined;
}

/** The registry the bridge serves, with the capture hand-over observed on its way through. */
function observed(core: HandlerRegistry): HandlerRegistry {
  core.onEvent((event, payload) => {
    const at = preciseNow();
    if (event === 'capture:batch') {
      const facts = batchFacts(payload);
      if (facts) send({ type: 'emitted', at, ...facts });
    } else if (event === 'capture:progress' && typeof payload === 'object' && payload !== null) {
      send({ type: 'progress', state: String((payload as { state?: unknown }).state) });
    }
  });
  return {
    async dispatch(name, request) {
      const at = preciseNow();
      if (name === 'capture:start') send({ type: 'captureStarted', at });
      const result = await core.dispatch(name, request);
      if (name === 'replication:uploadOps') {
        const upload = UploadedIdsSchema.safeParse(request);
        if (upload.success) send({ type: 'uploaded', receivedAt: at, answeredAt: preciseNow(), ok: result.ok, opIds: upload.data.ops.map((op) => op.id) });
      }
      const batchId = name === 'capture:ack' && result.ok ? ackedBatchId(request) : undefined;
      if (batchId !== undefined) send({ type: 'committed', at, batchId });
      return result;
    },
    emit: (event, payload) => core.emit(event, payload),
    emitChecked: (event, payload) => core.emitChecked(event, payload),
    onEvent: (listener) => core.onEvent(listener),
  };
}

let core: TestCore | undefined;
/** the capture worker's counters (main/capture/worker's statsProbe) */
let captureStats: WorkerStats | undefined;
let server: AppServer | undefined;
let startupRssKb = 0;

/** Where the RSS goes at its peak: V8's heap, or buffers outside it (sockets, fetched bytes). */
const peaks = { heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 };
setInterval(() => {
  const now = process.memoryUsage();
  peaks.heapTotal = Math.max(peaks.heapTotal, now.heapTotal);
  peaks.heapUsed = Math.max(peaks.heapUsed, now.heapUsed);
  peaks.external = Math.max(peaks.external, now.external);
  peaks.arrayBuffers = Math.max(peaks.arrayBuffers, now.arrayBuffers);
}, 50).unref();

async function handle(message: ToChild): Promise<void> {
  switch (message.type) {
    case 'start': {
      captureStats = createWorkerStats();
      core = await createTestCore(undefined, { captureDns: 'offline', captureStats });
      const saved = await core.dispatch('account:save', { config: message.config, passwords: message.passwords });
      if (!saved.ok) throw new Error(`account:save failed: ${saved.error.message}`);
      server = await startAppServer(observed(core));
      startupRssKb = procMemory().rssKb;
      send({ type: 'ready', url: server.url, pid: process.pid });
      return;
    }
    case 'stats': {
      const stats = captureStats?.read() ?? {};
      const sources = Object.fromEntries(
        Object.entries(stats).map(([id, s]) => [id, { batches: s.batches, captured: s.captured, rejected: s.rejected, bytesReceived: s.bytesReceived, bodyBytes: s.bodyBytes, connectAttempts: s.connectAttempts, reconnects: s.reconnects, state: s.state }]),
      );
      send({ type: 'stats', sources, memory: { ...procMemory(), peaks: { ...peaks }, startupRssKb } });
      return;
    }
    case 'call': {
      if (core === undefined) throw new Error('call before start');
      const result = await core.dispatch(message.name, message.request);
      send(result.ok ? { type: 'answer', name: message.name, ok: true } : { type: 'answer', name: message.name, ok: false, error: result.error.message });
      return;
    }
    case 'stop': {
      await server?.close();
      await core?.stop();
      // A normal exit, so --cpu-prof writes its profile.
      process.exit(0);
    }
  }
}

process.on('message', (raw: unknown) => {
  const parsed = ToChildSchema.safeParse(raw);
  if (!parsed.success) {
    send({ type: 'failed', message: `bad request: ${parsed.error.message}` });
    return;
  }
  handle(parsed.data).catch((err: unknown) => send({ type: 'failed', message: err instanceof Error ? err.message : String(err) }));
});
process.on('disconnect', () => process.exit(0));
