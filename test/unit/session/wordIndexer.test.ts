/** The word indexer runs only when capture has been quiet, and until nothing waits. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startWordIndexer } from '../../../renderer/src/session/wordIndexer';

/** A queue of `waiting` messages the indexer drains `step` at a time, counting its calls. */
function queue(waiting: number, step = 10) {
  const state = { waiting, calls: 0 };
  return {
    state,
    async indexPendingWords() {
      state.calls += 1;
      const taken = Math.min(step, state.waiting);
      state.waiting -= taken;
      return taken;
    },
  };
}

describe('word indexer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('drains what an earlier run left, once started', async () => {
    const q = queue(35);
    const indexer = startWordIndexer(q, { quietMs: 300 });
    await vi.advanceTimersByTimeAsync(299);
    expect(q.state.calls).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(q.state.waiting).toBe(0);
    expect(q.state.calls).toBe(5); // four steps of work, one that finds nothing
    indexer.dispose();
  });

  it('waits while capture batches keep coming, then runs', async () => {
    const q = queue(0);
    const indexer = startWordIndexer(q, { quietMs: 300 });
    await vi.advanceTimersByTimeAsync(300);
    const idleCalls = q.state.calls;
    q.state.waiting = 20;
    for (let i = 0; i < 5; i++) {
      indexer.kick();
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(q.state.calls).toBe(idleCalls);
    await vi.advanceTimersByTimeAsync(100);
    expect(q.state.waiting).toBe(0);
    indexer.dispose();
  });

  it('waits while a source catches up, however long the pauses between its batches', async () => {
    const q = queue(20);
    let catchingUp = true;
    const indexer = startWordIndexer(q, { quietMs: 300, busy: () => catchingUp });
    indexer.kick();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(q.state.calls).toBe(0);
    catchingUp = false;
    await vi.advanceTimersByTimeAsync(300);
    expect(q.state.waiting).toBe(0);
    indexer.dispose();
  });

  it('stops between steps when a catch-up starts', async () => {
    const q = queue(100);
    let catchingUp = false;
    const indexer = startWordIndexer(
      {
        async indexPendingWords() {
          catchingUp = true; // a new mailbox to mirror shows up while the first step runs
          return q.indexPendingWords();
        },
      },
      { quietMs: 300, busy: () => catchingUp },
    );
    await vi.advanceTimersByTimeAsync(1_000);
    expect(q.state.calls).toBe(1);
    expect(q.state.waiting).toBe(90);
    indexer.dispose();
  });

  it('a failing step leaves the rest waiting for the next kick', async () => {
    let fail = true;
    const q = queue(10);
    const indexer = startWordIndexer(
      {
        indexPendingWords: async () => {
          if (fail) throw new Error('QuotaExceededError');
          return q.indexPendingWords();
        },
      },
      { quietMs: 300 },
    );
    await vi.advanceTimersByTimeAsync(300);
    expect(q.state.waiting).toBe(10);
    fail = false;
    indexer.kick();
    await vi.advanceTimersByTimeAsync(300);
    expect(q.state.waiting).toBe(0);
    indexer.dispose();
  });
});
