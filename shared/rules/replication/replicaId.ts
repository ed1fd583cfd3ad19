/**
 * R8.3 the id of one replica: one installation of the app on one device (a reinstall is a new
 * replica). It names who wrote an operation and breaks ties between equal clock readings, so it
 * must be unique among the user's devices and stable for the replica's life. Lower-case base32
 * only: it ends the sortable clock string (hlc.ts), where a fixed alphabet keeps the order plain.
 */
import { z } from 'zod';
import { encodeBase32 } from '../base32';

export const ReplicaIdSchema = z.string().regex(/^[0-9a-z]{1,64}$/, 'a replica id: 1-64 lower-case letters or digits');
export type ReplicaId = z.infer<typeof ReplicaIdSchema>;

/** 80 random bits: 16 characters. The store makes it once and keeps it in its settings. */
export const REPLICA_ID_BYTES = 10;

export function newReplicaId(randomBytes: Uint8Array): ReplicaId {
  if (randomBytes.length < REPLICA_ID_BYTES) throw new Error(`a replica id needs ${REPLICA_ID_BYTES} random bytes`);
  return encodeBase32(randomBytes.subarray(0, REPLICA_ID_BYTES));
}
