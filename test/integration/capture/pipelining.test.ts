/**
 * DESIGN "How data flows" 2–4, pipelined: the engine fetches and understands the next chunk
 * while the store commits the previous batch, with at most one batch in flight, batches in UID
 * order, each built only after the previous answer; a failed commit drops what was fetched
 * ahead and the engine resumes from the last acknowledged checkpoint, losing and doubling
 * nothing. Batches are bounded by bytes as well as by count.
 */
import { describe, expect, it } from 'vitest';
import type { CaptureBatch, Checkpoint } from '../../../shared/domain/capture';
import type { BatchSink, UnderstandFn } from '../../../main/capture/sync';
import { understandMessage } from '../../../main/capture/understand';
import { captureSuite, deliverAll, mailboxMessageIds, ownerMail, startEngine } from './fixtures';
import { RecordingStore } from './recordingStore';

const { running, dropBoxFor } = captureSuite();

/**
 * The store behind a sink that watches the hand-over: how many commits are in flight at once,
 * when each one was in flight, and the checkpoint each batch carried, in the order they came.
 */
class WatchedSink implements BatchSink {
  inFlight = 0;
  maxInFlight = 0;
  readonly windows: Array<{ from: number; to: number }> = [];
  readonly sentLastUids: number[] = [];
  readonly store: RecordingStore;

  constructor(store: RecordingStore) {
    this.store = store;
  }

  async commit(batch: CaptureBatch): Promise<Checkpoint> {
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    this.sentLastUids.push(batch.checkpoint.lastUid);
    const from = performance.now();
    try {
      return await this.store.commit(batch);
    } finally {
      this.windows.push({ from, to: performance.now() });
      this.inFlight -= 1;
    }
  }
}

/** understandMessage, noting when each message was understood and how often each UID was. */
function watchedUnderstand(): { understand: UnderstandFn; times: number[]; perUid: Map<number, number> } {
  const times: number[] = [];
  const perUid = new Map<number, number>();
  const understand: UnderstandFn = async (raw, ctx) => {
    times.push(performance.now());
    perUid.set(ctx.source.uid, (perUid.get(ctx.source.uid) ?? 0) + 1);
    return understandMessage(raw, ctx);
  };
  return { understand, times, perUid };
}

const increasing = (values: readonly number[]): boolean => values.every((v, i) => i === 0 || v > (values[i - 1] ?? 0));

describe('capture engine: pipelined commits', () => {
  it('understands the next chunk while the store commits, one batch in flight, in UID order', async () => {
    const c = await dropBoxFor('pipe');
    const count = 30;
    await deliverAll(c, Array.from({ length: count }, (_, i) => ownerMail(c, `pipe-${i}`)));
    const store = new RecordingStore();
    store.delayMs = 250; // a slow store: the engine has time to work ahead
    const sink = new WatchedSink(store);
    const watched = watchedUnderstand();
    const { progress, source } = startEngine(c, running, { store, sink, chunkSize: 5, understand: watched.understand });
    await store.waitFor(() => store.capturedCount(source.id) === count, 20_000, 'the mirror');

    expect(sink.maxInFlight).toBe(1);
    expect(increasing(sink.sentLastUids)).toBe(true);
    expect(store.batchLog.filter((b) => b.captured > 0)).toHaveLength(count / 5);
    // Messages were understood while a commit was in flight: the work overlapped.
    const overlapped = watched.times.filter((t) => sink.windows.some((w) => t > w.from && t < w.to));
    expect(overlapped.length).toBeGreaterThanOrEqual(5);
    // Nothing twice, nothing missing, progress counted per acknowledged batch.
    expect([...store.messageIdsOf(source.id)].sort()).toEqual([...(await mailboxMessageIds(c.stack, c.dropbox))].sort());
    expect(store.redelivered).toBe(0);
    expect(store.regressions).toBe(0);
    const syncing = progress.events.filter((e) => e.state === 'syncing').map((e) => e.done);
    expect(syncing).toEqual([0, 5, 10, 15, 20, 25, 30]);
  });

  it('drops what was fetched ahead when a commit fails, and resumes from the last acknowledged batch', async () => {
    const c = await dropBoxFor('pipefail');
    const count = 25;
    await deliverAll(c, Array.from({ length: count }, (_, i) => ownerMail(c, `pipefail-${i}`)));
    const store = new RecordingStore();
    store.delayMs = 200;
    // The third commit fails, while the fourth chunk is being fetched and understood.
    store.afterCommit = (_batch, committed) => {
      if (committed === 2) store.failNext = 1;
    };
    const sink = new WatchedSink(store);
    const watched = watchedUnderstand();
    const { engine, progress, source } = startEngine(c, running, { store, sink, chunkSize: 5, understand: watched.understand, retry: { baseMs: 50, maxMs: 200 } });
    const failed = await progress.waitFor((p) => p.state === 'error', 15_000, 'the store error');
    expect(failed.reason).toBe('store-failed');
    await store.waitFor(() => store.capturedCount(source.id) === count, 20_000, 'the mirror after the failure');

    expect(sink.maxInFlight).toBe(1);
    // The batches the store took: in order, without a gap or an overlap, the failed one again.
    const taken = store.batchLog.filter((b) => b.captured > 0).map((b) => b.checkpoint.lastUid);
    expect(increasing(taken)).toBe(true);
    expect(store.batchLog.reduce((n, b) => n + b.captured, 0)).toBe(count);
    expect(store.redelivered).toBe(0);
    expect(store.sameMessageAgain).toBe(0);
    expect(store.regressions).toBe(0);
    expect([...store.messageIdsOf(source.id)].sort()).toEqual([...(await mailboxMessageIds(c.stack, c.dropbox))].sort());
    // The chunk after the failed batch had been understood ahead, then fetched again.
    const third = taken[2] ?? 0;
    expect([...watched.perUid].filter(([uid, n]) => uid > third && n >= 2).length).toBeGreaterThan(0);
    expect(engine.stats()[source.id]?.reconnects).toBe(1);
  });

  it('stops promptly while a commit is in flight and the next chunk is being understood', async () => {
    const c = await dropBoxFor('pipestop');
    await deliverAll(c, Array.from({ length: 20 }, (_, i) => ownerMail(c, `pipestop-${i}`)));
    const store = new RecordingStore();
    store.hang = true;
    const { engine } = startEngine(c, running, { store, chunkSize: 5 });
    await store.waitFor(() => store.commitsStarted === 1, 10_000, 'the first commit');
    const started = performance.now();
    await engine.stop();
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(store.commitsStarted).toBe(1); // never a second batch while the first is unanswered
  });

  it('bounds a batch by bytes as well as by count, losing nothing', async () => {
    const c = await dropBoxFor('pipebytes');
    const count = 12;
    await deliverAll(c, Array.from({ length: count }, (_, i) => ownerMail(c, `pipebytes-${i}`, { bodyBytes: 3_000 })));
    const store = new RecordingStore();
    const { source } = startEngine(c, running, { store, chunkSize: 10, batchBytes: 7_000 });
    await store.waitFor(() => store.capturedCount(source.id) === count, 15_000, 'the mirror');

    const batches = store.batchLog.filter((b) => b.captured > 0);
    // ~3.5 KB per message as stored: never more than two fit in 7,000 bytes.
    expect(batches.every((b) => b.captured <= 2)).toBe(true);
    expect(batches.length).toBeGreaterThanOrEqual(count / 2);
    expect(increasing(batches.map((b) => b.checkpoint.lastUid))).toBe(true);
    expect(store.redelivered).toBe(0);
    expect([...store.messageIdsOf(source.id)].sort()).toEqual([...(await mailboxMessageIds(c.stack, c.dropbox))].sort());
  });
});
