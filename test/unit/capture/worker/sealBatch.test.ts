/**
 * DESIGN 4: the capture worker serializes each batch once (sealBatch.ts) and moves its bytes to
 * main, which checks the header and the body's size and never opens the body.
 */
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { type CaptureBatch, MAX_SEALED_BATCH_BYTES } from '../../../../shared/domain/capture';
import { FromWorkerSchema } from '../../../../main/capture/worker/protocol';
import { sealBatch } from '../../../../main/capture/worker/sealBatch';
import { capturedMail } from '../../../support/capturedMail';
import { capturedMessageIds, decodeBatchEvent } from '../../../support/captureBatchEvent';

const batch: CaptureBatch = {
  sourceId: 'dropbox',
  sourceKind: 'dropbox',
  batchId: 'b1',
  reset: false,
  captured: [capturedMail(1, { subject: 'Offer "captured":[ {"messageId":"fake"}' }), capturedMail(2, { messageId: 'two"quoted\\id@x' })],
  rejected: [{ source: { sourceId: 'dropbox', uidValidity: 1, uid: 3 }, reason: 'unknown-owner', detail: 'eve@elsewhere.test', messageId: 'r@x', from: { name: 'Eve', address: 'eve@elsewhere.test' }, subject: 'Secret', size: 10 }],
  expunged: [7],
  checkpoint: { uidValidity: 1, lastUid: 9 },
  authservIdSeen: 'mx.seller.example',
};

describe('a batch sealed by the capture worker', () => {
  it('says in its header what main acts on, and nothing of a rejected message but its place and reason', () => {
    const { body, ...header } = sealBatch(batch);
    expect(header).toEqual({
      batchId: 'b1',
      sourceId: 'dropbox',
      sourceKind: 'dropbox',
      counts: { captured: 2, rejected: 1, expunged: 1 },
      rejected: [{ source: { sourceId: 'dropbox', uidValidity: 1, uid: 3 }, reason: 'unknown-owner' }],
      authservIdSeen: 'mx.seller.example',
    });
    expect(new TextDecoder().decode(body)).toBe(JSON.stringify(batch));
    expect(decodeBatchEvent(sealBatch(batch))).toEqual(batch);
  });

  it('is checked by main as the protocol says: its header, and its body as bytes of a bounded size', () => {
    const sealed = sealBatch(batch);
    expect(FromWorkerSchema.safeParse({ type: 'commit', id: 1, batch: sealed }).success).toBe(true);
    // a header that says more than it should, or a body too large or not bytes, is refused
    expect(FromWorkerSchema.safeParse({ type: 'commit', id: 1, batch: { ...sealed, rejected: batch.rejected } }).success).toBe(false);
    expect(FromWorkerSchema.safeParse({ type: 'commit', id: 1, batch: { ...sealed, body: [...sealed.body] } }).success).toBe(false);
    expect(FromWorkerSchema.safeParse({ type: 'commit', id: 1, batch: { ...sealed, body: new Uint8Array(MAX_SEALED_BATCH_BYTES + 1) } }).success).toBe(false);
  });

  it('moves its bytes to main rather than copying them', async () => {
    const sealed = sealBatch(batch);
    const { port1, port2 } = new MessageChannel();
    const arrived = new Promise<unknown>((resolve) => port2.once('message', resolve));
    port1.postMessage(sealed, [sealed.body.buffer]);
    const received = FromWorkerSchema.parse({ type: 'commit', id: 1, batch: await arrived });
    expect(sealed.body.byteLength).toBe(0);
    expect(received.type === 'commit' && decodeBatchEvent(received.batch)).toEqual(batch);
    port1.close();
  });

  it('lets the bench read its captured Message-IDs without parsing it, even where text looks like JSON keys', () => {
    expect(capturedMessageIds(sealBatch(batch))).toEqual(batch.captured.map((m) => m.messageId));
  });
});
