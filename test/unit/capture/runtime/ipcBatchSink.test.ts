/**
 * The app's BatchSink (main/capture/runtime/ipcBatchSink.ts): a batch goes out, the store's ack
 * or nack answers it, no answer in time fails it. And main does not keep the batch while the
 * store commits it: a batch is megabytes, and what outlives V8's scavenges grows main's young
 * generation (the benchmark's cold mirror went from ~230 to ~260 MB peak RSS when it did).
 */
import { describe, expect, it } from 'vitest';
import type { SealedCaptureBatch } from '../../../../shared/domain/capture';
import { sealBatch } from '../../../../main/capture/worker/sealBatch';
import { createIpcBatchSink } from '../../../../main/capture/runtime/ipcBatchSink';
import { collected } from '../../../support/collectGarbage';

function batch(batchId: string): SealedCaptureBatch {
  return sealBatch({ sourceId: 'dropbox', sourceKind: 'dropbox', batchId, reset: false, captured: [], rejected: [], expunged: [7], checkpoint: { uidValidity: 1, lastUid: 9 } });
}

describe('the IPC batch sink', () => {
  it('answers a batch with the checkpoint the store acknowledged', async () => {
    const sent: string[] = [];
    const sink = createIpcBatchSink((b) => sent.push(b.batchId));
    const answer = sink.commit(batch('b1'));
    expect(sent).toEqual(['b1']);
    sink.ack('b1', { uidValidity: 1, lastUid: 9 });
    await expect(answer).resolves.toEqual({ uidValidity: 1, lastUid: 9 });
  });

  it('fails a batch the store refused, or did not answer in time', async () => {
    const sink = createIpcBatchSink(() => undefined, 20);
    const refused = sink.commit(batch('b1'));
    sink.nack('b1', 'disk full');
    await expect(refused).rejects.toMatchObject({ name: 'BatchNotCommittedError', message: 'disk full' });
    await expect(sink.commit(batch('b2'))).rejects.toMatchObject({ name: 'BatchNotCommittedError' });
  });

  it('keeps nothing of a batch while the store commits it', async () => {
    const sink = createIpcBatchSink(() => undefined);
    let ref: WeakRef<SealedCaptureBatch> | undefined;
    const answer = (() => {
      const b = batch('b1');
      ref = new WeakRef(b);
      return sink.commit(b);
    })();
    expect(await collected(ref as WeakRef<SealedCaptureBatch>)).toBe(true);
    sink.ack('b1', { uidValidity: 1, lastUid: 9 });
    await expect(answer).resolves.toEqual({ uidValidity: 1, lastUid: 9 });
  });
});
