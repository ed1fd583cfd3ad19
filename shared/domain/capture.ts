/**
 * The hand-over between the capture engine (main) and the CRM store (renderer), DESIGN 4:
 * main sends a batch; the store commits the batch AND the source's checkpoint in one
 * transaction and answers with the checkpoint it committed. Main never advances a checkpoint on
 * its own; it resumes from the last one the store acknowledged.
 */
import { z } from 'zod';
import { CapturedMessageSchema, RejectedMessageSchema, RejectReasonSchema, SourceKindSchema, SourceRefSchema } from './mail';
import { ReplicaMessageSchema } from './replication';

export const CheckpointSchema = z.object({
  uidValidity: z.number().int().nonnegative(),
  /** every UID ≤ lastUid has been committed (captured or rejected) */
  lastUid: z.number().int().nonnegative(),
  /** CONDSTORE/QRESYNC: the mailbox's HIGHESTMODSEQ at the time of the batch, as a decimal string */
  highestModseq: z.string().regex(/^\d+$/).optional(),
});
export type Checkpoint = z.infer<typeof CheckpointSchema>;

export const CaptureBatchSchema = z.object({
  sourceId: z.string().min(1),
  sourceKind: SourceKindSchema,
  /** unique per batch; the store uses it only to answer the right batch */
  batchId: z.string().min(1),
  /**
   * UIDVALIDITY changed since the store's checkpoint: the store forgets the old UID mapping of
   * this source (not the messages: they are matched again by Message-ID, R3.6) before applying.
   */
  reset: z.boolean(),
  captured: z.array(CapturedMessageSchema),
  rejected: z.array(RejectedMessageSchema),
  /** R8.3, a `replica` source only: the sync folder's messages, decoded (captured and rejected stay empty) */
  replicated: z.array(ReplicaMessageSchema).optional(),
  /** UIDs of this source that disappeared from the server (expunged) */
  expunged: z.array(z.number().int().positive()),
  /** the checkpoint to commit with this batch */
  checkpoint: CheckpointSchema,
  /**
   * R3.4, a drop-box source while no authserv-id is confirmed: the authserv-id of the topmost
   * Authentication-Results of the batch's first message that had one. Main keeps the first one
   * seen as the candidate the user confirms in Settings; the store ignores it.
   */
  authservIdSeen: z.string().min(1).max(253).optional(),
});
export type CaptureBatch = z.infer<typeof CaptureBatchSchema>;

/**
 * A batch on its way from the capture worker to the store, serialized once (DESIGN 4): its JSON
 * as UTF-8 bytes, moved (not copied) out of the worker and passed through main untouched, and
 * beside them the few facts main acts on. Main never parses the body, so it never holds the
 * batch's object graph; the store decodes and validates it once (renderer/src/store/capture/
 * openBatch.ts) and refuses a body that is not the batch its header names.
 */
export const CaptureBatchHeaderSchema = z
  .object({
    batchId: CaptureBatchSchema.shape.batchId,
    sourceId: CaptureBatchSchema.shape.sourceId,
    sourceKind: SourceKindSchema,
    /** for main's log and the engine's counters */
    counts: z.object({ captured: z.number().int().nonnegative(), rejected: z.number().int().nonnegative(), expunged: z.number().int().nonnegative() }).strict(),
    /**
     * What the desktop notice of rejected mail needs (R3.3–R3.5): which message (counted once
     * however often it is delivered) and why. Never a subject or a sender: main does not need them.
     */
    rejected: z.array(z.object({ source: SourceRefSchema, reason: RejectReasonSchema }).strict()),
    authservIdSeen: CaptureBatchSchema.shape.authservIdSeen,
  })
  .strict();
export type CaptureBatchHeader = z.infer<typeof CaptureBatchHeaderSchema>;

/**
 * The most bytes a sealed batch's body may have. The engine closes a batch at its byte bound
 * (a few MB of mail) or at one message of at most 20 MB (MAX_CAPTURE_BYTES), and the JSON of the
 * understood text and HTML of that much mail stays well below 64 MB; a body beyond it is a bug
 * in the worker, refused where it enters main rather than handed on to the renderer.
 */
export const MAX_SEALED_BATCH_BYTES = 64 * 1024 * 1024;

export const SealedCaptureBatchSchema = CaptureBatchHeaderSchema.extend({
  /** UTF-8 JSON of the CaptureBatch; opened only by the store */
  body: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_SEALED_BATCH_BYTES, `at most ${MAX_SEALED_BATCH_BYTES} bytes`),
}).strict();
export type SealedCaptureBatch = z.infer<typeof SealedCaptureBatchSchema>;

/** The header of `batch`: what main may know of it. */
export function captureBatchHeader(batch: CaptureBatch): CaptureBatchHeader {
  return {
    batchId: batch.batchId,
    sourceId: batch.sourceId,
    sourceKind: batch.sourceKind,
    counts: { captured: batch.captured.length, rejected: batch.rejected.length, expunged: batch.expunged.length },
    rejected: batch.rejected.map((m) => ({ source: { sourceId: m.source.sourceId, uidValidity: m.source.uidValidity, uid: m.source.uid }, reason: m.reason })),
    ...(batch.authservIdSeen === undefined ? {} : { authservIdSeen: batch.authservIdSeen }),
  };
}

export const SourceProgressSchema = z.object({
  sourceId: z.string(),
  state: z.enum(['connecting', 'syncing', 'idle', 'offline', 'error']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  /** a ConnectionFailureCode or a short reason when state is offline/error */
  reason: z.string().optional(),
  /** epoch ms of the next reconnect attempt, when offline */
  retryAt: z.number().optional(),
});
export type SourceProgress = z.infer<typeof SourceProgressSchema>;
