/**
 * DESIGN 4: a batch crosses IPC serialized (the capture worker's JSON as bytes, beside a small
 * header main acts on). The store opens it: decodes, validates once, and refuses a body that is
 * not the batch its header names, before touching the database.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type CaptureBatch, CaptureBatchSchema, type SealedCaptureBatch } from '../../../shared/domain/capture';
import { sealBatch } from '../../support/captureBatchEvent';
import { batch, dump, harness, mail, refused } from './builders';

afterEach(() => {
  vi.restoreAllMocks();
});

/** `sealed` with its body replaced by the JSON of `body` (a header that no longer fits it). */
function withBody(sealed: SealedCaptureBatch, body: unknown): SealedCaptureBatch {
  return { ...sealed, body: new TextEncoder().encode(JSON.stringify(body)) };
}

describe('a batch as it crossed IPC', () => {
  it('applies as the same batch handed over as an object does', async () => {
    const mails = [mail(1, { subject: 'Offer' }), mail(2, { subject: 'Re: Offer' })];
    const b = batch(mails, { rejected: [refused(3)] });
    const byObject = await harness();
    const bySealed = await harness();
    expect(await bySealed.store.applySealedBatch(sealBatch(b))).toEqual(await byObject.store.applyBatch(b));
    expect(await dump(bySealed.db)).toEqual(await dump(byObject.db));
  });

  it('is validated once, where its bytes are opened', async () => {
    const { store } = await harness();
    const check = vi.spyOn(CaptureBatchSchema, 'safeParse');
    await store.applySealedBatch(sealBatch(batch([mail(1)])));
    expect(check).toHaveBeenCalledTimes(1);
  });

  it.each<[string, (b: CaptureBatch) => unknown]>([
    ['another batch id', (b) => ({ ...b, batchId: 'other' })],
    ['another source', (b) => ({ ...b, sourceId: 'other', captured: [], rejected: [] })],
    ['another source kind', (b) => ({ ...b, sourceKind: 'sync' })],
    ['fewer messages than the header counts', (b) => ({ ...b, captured: b.captured.slice(1) })],
    ['a batch outside the contract', (b) => ({ ...b, reset: 'no' })],
    ['not a batch at all', () => ['everything']],
  ])('refuses a body with %s, before touching the database', async (_name, change) => {
    const { db, store } = await harness();
    const before = await dump(db);
    const b = batch([mail(1), mail(2)]);
    await expect(store.applySealedBatch(withBody(sealBatch(b), change(b)))).rejects.toMatchObject({ code: 'invalid' });
    expect(await dump(db)).toEqual(before);
  });

  it.each<[string, Uint8Array<ArrayBuffer>]>([
    ['not JSON', new TextEncoder().encode('{"batchId":')],
    ['not UTF-8', Uint8Array.of(0x7b, 0xff, 0xfe, 0x7d)],
    ['empty', new Uint8Array(0)],
  ])('refuses a body that is %s', async (_name, body) => {
    const { store } = await harness();
    await expect(store.applySealedBatch({ ...sealBatch(batch([mail(1)])), body })).rejects.toMatchObject({ code: 'invalid', message: expect.stringContaining('not JSON in UTF-8') });
  });

  it('R8.3 a batch of the sync folder (source kind replica) takes the same way', async () => {
    const { store } = await harness();
    const b: CaptureBatch = { ...batch([]), sourceId: 'replica', sourceKind: 'replica', replicated: [], checkpoint: { uidValidity: 5, lastUid: 2 } };
    expect(await store.applySealedBatch(sealBatch(b))).toEqual({ uidValidity: 5, lastUid: 2 });
  });
});
