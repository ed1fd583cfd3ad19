/**
 * R3.8 against the real Dovecot: a message accepted from the Rejected list while its source is in
 * the middle of a long catch-up comes in between two chunks of that catch-up, not after it.
 */
import { describe, expect, it } from 'vitest';
import { captureSuite, deliverAll, ownerMail, startEngine } from './fixtures';
import { copyKey, RecordingStore } from './recordingStore';

const { running, dropBoxFor } = captureSuite();

describe('R3.8 accepted mail does not wait for a catch-up to end', () => {
  it('R3.8 a message accepted during a catch-up is fetched again between its chunks', async () => {
    const c = await dropBoxFor('recapture');
    const stranger = ['From: Eve <eve@elsewhere.test>', `To: ${c.dropbox.address}`, 'Subject: Hello', 'Message-ID: <eve-1@elsewhere.test>', 'Content-Type: text/plain', '', 'Hi.', ''].join('\r\n');
    await c.stack.deliver(c.dropbox.address, stranger);
    const queue = new Map<number, true>();
    const store = new RecordingStore();
    const t = startEngine(c, running, {
      store,
      chunkSize: 5,
      recapture: { uids: () => [...queue.keys()], done: (_s, uids) => uids.forEach((u) => queue.delete(u)) },
    });
    await t.progress.waitFor((p) => p.state === 'idle', 30_000, 'the first mirror');
    const first = store.checkpoints.get('dropbox');
    expect(first?.lastUid).toBe(1);
    expect(store.copies.get(copyKey('dropbox', first?.uidValidity ?? 0, 1))?.kind).toBe('rejected');

    // a long catch-up: 40 messages in chunks of 5, each commit taking its time
    store.delayMs = 150;
    await deliverAll(c, Array.from({ length: 40 }, (_, i) => ownerMail(c, `long-${i}`)));
    await store.waitFor(() => store.batchLog.some((b) => b.captured > 0), 30_000, 'the catch-up under way');
    queue.set(1, true);
    t.engine.syncNow('dropbox');

    await store.waitFor(() => store.copies.get(copyKey('dropbox', first?.uidValidity ?? 0, 1))?.kind === 'captured', 30_000, 'the accepted message');
    // it came in while the catch-up still had chunks to go
    expect(store.checkpoints.get('dropbox')?.lastUid).toBeLessThan(41);
    await store.waitFor(() => store.checkpoints.get('dropbox')?.lastUid === 41, 30_000, 'the catch-up to end');
    expect(store.messages.size).toBe(41);
    // the accepted message is delivered again on purpose, and nothing else is
    expect(store.redelivered).toBe(1);
    expect(store.regressions).toBe(0);
    expect(queue.size).toBe(0);
  });
});
