/**
 * The capture engine in a worker thread (started by engineProxy.ts in main). Why a thread:
 * fetching and understanding a cold mirror churns through V8's young generation, which in
 * Electron's main grows to 128 MB and cannot be bounded after start; a worker's heap takes
 * `resourceLimits`, so the churn is collected small and often here, off main's heap and loop.
 *
 * Everything the engine calls out for is asked of main by message: the store's commit (a
 * batch out, its checkpoint back), DNS (main holds the resolver), recapture's queue (a copy
 * kept here, updated by main, emptied here as messages are delivered). Main also learns which
 * messages are being understood, to blame the right one if this thread dies (blame.ts).
 */
import type { MessagePort } from 'node:worker_threads';
import type { Checkpoint } from '../../../shared/domain/capture';
import { systemClock } from '../../platform/ports';
import { type DnsResolver, understandMessage } from '../understand';
import { type CaptureEngine, createCaptureEngine, type UnderstandFn } from '../sync';
import type { RecaptureQueue } from '../sync/types';
import { createExclusiveGate } from './exclusiveGate';
import { type FromWorker, issueLabel, messageKey, type ToWorker, ToWorkerSchema, type UnderstandBaseData } from './protocol';
import { addRecaptureItems, type RecaptureUids } from './recaptureUids';

/** How often the worker says it is alive; main's hang watch waits several of these. */
export const HEARTBEAT_MS = 1000;
/** How often changed stats are sent to main (stats() there is synchronous, read from these). */
const STATS_MS = 250;

/** Why a message in quarantine is not understood: a worker died with it alone, twice. */
export class CaptureWorkerDiedError extends Error {
  override name = 'CaptureWorkerDied';
}

export interface EngineWorkerOverrides {
  /** replaces understandMessage (benchmarks' fetch-only stage, tests) */
  understand?: UnderstandFn;
}

interface Pending<T> {
  resolve(value: T): void;
  reject(err: Error): void;
}

export function runEngineWorker(port: MessagePort, overrides: EngineWorkerOverrides = {}): void {
  const post = (message: FromWorker): void => port.postMessage(message);
  const commits = new Map<number, Pending<Checkpoint>>();
  const queries = new Map<number, Pending<string[][] | string[]>>();
  let nextId = 0;
  let engine: CaptureEngine | undefined;
  let base: UnderstandBaseData | undefined;
  /** the recapture queue (R3.8), as main last sent it */
  let recapture: RecaptureUids = new Map();
  let suspects = new Set<string>();
  let quarantined = new Set<string>();
  const gate = createExclusiveGate();
  const heartbeat = setInterval(() => post({ type: 'heartbeat' }), HEARTBEAT_MS);
  let lastStats = '';
  const statsTimer = setInterval(() => sendStats(), STATS_MS);

  function sendStats(): void {
    if (engine === undefined) return;
    const stats = engine.stats();
    const text = JSON.stringify(stats);
    if (text === lastStats) return;
    lastStats = text;
    post({ type: 'stats', stats });
  }

  const resolver: DnsResolver = (name, rrtype) =>
    new Promise((resolve, reject) => {
      const query = nextId++;
      queries.set(query, { resolve, reject });
      post({ type: 'dns', query, name, rrtype });
    });

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
        engine = createCaptureEngine({
          sources: message.sources,
          checkpoints: new Map(message.checkpoints),
          sink: {
            commit: (batch) =>
              new Promise<Checkpoint>((resolve, reject) => {
                const id = nextId++;
                commits.set(id, { resolve, reject });
                post({ type: 'commit', id, batch });
              }),
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
        post({ type: 'ready' });
        return;
      }
      case 'committed':
      case 'commit-failed': {
        const pending = commits.get(message.id);
        commits.delete(message.id);
        if (message.type === 'committed') pending?.resolve(message.checkpoint);
        else pending?.reject(Object.assign(new Error(message.message), { name: 'BatchNotCommittedError' }));
        return;
      }
      case 'dns-answer': {
        const pending = queries.get(message.query);
        queries.delete(message.query);
        if (message.error !== undefined) pending?.reject(Object.assign(new Error(message.error.name), message.error));
        // node:dns's shapes, as main's resolver gave them (MX answers are objects)
        else pending?.resolve((message.records ?? []) as string[][] | string[]);
        return;
      }
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
