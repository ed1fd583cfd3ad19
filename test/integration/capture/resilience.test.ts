/**
 * Failures and what the engine does about them: a server that is down (retry with back-off,
 * 'offline' with retryAt, resume by itself), a wrong password (stop in 'error', no retry storm),
 * a store that fails a commit (retry, lose nothing).
 */
import { describe, expect, it } from 'vitest';
import { captureSuite, deliverAll, mailboxMessageIds, ownerMail, serverLogin, startEngine } from './fixtures';
import { RecordingStore } from './recordingStore';

const { running, dropBoxFor } = captureSuite();

/** Lets time pass where the point is that nothing happens in it (no event to wait for). */
const quietPeriod = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('capture engine: resilience', () => {
  it('goes offline with a retryAt while the server is down, and resumes by itself when it is back', async () => {
    const c = await dropBoxFor('offline');
    await deliverAll(c, [ownerMail(c, 'before-outage')]);
    const { engine, store, source, progress } = startEngine(c, running, { retry: { baseMs: 400, maxMs: 1_500 } });
    await store.waitFor(() => store.messages.has('before-outage@blindcopy.test'), 10_000, 'the first message');
    await progress.waitFor((p) => p.state === 'idle', 5_000, 'idle');

    await c.stack.stopImap();
    try {
      const offline = await progress.waitFor((p) => p.state === 'offline', 10_000, 'offline');
      expect(offline.reason).toBe('unreachable');
      expect(offline.retryAt).toBeGreaterThan(Date.now() - 1_000);
      // Several failed attempts, spaced by the back-off rather than in a tight loop.
      await progress.waitFor((p) => p.state === 'offline' && progress.events.filter((e) => e.state === 'offline').length >= 3, 10_000, 'three retries');
      const retries = progress.events.filter((e) => e.state === 'offline');
      const gaps = retries.slice(1).map((e, i) => (e.retryAt ?? 0) - (retries[i]?.retryAt ?? 0));
      expect(gaps.every((gap) => gap >= 200)).toBe(true);
    } finally {
      await c.stack.startImap();
    }
    // Mail that came in while the engine was away is picked up when it reconnects by itself.
    await deliverAll(c, [ownerMail(c, 'after-outage')]);
    await store.waitFor(() => store.messages.has('after-outage@blindcopy.test'), 10_000, 'the message delivered after the outage');
    expect([...store.messageIdsOf(source.id)].sort()).toEqual([...(await mailboxMessageIds(c.stack, c.dropbox))].sort());
    expect(engine.stats()[source.id]?.reconnects).toBeGreaterThanOrEqual(3);
    expect(store.redelivered).toBe(0);
  });

  it('stops in error with auth-failed on a wrong password, without retrying, until syncNow', async () => {
    const c = await dropBoxFor('auth');
    const { engine, source, progress } = startEngine(c, running, {
      source: { server: serverLogin(c.stack, c.dropbox, 'not-the-password') },
      retry: { baseMs: 10, maxMs: 50 }, // a retry storm would show at once with delays this short
    });
    const failed = await progress.waitFor((p) => p.state === 'error', 10_000, 'the auth error');
    expect(failed).toMatchObject({ state: 'error', reason: 'auth-failed' });
    expect(failed.retryAt).toBeUndefined();
    await quietPeriod(500);
    expect(engine.stats()[source.id]?.connectAttempts).toBe(1);
    expect(progress.events.filter((e) => e.state === 'connecting')).toHaveLength(1);

    // The user asks again (say, after fixing nothing): exactly one more attempt.
    engine.syncNow(source.id);
    await progress.waitFor((p) => p.state === 'error', 10_000, 'the second auth error', false);
    await quietPeriod(300);
    expect(engine.stats()[source.id]?.connectAttempts).toBe(2);
  });

  it('retries a batch the store failed to commit, losing and doubling nothing', async () => {
    const c = await dropBoxFor('sink');
    await deliverAll(c, Array.from({ length: 12 }, (_, i) => ownerMail(c, `sink-${i}`)));
    const store = new RecordingStore();
    store.failNext = 2;
    const { engine, source, progress } = startEngine(c, running, { store, chunkSize: 5 });
    const failed = await progress.waitFor((p) => p.state === 'error', 10_000, 'the store error');
    expect(failed).toMatchObject({ reason: 'store-failed' });
    expect(failed.retryAt).toBeDefined();
    await store.waitFor(() => store.capturedCount(source.id) === 12, 10_000, 'the mirror after the store recovered');
    expect(store.redelivered).toBe(0);
    expect(store.sameMessageAgain).toBe(0);
    expect(engine.stats()[source.id]?.reconnects).toBe(2);
  });

  it('stops promptly even when the store never answers a commit', async () => {
    const c = await dropBoxFor('hang');
    await deliverAll(c, [ownerMail(c, 'hang-0')]);
    const store = new RecordingStore();
    store.hang = true;
    const { engine } = startEngine(c, running, { store });
    await store.waitFor(() => store.commitsStarted === 1, 10_000, 'the first commit');
    const started = performance.now();
    await engine.stop();
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});
