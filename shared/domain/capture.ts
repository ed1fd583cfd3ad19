/**
 * The hand-over between the capture engine (main) and the CRM store (renderer), DESIGN 4:
 * main sends a batch; the store commits the batch AND the source's checkpoint in one
 * transaction and answers with the checkpoint it committed. Main never advances a checkpoint on
 * its own; it resumes from the last one the store acknowledged.
 */
import { z } from 'zod';
import { CapturedMessageSchema, RejectedMessageSchema, SourceKindSchema } from './mail';
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
