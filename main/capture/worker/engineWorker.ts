/**
 * The capture engine in a worker thread (started by engineProxy.ts in main). Why a thread:
 * fetching and understanding a cold mirror churns through V8's young generation, which in
 * Electron's main grows to 128 MB and cannot be bounded after start; a worker's heap takes
 * `resourceLimits`, so the churn is collected small and often here, off main's heap and loop.
 *
 * What the engine calls out for is asked of main by message: the store's commit (a batch out,
 * serialized once by sealBatch.ts, its checkpoint back) and recapture's queue (a copy kept here, updated by main, emptied here as
 * messages are delivered). DNS is resolved here (node:dns works in a thread), not in main: a
 * round trip per lookup bought nothing. Main also learns which messages are being understood,
 * to blame the right one if this thread dies (blame.ts).
 */
import { Resolver } from 'node:dns/promises';
import type { MessagePort } from 'node:worker_threads';
import type { Checkpoint } from '../../../shared/domain/capture';
import { createPendingRequests } from '../../platform/pendingRequests';
import { systemClock } from '../../platform/ports';
import { type DnsResolver, understandMessage } from '../understand';
import { type CaptureEngine, createCaptureEngine, type UnderstandFn } from '../sync';
import type { RecaptureQueue } from '../sync/types';
import { createExclusiveGate } from './exclusiveGate';
import { type FromWorker, issueLabel, messageKey, type ToWorker, ToWorkerSchema, type UnderstandBaseData, type WorkerDns } from './protocol';
import { addRecaptureItems, type RecaptureUids } from './recaptureUids';
import { sealBatch } from './sealBatch';

/** How often the worker says it is alive; main's hang watch waits several of these. */
const HEARTBEAT_MS = 1000;
/** How often changed stats are sent to main, when it asked for them (init.reportStats). */
const STATS_MS = 250;

/** Why a message in quarantine is not understood: a worker died with it alone, twice. Internal: its name is recorded as the quarantined message's parse error, not shown as a failure. */
class CaptureWorkerDiedError extends Error {
  override name = 'CaptureWorkerDied';
}

export interface EngineWorkerOverrides {
  /** replaces understandMessage (benchmarks' fetch-only stage, tests) */
  understand?: UnderstandFn;
}

/**
 * node:dns with the system's servers, each query bounded (2 s, 2 tries). c-ares' defaults (4
 * tries, each waiting longer) wait 20 s and more for a server that drops queries, and a message
 * accepted from the Rejected list (R3.8) — the one time a stranger's mail is authenticated — waits
 * for its DKIM and SPF lookups before it comes in. An unanswered lookup is a temporary error,
 * which never rejects mail (R3.4).
 */
const boundedDns = new Resolver({ timeout: 2_000, tries: 2 });
const systemResolver: DnsResolver = (name, rrtype) => boundedDns.resolve(name, rrtype) as Promise<string[][] | string[]>;
/** Every name unknown, as node:dns says it (mailauth reads ENOTFOUND as "no record"). */
const offlineResolver: DnsResolver = (name) => Promise.reject(Object.assign(new Error(`offline: no DNS for ${name}`), { code: 'ENOTFOUND' }));
const RESOLVERS: Record<WorkerDns, DnsResolver> = { system: systemResolver, offline: offlineResolver };

export function runEngineWorker(port: MessagePort, overrides: EngineWorkerOverrides = {}): void {
  const post = (message: FromWorker): void => port.postMessage(message);
  /** batches handed to main, waiting for the store's checkpoint */
  const commits = createPendingRequests<Checkpoint>();
  let engine: CaptureEngine | undefined;
  let base: UnderstandBaseData | undefined;
  /** the recapture queue (R3.8), as main last sent it */
  let recapture: RecaptureUids = new Map();
  let suspects = new Set<string>();
  let quarantined = new Set<string>();
  const gate = createExclusiveGate();
  const heartbeat = setInterval(() => post({ type: 'heartbeat' }), HEARTBEAT_MS);
  let lastStats = '';
  let statsTimer: NodeJS.Timeout | undefined;

  function sendStats(): void {
    if (engine === undefined || statsTimer === undefined) return;
    const stats = engine.stats();
    const text = JSON.stringify(stats);
    if (text === lastStats) return;
    lastStats = text;
    post({ type: 'stats', stats });
  }

  const understandInner = overrides.understand ?? understandMessage;
  const understand: UnderstandFn = async (raw, ctx) => {
    const key = messageKey(ctx.source.sourceId, ctx.source.uidValidity, ctx.source.uid);
    // The engine records the throw as a Rejected 'unparseable': the mail is kept, the user sees it.
    if (quarantined.has(key)) throw new CaptureWorkerDiedError();
    const leave = await gate.enter(suspects.has(key));
    post({ type: 'understanding', key });
    try {
      return await understandInner(raw, ctx);
    } finally {
      post({ type: 'understood', key });
      leave();
    }
  };

  const recaptureQueue: RecaptureQueue = {
    uids: (sourceId, uidValidity) => [...(recapture.get(sourceId)?.get(uidValidity) ?? [])],
    done(sourceId, uids) {
      for (const set of recapture.get(sourceId)?.values() ?? []) for (const uid of uids) set.delete(uid);
      post({ type: 'recaptured', sourceId, uids: [...uids] });
    },
  };

  async function download(message: Extract<ToWorker, { type: 'download' }>): Promise<void> {
    try {
      if (engine === undefined) throw new Error('the capture engine is not started');
      const content = await engine.downloadAttachment(message.sourceId, message.uidValidity, message.uid, message.part);
      post({ type: 'downloaded', id: message.id, content: new Uint8Array(content) });
    } catch (err) {
      const e = err instanceof Error ? err : new Error(String(err));
      const code = (e as { code?: unknown }).code;
      post({ type: 'download-failed', id: message.id, name: e.name, message: e.message, ...(typeof code === 'string' ? { code } : {}) });
    }
  }

  async function stop(): Promise<void> {
    await engine?.stop();
    sendStats();
    clearInterval(heartbeat);
    clearInterval(statsTimer);
    post({ type: 'stopped' });
  }

  function handle(message: ToWorker): void {
    switch (message.type) {
      case 'init': {
        if (engine !== undefined) throw new Error('capture worker: started twice');
        base = message.base;
        recapture = addRecaptureItems(new Map(), message.recapture);
        suspects = new Set(message.suspects);
        quarantined = new Set(message.quarantined);
        const { retry, ...tuning } = message.tuning;
        const resolver = RESOLVERS[message.dns];
        engine = createCaptureEngine({
          sources: message.sources,
          checkpoints: new Map(message.checkpoints),
          sink: {
            commit: (batch) => {
              // serialized once, here; its buffer moves to main rather than being copied
              const sealed = sealBatch(batch);
              const { id, answer } = commits.open();
              port.postMessage({ type: 'commit', id, batch: sealed } satisfies FromWorker, [sealed.body.buffer]);
              return answer;
            },
          },
          understandContext: () => ({ ...(base as UnderstandBaseData), resolver }),
          onProgress: (progress) => post({ type: 'progress', progress }),
          // The engine's clock in main is the system clock too (adapters.clock in the app).
          clock: systemClock,
          understand,
          recapture: recaptureQueue,
          ...tuning,
          ...(retry === undefined ? {} : { retry }),
        });
        engine.start();
        if (message.reportStats) statsTimer = setInterval(() => sendStats(), STATS_MS);
        post({ type: 'ready' });
        return;
      }
      case 'committed':
        commits.resolve(message.id, message.checkpoint);
        return;
      case 'commit-failed':
        commits.reject(message.id, Object.assign(new Error(message.message), { name: 'BatchNotCommittedError' }));
        return;
      case 'context':
        base = message.base;
        return;
      case 'sync-now':
        recapture = addRecaptureItems(new Map(), message.recapture);
        engine?.syncNow(message.sourceId);
        return;
      case 'download':
        void download(message);
        return;
      case 'stop':
        void stop();
        return;
    }
  }

  port.on('message', (raw: unknown) => {
    const parsed = ToWorkerSchema.safeParse(raw);
    // Main sends only these; anything else is a bug there, and guessing would hide it: the
    // worker dies, and main starts a new one from the store's checkpoints.
    if (!parsed.success) throw new Error(`capture worker: invalid message from main (${issueLabel(parsed.error)})`);
    handle(parsed.data);
  });
}
