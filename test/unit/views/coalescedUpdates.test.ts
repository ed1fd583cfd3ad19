/** The inbox's live results reach React at once, or about once a second while capture catches up. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coalesceUpdates } from '../../../renderer/src/views/inbox/coalescedUpdates';

function recorder(busy: () => boolean) {
  const applied: Array<Record<string, number>> = [];
  const updates = coalesceUpdates<string, number>((m) => applied.push(Object.fromEntries(m)), { gapMs: 1000, busy });
  return { applied, updates };
}

describe('coalesced live updates', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('hands every answer over at once while capture is quiet', () => {
    const { applied, updates } = recorder(() => false);
    updates.push('page0', 1);
    updates.push('page0', 2);
    updates.push('page1', 3);
    expect(applied).toEqual([{ page0: 1 }, { page0: 2 }, { page1: 3 }]);
  });

  it('while catching up: the first answer of a page at once, later ones at most once per gap, the latest winning', async () => {
    const { applied, updates } = recorder(() => true);
    updates.push('page0', 1);
    expect(applied).toEqual([{ page0: 1 }]);
    await vi.advanceTimersByTimeAsync(300);
    updates.push('page0', 2);
    await vi.advanceTimersByTimeAsync(300);
    updates.push('page0', 3);
    updates.push('page1', 10); // a page just scrolled to: not kept waiting, and takes what waits along
    expect(applied).toEqual([{ page0: 1 }, { page0: 3, page1: 10 }]);
    updates.push('page0', 4);
    updates.push('page1', 11);
    await vi.advanceTimersByTimeAsync(999);
    expect(applied).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(applied).toEqual([{ page0: 1 }, { page0: 3, page1: 10 }, { page0: 4, page1: 11 }]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(applied).toHaveLength(3);
  });

  it('hands over at once when the catch-up ended since the last answer', async () => {
    let busy = true;
    const { applied, updates } = recorder(() => busy);
    updates.push('page0', 1);
    updates.push('page0', 2);
    busy = false;
    updates.push('page0', 3);
    expect(applied).toEqual([{ page0: 1 }, { page0: 3 }]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(applied).toHaveLength(2);
  });

  it('reset drops what waits (a new filter starts over); dispose stops the timer', async () => {
    const { applied, updates } = recorder(() => true);
    updates.push('page0', 1);
    updates.push('page0', 2);
    updates.reset();
    await vi.advanceTimersByTimeAsync(2000);
    expect(applied).toEqual([{ page0: 1 }]);
    updates.push('page0', 5); // answered nothing since the reset: at once
    updates.push('page0', 6);
    updates.dispose();
    await vi.advanceTimersByTimeAsync(2000);
    expect(applied).toEqual([{ page0: 1 }, { page0: 5 }]);
  });
});
