/**
 * R8.3 which messages of the sync folder a compaction may expunge: this replica's own operation
 * batches whose last operation a snapshot of this replica covers (clock ≤ upTo) and that were
 * appended more than the grace period ago (by INTERNALDATE), so a device offline for a while still
 * finds them. Never another replica's batch (its frontier in our snapshot is a high-water mark,
 * not a promise), never a message we cannot read as ours.
 *
 * Also this replica's own older snapshot parts, named by a clock before `upTo` (strictly): such a
 * snapshot was taken before the operation at `upTo` was recorded, and the snapshot whose frontier
 * `upTo` is was taken after it — a device's state only ever grows (joins), so the newer snapshot
 * holds everything the older one does. This includes the parts of an upload that broke halfway.
 * The snapshot that names `upTo` itself (its id is a later clock) is never among them.
 */
import { clockReplica, ClockStringSchema, type ClockString } from '../../shared/rules/replication/hlc';
import type { ReplicaId } from '../../shared/rules/replication/replicaId';
import { opsBatchRange, parseSyncHeader, SYNC_FORMAT_VERSION, SYNC_HEADER } from '../../shared/rules/replication/syncPayload';

export interface FolderMessage {
  uid: number;
  internalDate: Date | undefined;
  /** the value of X-Blindcopy-Sync, undefined without one */
  syncHeader: string | undefined;
  messageId: string | undefined;
}

export interface CompactRequest {
  replica: ReplicaId;
  upTo: ClockString;
  olderThanMs: number;
  now: number;
}

/** The IMAP SEARCH that finds the candidates (HEADER matches a substring; `select` decides). */
export function compactionSearch(replica: ReplicaId): { header: Record<string, string> } {
  return { header: { [SYNC_HEADER]: `replica=${replica}; kind=` } };
}

function isCompactable(m: FolderMessage, request: CompactRequest, cutoff: number): boolean {
  const header = m.syncHeader === undefined ? undefined : parseSyncHeader(m.syncHeader);
  if (header === undefined || header.version !== SYNC_FORMAT_VERSION || header.params.get('replica') !== request.replica) return false;
  if (m.internalDate === undefined || m.internalDate.getTime() > cutoff) return false;
  const kind = header.params.get('kind');
  if (kind === 'snapshot') {
    const id = ClockStringSchema.safeParse(header.params.get('snapshot'));
    const ours = id.success && m.messageId !== undefined && m.messageId.replace(/^</, '').startsWith(`snapshot.${id.data}.`);
    return ours && clockReplica(id.data) === request.replica && id.data < request.upTo;
  }
  if (kind !== 'ops') return false;
  const range = m.messageId === undefined ? undefined : opsBatchRange(m.messageId);
  if (range === undefined || clockReplica(range.last) !== request.replica || clockReplica(range.first) !== request.replica) return false;
  return range.last <= request.upTo;
}

export function selectCompactable(messages: readonly FolderMessage[], request: CompactRequest): number[] {
  const cutoff = request.now - request.olderThanMs;
  return messages
    .filter((m) => isCompactable(m, request, cutoff))
    .map((m) => m.uid)
    .sort((a, b) => a - b);
}

/** The value of one header in a fetched header block (lines unfolded); undefined when absent. */
export function headerValue(block: Buffer | undefined, name: string): string | undefined {
  if (block === undefined) return undefined;
  const lines = block.toString('latin1').replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/);
  const prefix = `${name.toLowerCase()}:`;
  const line = lines.find((l) => l.toLowerCase().startsWith(prefix));
  return line === undefined ? undefined : line.slice(prefix.length).trim();
}
