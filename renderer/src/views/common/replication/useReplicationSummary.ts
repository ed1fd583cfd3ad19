/** The replication summary (replicationSummary.ts) from the session's sync state, live. */
import { useSyncStore } from '../../../session/syncState';
import { summarizeReplication, type ReplicationSummary } from './replicationSummary';

export function useReplicationSummary(): ReplicationSummary {
  const status = useSyncStore((s) => s.replication);
  const pending = useSyncStore((s) => s.replicationPending);
  return summarizeReplication(status, pending);
}
