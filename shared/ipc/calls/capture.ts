/** IPC of the capture hand-over (DESIGN 4): main produces batches, the renderer's store commits. */
import { z } from 'zod';
import { CheckpointSchema, SealedCaptureBatchSchema, SourceProgressSchema } from '../../domain/capture';
import { SourceKindSchema } from '../../domain/mail';

const AuthservIdSchema = z.string().min(1).max(253);

export const captureCalls = {
  /**
   * The renderer's store starts capture with the checkpoints it holds; main never keeps its own.
   * Called again after the account settings change.
   */
  'capture:start': {
    request: z.object({ checkpoints: z.array(z.object({ sourceId: z.string(), checkpoint: CheckpointSchema })) }).strict(),
    response: z.discriminatedUnion('started', [
      z.object({ started: z.literal(true), sources: z.array(z.object({ id: z.string(), kind: SourceKindSchema, mailbox: z.string() })) }),
      z.object({ started: z.literal(false), reason: z.enum(['not-configured', 'no-password']) }),
    ]),
  },
  /** the store committed a batch: its checkpoint now */
  'capture:ack': {
    request: z.object({ batchId: z.string(), checkpoint: CheckpointSchema }).strict(),
    response: z.object({}),
  },
  /** the store could not commit a batch (e.g. the disk is full): main retries from the last checkpoint */
  'capture:nack': {
    request: z.object({ batchId: z.string(), message: z.string().max(500) }).strict(),
    response: z.object({}),
  },
  /** R3.8: messages accepted from the Rejected list, to fetch again and deliver as captured */
  'capture:recapture': {
    request: z
      .object({ items: z.array(z.object({ sourceId: z.string(), uidValidity: z.number().int().nonnegative(), uid: z.number().int().positive() })).max(10_000) })
      .strict(),
    response: z.object({}),
  },
  'capture:syncNow': {
    request: z.object({}).strict(),
    response: z.object({}),
  },
  /**
   * R3.4: the authserv-id learned from the first drop-box message, proposed for the user to
   * confirm in Settings (saved as the account's authservId); absent until one was seen.
   */
  'capture:authservCandidate': {
    request: z.object({}).strict(),
    response: z.object({ authservId: AuthservIdSchema.optional() }).strict(),
  },
  /** one attachment, fetched on demand (never part of a batch) */
  'capture:attachment': {
    request: z
      .object({ sourceId: z.string(), uidValidity: z.number().int().nonnegative(), uid: z.number().int().positive(), part: z.string().regex(/^\d+(\.\d+)*$/) })
      .strict(),
    response: z.object({ contentBase64: z.string() }),
  },
} as const;

export const captureEvents = {
  /**
   * A batch as the capture worker sealed it: its header, checked here, and its JSON as bytes,
   * checked only for size: the store decodes and validates the body once (DESIGN 4).
   */
  'capture:batch': SealedCaptureBatchSchema,
  'capture:progress': SourceProgressSchema,
  /** R3.4: an authserv-id was learned (see capture:authservCandidate) */
  'capture:authservCandidate': z.object({ authservId: AuthservIdSchema }).strict(),
} as const;
