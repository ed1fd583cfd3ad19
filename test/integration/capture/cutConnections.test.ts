/**
 * R3.1 R3.6 through a network that keeps failing: the engine, in its worker thread as the app
 * runs it, mirrors a 2,000-message drop box through a proxy that cuts every connection at 100
 * points drawn from a seed (inside a TLS handshake, a login, a FETCH response, an IDLE), and every
 * message ends up in the store exactly once, counted by Message-ID over every batch the store
 * received. A truncated response is never mistaken for a broken message (nothing is rejected).
 * Replay a failure with CAPTURE_CUT_SEED=<seed from the test name>.
 */
import { describe, expect, it } from 'vitest';
import { createWorkerCaptureEngine, type WorkerDeathReason } from '../../../main/capture/worker/engineProxy';
import { captureSuite, ownerMail, ProgressLog, seededRandom, serverLogin, understandBase } from './fixtures';
import { createWorkerStats } from '../../support/workerStats';
import { RecordingStore } from './recordingStore';
import type { CaptureBatch } from '../../../shared/domain/capture';
import { startCuttingProxy } from '../../support/cuttingProxy';
import { openedSink } from '../../support/captureBatchEvent';

const MESSAGES = 2_000;
const CUTS = 100;
const CHUNK = 25;
const SOURCE = 'dropbox';
const SEED = Number(process.env.CAPTURE_CUT_SEED ?? 20_261_207);
/** a cut lands within this many bytes of being armed: inside a handshake, a response, a literal */
const MAX_BYTES_TO_CUT = 16_000;

/**
 * Where the cuts go: the i-th is armed once the store holds `atMessage` messages (spread evenly
 * over the first 90% of the mirror, so even the last one lands before the mirror ends) and lands
 * `afterBytes` later. Points close together cut a session again while it reconnects.
 */
function cutPoints(seed: number): Array<{ atMessage: number; afterBytes: number }> {
  const random = seededRandom(seed);
  return Array.from({ length: CUTS }, () => ({ atMessage: Math.floor(random() * MESSAGES * 0.9), afterBytes: Math.floor(random() * MAX_BYTES_TO_CUT) })).sort(
    (a, b) => a.atMessage - b.atMessage,
  );
}

const { running, dropBoxFor } = captureSuite();

describe('capture engine: connections cut under it', () => {
  it(`R3.1 R3.6 mirrors ${MESSAGES} messages through ${CUTS} cut connections, each message exactly once (seed ${SEED})`, async () => {
    const c = await dropBoxFor('cuts');
    const expected = Array.from({ length: MESSAGES }, (_, i) => `cut-${i}`);
    await c.stack.loadMaildir(c.dropbox, expected.map((id) => ownerMail(c, id, { bodyBytes: 40 + ((id.length * 97) % 200) })));

    const proxy = await startCuttingProxy({ host: c.stack.host, port: c.stack.ports.imaps });
    const store = new RecordingStore();
    /** every captured Message-ID the store was handed in a batch it committed, with how often */
    const received = new Map<string, number>();
    const tally = (batch: CaptureBatch): void => {
      for (const message of batch.captured) received.set(message.messageId, (received.get(message.messageId) ?? 0) + 1);
    };
    const points = cutPoints(SEED);
    let armed = 0;
    const arm = (): void => {
      const next = points[armed];
      if (proxy.armed || next === undefined || received.size < next.atMessage) return;
      armed += 1;
      proxy.cutAfter(next.afterBytes);
    };
    const capturedAtCut: number[] = [];
    proxy.onCut(() => {
      capturedAtCut.push(received.size);
      arm();
    });
    store.afterCommit = (batch) => {
      tally(batch);
      arm();
    };
    arm();

    const started = performance.now();
    const progress = new ProgressLog();
    const stats = createWorkerStats([SOURCE]);
    const deaths: WorkerDeathReason[] = [];
    // The engine in its worker thread, as the app runs it (main/capture/worker); main's side of it
    // hands batches to the store as the runtime's sink does.
    const engine = createWorkerCaptureEngine({
      sources: [{ id: SOURCE, kind: 'dropbox', server: { ...serverLogin(c.stack, c.dropbox), port: proxy.port }, mailbox: 'INBOX' }],
      checkpoints: new Map(),
      sink: openedSink(store),
      understandContext: () => understandBase(c),
      // as understandBase's resolver: no network from tests
      dns: 'offline',
      onProgress: progress.record,
      tuning: { chunkSize: CHUNK, retry: { baseMs: 10, maxMs: 100 } },
      onWorkerDeath: (reason) => deaths.push(reason),
      statsProbe: stats,
    });
    running.add(engine);
    engine.start();
    try {
      await store.waitFor(() => store.capturedCount(SOURCE) === MESSAGES && proxy.cuts.length === CUTS, 60_000, `the mirror through ${CUTS} cuts`);
    } catch (err) {
      console.error('cuts', proxy.cuts.length, 'captured', store.capturedCount(SOURCE), 'bytes', proxy.bytes, 'progress', progress.events.slice(-5), 'stats', stats.read());
      throw err;
    } finally {
      await engine.stop();
      running.delete(engine);
      await proxy.close();
    }
    const seconds = (performance.now() - started) / 1000;

    const expectedIds = new Set(expected.map((id) => `${id}@blindcopy.test`));
    const found = [...expectedIds].filter((id) => received.has(id)).length;
    const duplicated = [...received.values()].filter((n) => n > 1).length;
    const unexpected = [...received.keys()].filter((id) => !expectedIds.has(id)).length;
    console.info(
      `resilience, cut connections: ${proxy.cuts.length} cuts (seed ${SEED}), ${proxy.connections} connections, ${stats.read()[SOURCE]?.reconnects} reconnects, cuts at ${capturedAtCut[0]}–${capturedAtCut.at(-1)} messages in; messages expected ${MESSAGES}, found ${found}, duplicated ${duplicated}, unexpected ${unexpected}; ${seconds.toFixed(1)} s`,
    );

    // Every scheduled cut landed while the mirror was still under way, and each one cut a live connection.
    expect(proxy.cuts).toHaveLength(CUTS);
    expect(capturedAtCut.at(-1)).toBeLessThan(MESSAGES);
    expect(proxy.cuts.every((cut) => cut.connections > 0)).toBe(true);
    // Every message once: by Message-ID in what the store received, not only in total.
    expect(found).toBe(MESSAGES);
    expect(duplicated).toBe(0);
    expect(unexpected).toBe(0);
    expect(deaths).toEqual([]);
    expect(store.redelivered).toBe(0);
    expect(store.regressions).toBe(0);
    expect(store.sameMessageAgain).toBe(0);
    expect(store.rejectedOf(SOURCE)).toEqual([]);
  }, 90_000);
});
