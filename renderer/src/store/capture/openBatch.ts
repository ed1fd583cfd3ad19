/**
 * Opens a batch as it crossed IPC (DESIGN 4): the capture worker serialized it once, main passed
 * its bytes on unread, and here they become the CaptureBatch again: decoded, validated once
 * (parseBatch), and refused when the body is not the batch its header named (main logged,
 * counted and announced the batch by its header, and the ack or nack answers the header's id).
 */
import type { CaptureBatch, SealedCaptureBatch } from '../../../../shared/domain/capture';
import { invalid } from '../errors';
import { parseBatch } from './prepare';

/** fatal: bytes that are not UTF-8 are a broken batch, not text to repair */
const decoder = new TextDecoder('utf-8', { fatal: true });

export function openBatch(sealed: SealedCaptureBatch): CaptureBatch {
  let json: unknown;
  try {
    json = JSON.parse(decoder.decode(sealed.body));
  } catch (err) {
    // handled: refused as invalid, so the hand-over nacks it with the reason
    throw invalid(`capture batch ${sealed.batchId}: its body is not JSON in UTF-8 (${err instanceof Error ? err.name : 'unknown'})`);
  }
  const batch = parseBatch(json);
  const differs = (['batchId', 'sourceId', 'sourceKind'] as const).find((key) => batch[key] !== sealed[key]);
  if (differs !== undefined) throw invalid(`capture batch ${sealed.batchId}: the body's ${differs} is not the header's`);
  const counts = sealed.counts;
  if (batch.captured.length !== counts.captured || batch.rejected.length !== counts.rejected || batch.expunged.length !== counts.expunged) {
    throw invalid(`capture batch ${sealed.batchId}: the body's counts are not the header's`);
  }
  return batch;
}
