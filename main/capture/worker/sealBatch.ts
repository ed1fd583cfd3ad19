/**
 * A batch serialized once, in the capture worker, for its way to the store (DESIGN 4): JSON as
 * UTF-8 in a buffer of its own, which the worker moves to main (a transfer, not a copy) and
 * main hands on unread. Main's heap then never holds a batch's object graph: the structured
 * clone of one (thousands of strings and objects) was what grew main's young generation.
 *
 * The JSON is written a message at a time (batchJson.ts), never as one string: a whole batch's
 * JSON is megabytes, a string that large goes to V8's large-object space, which only a full
 * collection frees, and one such string per batch (two bytes per character as soon as one
 * message has a character beyond Latin-1) was part of the worker's heap at the mirror's peak.
 * Each message's JSON is small and dies young.
 */
import { type CaptureBatch, captureBatchHeader, MAX_SEALED_BATCH_BYTES, type SealedCaptureBatch } from '../../../shared/domain/capture';
import { writeBatchJson } from './batchJson';

export class BatchTooLargeError extends Error {
  override name = 'BatchTooLargeError';
}

export function sealBatch(batch: CaptureBatch): SealedCaptureBatch {
  const body = writeBatchJson(batch, MAX_SEALED_BATCH_BYTES);
  if (body === undefined) throw new BatchTooLargeError(`batch ${batch.batchId}: more than the ${MAX_SEALED_BATCH_BYTES} bytes the hand-over takes`);
  return { ...captureBatchHeader(batch), body };
}
