/** R3.8 refused mail is kept by UID and can be accepted later; confirming an address releases its mail. */
import { describe, expect, it } from 'vitest';
import { DAY, batch, dump, harness, mail, refused } from './builders';

describe('R3.8 the Rejected list', () => {
  it('R3.8 a refusal delivered again is the same row, with its first date', async () => {
    const { db, store, clock } = await harness();
    await store.applyBatch(batch([], { rejected: [refused(1)] }));
    const before = await dump(db);
    clock.advance(DAY);
    await store.applyBatch(batch([], { rejected: [refused(1)] }));
    expect(await dump(db)).toEqual(before);
  });

  it('R3.8 accepting marks the message for re-capture; when it comes back it is stored whatever its owner', async () => {
    const { db, store } = await harness();
    await store.applyBatch(batch([], { rejected: [refused(1, { messageId: 'eve@elsewhere.test' })] }));
    const [row] = await store.queries.rejected();
    const accepted = await store.acceptRejected(row!.id);
    expect(accepted).toMatchObject({ status: 'accepted', acceptedBy: 'u-sam' });
    expect((await store.queries.acceptedForRecapture('dropbox')).map((r) => r.uid)).toEqual([1]);

    // the engine fetches UID 1 again and delivers it; the owner is nobody the store knows
    const report = await store.applyBatchWithReport(batch([mail(1, { messageId: 'eve@elsewhere.test', owner: 'eve@elsewhere.test' })]));
    expect(report.outcomes).toEqual(['stored']);
    expect((await db.messages.toArray()).map((m) => m.ownerId)).toEqual(['u-sam']);
    expect(await store.queries.rejected()).toEqual([]);
    expect(await store.queries.acceptedForRecapture()).toEqual([]);
  });

  it('R3.8 / R6.2 confirming an alternate address releases everything held for it', async () => {
    const { db, store } = await harness();
    await store.applyBatch(
      batch([mail(3, { owner: 'sam@home.test' })], {
        rejected: [refused(1, { reason: 'owner-pending', detail: 'sam@home.test' }), refused(2, { reason: 'owner-pending', detail: 'other@home.test' })],
      }),
    );
    expect((await db.rejected.toArray()).map((r) => [r.uid, r.heldFor])).toEqual([
      [1, 'sam@home.test'],
      [2, 'other@home.test'],
      [3, 'sam@home.test'], // held by the store's own owner check
    ]);

    const { ownAddresses, released } = await store.confirmAlternateAddress('SAM@home.test');
    expect(released).toBe(2);
    expect(ownAddresses).toEqual({ primary: 'sam@acme.com', verified: ['sam@acme.org', 'sam@home.test'], pending: [] });
    expect((await store.queries.acceptedForRecapture()).map((r) => r.uid)).toEqual([1, 3]);

    // re-captured: stored, and mail from the address is accepted from now on
    await store.applyBatch(batch([mail(1, { owner: 'sam@home.test' }), mail(3, { owner: 'sam@home.test' }), mail(4, { owner: 'sam@home.test' })]));
    expect(await db.messages.count()).toBe(3);
    expect((await db.rejected.toArray()).map((r) => r.uid)).toEqual([2]);
  });

  it('R3.8 confirming an address releases mail rejected as an unknown sender before it was added, old rows too', async () => {
    const { db, store } = await harness();
    await store.applyBatch(
      batch([], {
        rejected: [
          refused(1, { reason: 'unknown-owner', detail: 'Sam@Home.test' }),
          refused(2, { reason: 'unknown-owner', detail: 'eve@elsewhere.test' }),
          refused(5, { reason: 'auth-failed', detail: 'dkim=fail spf=fail (home.test)' }),
        ],
      }),
    );
    const byUid = async () => (await db.rejected.toArray()).sort((a, b) => a.uid - b.uid);
    expect((await byUid()).map((r) => [r.uid, r.heldFor])).toEqual([
      [1, 'sam@home.test'],
      [2, 'eve@elsewhere.test'],
      [5, undefined],
    ]);
    // a row kept before unknown senders had heldFor: found by its sender
    await db.rejected.put({ ...(await byUid())[0]!, id: 'old-row', uid: 4, heldFor: undefined, detail: 'sam@home.test' });

    const { released } = await store.confirmAlternateAddress('sam@home.test');
    expect(released).toBe(2);
    expect((await store.queries.acceptedForRecapture()).map((r) => r.uid).sort()).toEqual([1, 4]);
    expect((await db.rejected.where('status').equals('held').toArray()).map((r) => r.uid).sort()).toEqual([2, 5]);
  });

  it('a refusal of a copy already captured is not listed', async () => {
    const { db, store } = await harness();
    await store.applyBatch(batch([mail(1)]));
    await store.applyBatch(batch([], { rejected: [refused(1)] }));
    expect(await db.rejected.count()).toBe(0);
  });

  it('accepting an unknown row is refused', async () => {
    const { store } = await harness();
    await expect(store.acceptRejected('nope')).rejects.toMatchObject({ code: 'not-found' });
  });
});
