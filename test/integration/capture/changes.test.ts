/**
 * What changes besides new mail: expunges, live and while the app was closed, with QRESYNC
 * (VANISHED) and without it (UID-list comparison); and the recent-range first sync of a synced
 * folder (R7.2).
 */
import { describe, expect, it } from 'vitest';
import { captureSuite, type CaptureStack, deliverAll, ownerMail, startEngine, withImap } from './fixtures';

const { running, dropBoxFor } = captureSuite();

async function expunge(c: CaptureStack, uids: string): Promise<void> {
  await withImap(c.stack, c.dropbox, async (client) => {
    await client.mailboxOpen('INBOX');
    await client.messageDelete(uids, { uid: true });
  });
}

describe.each([
  { mode: 'QRESYNC (VANISHED)', qresync: true },
  { mode: 'UID-list comparison', qresync: false },
])('capture engine: expunges via $mode', ({ qresync }) => {
  it('reports expunges made while running and while the app was closed', async () => {
    const c = await dropBoxFor(qresync ? 'vanished' : 'uidlist');
    await deliverAll(c, Array.from({ length: 10 }, (_, i) => ownerMail(c, `x-${i}`)), 1);
    const first = startEngine(c, running, { qresync, pollIntervalMs: 500 });
    const { store, source } = first;
    await store.waitFor(() => store.capturedCount(source.id) === 10, 10_000, 'the mirror');
    await first.progress.waitFor((p) => p.state === 'idle', 5_000, 'idle');

    // While running: the IDLE connection hears of it.
    await expunge(c, '3,5');
    await store.waitFor(() => store.capturedCount(source.id) === 8, 10_000, 'the live expunges');
    expect(store.messages.has('x-2@blindcopy.test')).toBe(false);
    expect(store.messages.has('x-4@blindcopy.test')).toBe(false);

    // While closed: the next start learns it from the server (VANISHED (EARLIER)), or by
    // comparing the server's UIDs with those the store holds.
    await first.engine.stop();
    await expunge(c, '7');
    const knownUids = (sourceId: string, uidValidity: number): Promise<number[]> => Promise.resolve(store.uidsOf(sourceId, uidValidity));
    const second = startEngine(c, running, { store, qresync, ...(qresync ? {} : { knownUids }) });
    await store.waitFor(() => store.capturedCount(source.id) === 7, 10_000, 'the expunge made while closed');
    expect(store.messages.has('x-6@blindcopy.test')).toBe(false);
    await second.progress.waitFor((p) => p.state === 'idle', 5_000, 'idle');
    expect(store.redelivered).toBe(0);
    // Every UID was reported at most a few times, never one the server still has.
    const reported = store.batchLog.flatMap((b) => b.expunged);
    expect(new Set(reported)).toEqual(new Set([3, 5, 7]));
  });
});

describe('capture engine: synced folder', () => {
  it('fetches only the recent range on the first sync (R7.2), and never goes back for older mail', async () => {
    const c = await dropBoxFor('sync');
    const now = Date.now();
    const day = 24 * 60 * 60 * 1000;
    await withImap(c.stack, c.dropbox, async (client) => {
      // Old and recent interleaved in UID order, as mail moved into a folder can be.
      const dates = [400, 2, 90, 1, 45, 0].map((daysAgo) => new Date(now - daysAgo * day));
      for (const [i, date] of dates.entries()) await client.append('INBOX', ownerMail(c, `sync-${i}`), [], date);
    });
    const first = startEngine(c, running, { source: { kind: 'sync', since: now - 30 * day } });
    const { store, source } = first;
    await first.progress.waitFor((p) => p.state === 'idle', 10_000, 'idle');
    expect([...store.messages.keys()].sort()).toEqual(['sync-1@blindcopy.test', 'sync-3@blindcopy.test', 'sync-5@blindcopy.test']);
    expect(store.checkpoints.get(source.id)?.lastUid).toBe(6);
    expect(store.messages.get('sync-1@blindcopy.test')).toMatchObject({ sourceKind: 'sync', direction: 'outgoing' });

    // Restarted from its checkpoint: `since` no longer applies, and nothing old comes back.
    await first.engine.stop();
    await deliverAll(c, [ownerMail(c, 'sync-new')]);
    const second = startEngine(c, running, { store, source: { kind: 'sync', since: now - 30 * day } });
    await store.waitFor(() => store.messages.has('sync-new@blindcopy.test'), 10_000, 'the new message');
    await second.progress.waitFor((p) => p.state === 'idle', 5_000, 'idle');
    expect(store.messages.size).toBe(4);
  });
});
