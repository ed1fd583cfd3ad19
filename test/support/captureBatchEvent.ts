/**
 * The 'capture:batch' event as tests and benchmarks see it on main's registry: a sealed batch
 * (header + the CaptureBatch's JSON as bytes, DESIGN 4). One place opens it for them all.
 * - batchEventHeader: the header only (cheap: no decoding);
 * - decodeBatchEvent: the whole CaptureBatch, validated, checked against its header;
 * - sealedBatchEvent / sealBatch: a payload as main emits it, from a CaptureBatch (as the worker seals it);
 * - openedSink: a test's sink of CaptureBatch objects behind the worker's proxy;
 * - capturedMessageIds: the Message-IDs of its captured messages, for the bench's observer in
 *   the measured process, read out of the bytes without parsing the batch.
 */
import { Buffer } from 'node:buffer';
import type { BatchSink } from '../../main/capture/sync/types';
import type { SealedBatchSink } from '../../main/capture/worker/engineProxy';
import { sealBatch } from '../../main/capture/worker/sealBatch';
import { type CaptureBatch, type CaptureBatchHeader, CaptureBatchSchema, type SealedCaptureBatch, SealedCaptureBatchSchema } from '../../shared/domain/capture';

export { sealBatch };

/** The sealed batch of a 'capture:batch' payload; throws for anything else (a test should fail loudly). */
export function sealedBatchEvent(payload: unknown): SealedCaptureBatch {
  return SealedCaptureBatchSchema.parse(payload);
}

export function batchEventHeader(payload: unknown): CaptureBatchHeader {
  const { body: _body, ...header } = sealedBatchEvent(payload);
  return header;
}

/** The CaptureBatch a 'capture:batch' payload carries, as the store opens it. */
export function decodeBatchEvent(payload: unknown): CaptureBatch {
  const sealed = sealedBatchEvent(payload);
  const batch = CaptureBatchSchema.parse(JSON.parse(Buffer.from(sealed.body.buffer, sealed.body.byteOffset, sealed.body.byteLength).toString('utf8')));
  if (batch.batchId !== sealed.batchId || batch.sourceId !== sealed.sourceId || batch.sourceKind !== sealed.sourceKind) {
    throw new Error(`capture batch ${sealed.batchId}: its body is another batch`);
  }
  return batch;
}

/** The body parsed as JSON, not validated (the bench's observer reads a few fields of it loosely). */
export function parseBatchBody(sealed: SealedCaptureBatch): unknown {
  return JSON.parse(Buffer.from(sealed.body.buffer, sealed.body.byteOffset, sealed.body.byteLength).toString('utf8'));
}

const CAPTURED_KEY = Buffer.from('"captured":[');
const REJECTED_KEY = Buffer.from('"rejected":[');
const MESSAGE_ID_KEY = Buffer.from('"messageId":"');
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The JSON string starting at the quote at `start` (escapes and all): its end, past the closing quote. */
function stringEnd(bytes: Buffer, start: number): number {
  for (let i = start + 1; i < bytes.length; i += 1) {
    if (bytes[i] === BACKSLASH) i += 1;
    else if (bytes[i] === QUOTE) return i + 1;
  }
  return -1;
}

/**
 * The Message-IDs of a batch's captured messages, in order, found in its bytes: a key in JSON is
 * an unescaped `"name":`, which text inside a string can never be, and of a sync or drop-box
 * batch's fields only the top-level `captured` and `rejected` arrays are named so, and only
 * messages have a `messageId`. Falls back to parsing the body when what it finds does not add
 * up to the header's count (a replica batch has none; it is parsed whole by its reader).
 */
export function capturedMessageIds(sealed: SealedCaptureBatch): string[] {
  if (sealed.counts.captured === 0) return [];
  const bytes = Buffer.from(sealed.body.buffer, sealed.body.byteOffset, sealed.body.byteLength);
  const from = bytes.indexOf(CAPTURED_KEY);
  const rejectedAt = bytes.indexOf(REJECTED_KEY);
  const to = rejectedAt > from ? rejectedAt : bytes.length;
  const ids: string[] = [];
  let at = from < 0 ? -1 : bytes.indexOf(MESSAGE_ID_KEY, from);
  while (at >= 0 && at < to) {
    const start = at + MESSAGE_ID_KEY.length - 1;
    const end = stringEnd(bytes, start);
    if (end < 0) break;
    ids.push(JSON.parse(bytes.toString('utf8', start, end)) as string);
    at = bytes.indexOf(MESSAGE_ID_KEY, end);
  }
  if (ids.length === sealed.counts.captured) return ids;
  const parsed = CaptureBatchSchema.pick({ captured: true }).safeParse(parseBatchBody(sealed));
  return parsed.success ? parsed.data.captured.map((m) => m.messageId) : ids;
}

/**
 * A sink of CaptureBatch objects (a test's recording store, a bench stage's counter) behind the
 * capture worker's proxy, which hands over sealed batches: each is opened first, as the store does.
 */
export function openedSink(sink: BatchSink): SealedBatchSink {
  return { commit: async (sealed) => sink.commit(decodeBatchEvent(sealed)) };
}
