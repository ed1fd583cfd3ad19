/**
 * DESIGN 5: views read through liveQuery / useLiveQuery. Dexie runs a live query only where a
 * global indexedDB exists (as in the renderer), so this file installs fake-indexeddb's globals.
 */
import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { batch, harness, mail } from './builders';

describe('live queries', () => {
  it('DESIGN 5 a liveQuery over an inbox page follows the database', async () => {
    const { store } = await harness();
    const seen: number[] = [];
    const subscription = liveQuery(() => store.queries.inboxPage()).subscribe((page) => seen.push(page.threads.length));
    await expect.poll(() => seen).toEqual([0]);
    await store.applyBatch(batch([mail(1)]));
    await expect.poll(() => seen.at(-1)).toBe(1);
    await store.applyBatch(batch([mail(2, { subject: 'Other' })]));
    await expect.poll(() => seen.at(-1)).toBe(2);
    subscription.unsubscribe();
  });

  it('DESIGN 5 counts and search are live too', async () => {
    const { store } = await harness();
    const counts: number[] = [];
    const found: number[] = [];
    const a = liveQuery(() => store.queries.inboxCounts()).subscribe((c) => counts.push(c.all));
    const b = liveQuery(() => store.queries.search({ query: 'offer' })).subscribe((r) => found.push(r.length));
    await expect.poll(() => [counts.at(-1), found.at(-1)]).toEqual([0, 0]);
    await store.applyBatch(batch([mail(1)]));
    await expect.poll(() => [counts.at(-1), found.at(-1)]).toEqual([1, 1]);
    a.unsubscribe();
    b.unsubscribe();
  });

  it('DESIGN 5 search stays live over indexed words: a prefix, a whole word, several terms', async () => {
    const { store } = await harness();
    await store.applyBatch(batch([mail(1, { subject: 'Training dates', text: 'the training plan' })]));
    while ((await store.indexPendingWords()) > 0);
    const results: Record<string, number[]> = { trai: [], 'training ': [], 'plan trai': [] };
    const subscriptions = Object.keys(results).map((query) =>
      liveQuery(() => store.queries.search({ query })).subscribe((r) => results[query]?.push(r.length)),
    );
    await expect.poll(() => Object.values(results).map((r) => r.at(-1))).toEqual([1, 1, 1]);
    await store.applyBatch(batch([mail(2, { subject: 'Training again', text: 'plan' })]));
    await expect.poll(() => Object.values(results).map((r) => r.at(-1))).toEqual([2, 2, 2]);
    for (const s of subscriptions) s.unsubscribe();
  });
});
