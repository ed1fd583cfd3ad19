/**
 * IPC of replication through the mail server (R8.3, docs/replication.md). The store (renderer)
 * keeps the operations it has not uploaded yet, in IndexedDB, so nothing is lost in a crash; it
 * hands them to main a batch at a time, and marks them sent once main answers. main APPENDs each
 * batch as one message to the account's sync folder (creating it when missing), marked \\Seen.
 * A crash between the APPEND and the marking sends the batch again: same operations, and applying
 * an operation twice changes nothing. Downloads come through capture (source kind `replica`).
 * A call that cannot be done (offline, the folder refused) throws; `replication:status` says why.
 */
import { z } from 'zod';
import { ReplicationStatusSchema } from '../../domain/replication';
import { ClockStringSchema } from '../../rules/replication/hlc';
import { OpSchema } from '../../rules/replication/operations';
import { ReplicaIdSchema } from '../../rules/replication/replicaId';
import { SnapshotPartSchema } from '../../rules/replication/snapshot';

/** at most this many operations per APPENDed message */
export const MAX_OPS_PER_UPLOAD = 1000;

export const replicationCalls = {
  /** one batch of this device's own operations, oldest first */
  'replication:uploadOps': {
    request: z.object({ ops: z.array(OpSchema).min(1).max(MAX_OPS_PER_UPLOAD) }).strict(),
    response: z.object({ uid: z.number().int().positive().optional() }),
  },
  /** every part of one snapshot of this device's state */
  'replication:uploadSnapshot': {
    request: z.object({ parts: z.array(SnapshotPartSchema).min(1).max(10_000) }).strict(),
    response: z.object({}),
  },
  /**
   * Expunge this replica's own operation batches whose every operation is covered by a snapshot
   * (clock ≤ upTo) and that were appended more than `olderThanMs` ago (devices offline for a while
   * still find them), and this replica's own older snapshot parts (id < upTo: the snapshot whose
   * frontier is `upTo` holds all they hold). Never another replica's.
   */
  'replication:compact': {
    request: z.object({ replica: ReplicaIdSchema, upTo: ClockStringSchema, olderThanMs: z.number().int().nonnegative() }).strict(),
    response: z.object({ expunged: z.number().int().nonnegative() }),
  },
  /** whether the account already holds a sync folder, for the first run's "Restore my CRM" */
  'replication:folderInfo': {
    request: z.object({}).strict(),
    response: z.object({ exists: z.boolean(), messages: z.number().int().nonnegative() }),
  },
  'replication:status': {
    request: z.object({}).strict(),
    response: ReplicationStatusSchema,
  },
} as const;

export const replicationEvents = {
  'replication:status': ReplicationStatusSchema,
} as const;
