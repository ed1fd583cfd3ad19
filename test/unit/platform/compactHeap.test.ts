/**
 * platform/compactHeap.ts: main gives back the young generation start-up grew (issue 21, main's
 * memory during a cold mirror), without gc() showing up on its own global.
 */
import { getHeapSpaceStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { compactHeap } from '../../../main/platform/compactHeap';

const newSpaceBytes = (): number => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? Number.NaN;

describe('compacting main heap', () => {
  it('shrinks a grown young generation back to its smallest, and leaves no gc on the global', () => {
    // grow it: objects that survive scavenges make V8 enlarge the young generation
    let kept: object[] = [];
    for (let i = 0; i < 600_000; i += 1) {
      kept.push({ i, text: `item ${i}` });
      if (kept.length > 200_000) kept = [];
    }
    kept = [];
    const grown = newSpaceBytes();
    compactHeap();
    expect(newSpaceBytes()).toBeLessThan(grown);
    expect(newSpaceBytes()).toBeLessThanOrEqual(2 * 1024 * 1024);
    expect('gc' in globalThis).toBe(false);
    compactHeap(); // again: the exposed gc is kept, not looked up twice
  });
});
