/**
 * R8.3: what main hands the store from the account's sync folder (default `Blindcopy`): each
 * message of it, decoded. The folder is one more capture source (kind `replica`): its batches
 * carry these instead of captured mail, and the store commits what they hold together with the
 * source's checkpoint, like any capture batch.
 */
import { z } from 'zod';
import { OpSchema } from '../rules/replication/operations';
import { ReplicaIdSchema } from '../rules/replication/replicaId';
import { SnapshotPartSchema } from '../rules/replication/snapshot';

const REPLICA_SOURCE_PREFIX = 'replica:';

/** The capture source id of the sync folder: another folder is another source, with a checkpoint of its own. */
export function replicaSourceId(folder: string): string {
  return `${REPLICA_SOURCE_PREFIX}${folder}`;
}

/** Whether a source is the sync folder (its progress is the CRM coming down, never mail). */
export function isReplicaSource(sourceId: string): boolean {
  return sourceId.startsWith(REPLICA_SOURCE_PREFIX);
}

export const ReplicaSkipReasonSchema = z.enum([
  'foreign', // not written by Blindcopy (someone filed other mail into the folder)
  'garbage', // ours by its header, but unreadable
  'newer-version', // written by a newer Blindcopy: left for when this one is updated
]);
export type ReplicaSkipReason = z.infer<typeof ReplicaSkipReasonSchema>;

export const ReplicaMessageSchema = z.object({
  uid: z.number().int().positive(),
  content: z.discriminatedUnion('kind', [
    /** one replica's operations; `skippedOps` of them were unreadable and left out (every device leaves out the same) */
    z.object({ kind: z.literal('ops'), replica: ReplicaIdSchema, ops: z.array(OpSchema), skippedOps: z.number().int().nonnegative() }),
    /** one part of a snapshot */
    z.object({ kind: z.literal('snapshot'), part: SnapshotPartSchema }),
    /** a message that is not applied, and why (shown in Settings; never a crash, never data loss) */
    z.object({ kind: z.literal('skipped'), reason: ReplicaSkipReasonSchema, detail: z.string().max(500) }),
  ]),
});
export type ReplicaMessage = z.infer<typeof ReplicaMessageSchema>;

/** Where the upload and download stand, for the sidebar and Settings (R10.4). */
export const ReplicationStatusSchema = z.object({
  state: z.enum(['disabled', 'connecting', 'online', 'offline', 'error']),
  folder: z.string(),
  /** a FailureCode / ConnectionFailureCode when offline or error */
  reason: z.string().max(100).optional(),
  /** epoch ms of the next attempt, when offline */
  retryAt: z.number().optional(),
});
export type ReplicationStatus = z.infer<typeof ReplicationStatusSchema>;
