/** R4.13: which earlier conversations a new item is offered. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EARLIER_LIMIT, EARLIER_WINDOW_MS, earlierConversations, type EarlierCandidate } from '../../../shared/rules/earlierConversations';

const NOW = Date.UTC(2026, 11, 1);
const DAY = 86_400_000;
const thread = (id: string, daysAgo: number, extra: Partial<EarlierCandidate> = {}): EarlierCandidate => ({ id, ownerId: 'sam', lastDate: NOW - daysAgo * DAY, ...extra });
const link = { kind: 'deal' as const, itemId: 'd1', reason: { kind: 'manual' as const }, at: NOW };

describe('earlier conversations offered to a new item (R4.13)', () => {
  it.each([
    ['an unlinked recent thread of the viewer is offered', [thread('a', 3)], ['a']],
    ['a linked thread is not', [thread('a', 3, { link })], []],
    ["another user's thread is not (R4.12)", [thread('a', 3, { ownerId: 'kim' })], []],
    ['a thread quiet for longer than the window is not', [thread('a', 91)], []],
    ['newest first, each once', [thread('old', 30), thread('new', 1), thread('old', 30)], ['new', 'old']],
  ])('R4.13 %s', (_name, threads, ids) => {
    expect(earlierConversations(threads, 'sam', NOW).map((t) => t.id)).toEqual(ids);
  });

  it('R4.13 property: at most the limit, all qualifying, sorted newest first', () => {
    const candidate = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'),
      ownerId: fc.constantFrom('sam', 'kim'),
      lastDate: fc.integer({ min: NOW - 2 * EARLIER_WINDOW_MS, max: NOW }),
      link: fc.option(fc.constant(link), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 40 }), (threads) => {
        const offered = earlierConversations(threads, 'sam', NOW);
        expect(offered.length).toBeLessThanOrEqual(EARLIER_LIMIT);
        expect(new Set(offered.map((t) => t.id)).size).toBe(offered.length);
        for (const t of offered) expect(t.link === undefined && t.ownerId === 'sam' && t.lastDate >= NOW - EARLIER_WINDOW_MS).toBe(true);
        for (let i = 1; i < offered.length; i++) expect(offered[i - 1]!.lastDate).toBeGreaterThanOrEqual(offered[i]!.lastDate);
      }),
    );
  });
});
