/**
 * A batch serialized once, in the capture worker, for its way to the store (DESIGN 4): JSON as
 * UTF-8 in a buffer of its own, which the worker moves to main (a transfer, not a copy) and
 * main hands on unread. Main's heap then never holds a batch's object graph: the structured
 * clone of one (thousands of strings and objects) was what grew main's young generation.
 */
import { type CaptureBatch, captureBatchHeader, MAX_SEALED_BATCH_BYTES, type SealedCaptureBatch } from '../../../shared/domain/capture';

const encoder = new TextEncoder();

export class BatchTooLargeError extends Error {
  override name = 'BatchTooLargeError';
}

export function sealBatch(batch: CaptureBatch): SealedCaptureBatch {
  // TextEncoder gives a fresh ArrayBuffer of exactly these bytes (never a shared pool, as small
  // Buffers have), so the whole buffer can be transferred.
  const body = encoder.encode(JSON.stringify(batch));
  if (body.byteLength > MAX_SEALED_BATCH_BYTES) throw new BatchTooLargeError(`batch ${batch.batchId}: ${body.byteLength} bytes, more than the hand-over takes`);
  return { ...captureBatchHeader(batch), body };
}
