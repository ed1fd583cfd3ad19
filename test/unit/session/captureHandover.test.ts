/**
 * R8.2 R10.4 a full disk during capture: IndexedDB refuses the commit of a batch with a
 * QuotaExceededError. Nothing of the batch is kept, main hears a nack (not an ack) and fetches
 * it again later, the user is told why by a failure code shown with the capture status; once
 * there is room again the batch is committed exactly once and the message goes away.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { CaptureBatch } from '../../../shared/domain/capture';
import type { FailureCode } from '../../../shared/failures/failureCodes';
import type { BlindcopyApi } from '../../../shared/ipc/contract';
import { handOver, type HandoverDeps } from '../../../renderer/src/session/captureHandover';
import { useSyncStore } from '../../../renderer/src/session/syncState';
import { commitFailureCode } from '../../../renderer/src/store/errors';
import { batch, dump, harness, mail } from '../store/builders';
import { sealBatch } from '../../support/captureBatchEvent';

/** A store whose writes fail with a QuotaExceededError while `disk.full` is set. */
async function storeOnDisk() {
  const h = await harness();
  const disk = { full: false, refused: 0 };
  // middlewares take effect when the database opens
  h.db.close();
  h.db.use({
    stack: 'dbcore',
    name: 'fullDisk',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) => {
            if (!disk.full) return table.mutate(request);
            disk.refused += 1;
            return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
          },
        };
      },
    }),
  });
  await h.db.open();
  return { ...h, disk };
}

/** main as the renderer meets it: it records acks and nacks, and after a nack sends the same mail again in a new batch. */
function fakeMain() {
  const acks: Array<{ batchId: string; lastUid: number }> = [];
  const nacks: Array<{ batchId: string; message: string }> = [];
  let refetches = 0;
  const invoke = (async (name: string, request: unknown) => {
    if (name === 'capture:ack') {
      const { batchId, checkpoint } = request as { batchId: string; checkpoint: { lastUid: number } };
      acks.push({ batchId, lastUid: checkpoint.lastUid });
    } else if (name === 'capture:nack') {
      nacks.push(request as { batchId: string; message: string });
    } else throw new Error(`unexpected call ${name}`);
    return {};
  }) as BlindcopyApi['invoke'];
  /** the batch fetched again from the checkpoint the store holds: same mail, a new batch id */
  const refetch = (failed: CaptureBatch): CaptureBatch => ({ ...failed, batchId: `${failed.batchId}-again-${++refetches}` });
  return { invoke, acks, nacks, refetch };
}

describe('R8.2 R10.4 a full disk while capture commits', () => {
  it.each<[string, unknown, FailureCode]>([
    ['the DOMException IndexedDB raises', new DOMException('quota', 'QuotaExceededError'), 'storage-full'],
    ['Dexie’s own QuotaExceededError', new Dexie.QuotaExceededError('quota'), 'storage-full'],
    ['inside the AbortError of the transaction it ended', new Dexie.AbortError('aborted', new DOMException('quota', 'QuotaExceededError')), 'storage-full'],
    ['as a cause', new Error('commit failed', { cause: new DOMException('quota', 'QuotaExceededError') }), 'storage-full'],
    ['any other failure', new Dexie.AbortError('aborted', new Error('constraint')), 'store-failed'],
    ['not even an Error', 'broken', 'store-failed'],
  ])('R8.2 %s is told as %s', (_name, err, code) => {
    expect(commitFailureCode(err)).toBe(code);
  });

  it('R8.2 R10.4 the batch is not acknowledged, the user sees storage-full, and after the fault clears the batch is committed exactly once', async () => {
    const { db, store, disk } = await storeOnDisk();
    const main = fakeMain();
    const shown: Array<FailureCode | undefined> = [];
    let committed = 0;
    const deps: HandoverDeps = {
      applyBatch: (b) => store.applySealedBatch(b),
      invoke: main.invoke,
      committed: () => (committed += 1),
      setStoreError: (code) => {
        shown.push(code);
        useSyncStore.getState().setStoreError(code);
      },
    };
    const mails = [mail(1, { subject: 'Offer' }), mail(2, { subject: 'Price' }), mail(3, { subject: 'Order' })];
    const first = batch(mails);
    const before = await dump(db);

    disk.full = true;
    await handOver(deps, sealBatch(first));
    expect(disk.refused).toBeGreaterThan(0);
    expect(main.acks).toEqual([]);
    expect(main.nacks).toEqual([{ batchId: first.batchId, message: expect.stringMatching(/^storage-full: /) }]);
    expect(useSyncStore.getState().storeError).toBe('storage-full');
    // nothing of the batch, not even its checkpoint: main resumes from where the store was
    expect(await dump(db)).toEqual(before);

    // Still full when main tries again: the same answer, still nothing kept.
    const second = main.refetch(first);
    await handOver(deps, sealBatch(second));
    expect(main.nacks.map((n) => n.batchId)).toEqual([first.batchId, second.batchId]);
    expect(await dump(db)).toEqual(before);

    // Room again: the next try commits, once, and the note goes away.
    disk.full = false;
    const third = main.refetch(first);
    await handOver(deps, sealBatch(third));
    expect(main.acks).toEqual([{ batchId: third.batchId, lastUid: 3 }]);
    expect(committed).toBe(1);
    expect(useSyncStore.getState().storeError).toBeUndefined();
    expect(shown).toEqual(['storage-full', 'storage-full', undefined]);
    for (const m of mails) expect(await db.messages.where('messageId').equals(m.messageId).count(), m.messageId).toBe(1);
    expect(await db.messages.count()).toBe(mails.length);
    expect(await db.syncSources.get(first.sourceId)).toMatchObject({ uidValidity: 1, lastUid: 3 });
  });
});
