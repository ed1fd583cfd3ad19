/**
 * R8.3 the fetch of one chunk of a `replica` source (the account's sync folder): no cheap fetch
 * and no understanding — every message is ours and small, so it is fetched whole and decoded into
 * a ReplicaMessage (main/replication/syncMail.ts). One too big to be ours is not fetched at all
 * and goes to the store as skipped 'garbage'; whatever a message holds, it never stops the source.
 * Bounded by `maxBytes` like fetchChunk: the first messages that fit (at least one), the rest
 * handed back for the next chunk.
 */
import type { ImapFlow } from 'imapflow';
import type { ReplicaMessage } from '../../../shared/domain/replication';
import { MAX_SYNC_MESSAGE_BYTES, readSyncMail, toReplicaMessage } from '../../replication/syncMail';
import type { ChunkRest } from './fetchChunk';
import { toSequenceSet } from './uidSets';

export interface ReplicaChunkOptions {
  countBody(bytes: number): void;
  maxBytes?: number;
  /** messages over this are skipped unread (default MAX_SYNC_MESSAGE_BYTES) */
  limit?: number;
}

export async function fetchReplicaChunk(client: ImapFlow, uids: readonly number[], options: ReplicaChunkOptions, signal?: AbortSignal): Promise<ChunkRest & { messages: ReplicaMessage[] }> {
  if (uids.length === 0) return { rest: [], messages: [] };
  const limit = Math.min(options.limit ?? MAX_SYNC_MESSAGE_BYTES, MAX_SYNC_MESSAGE_BYTES);
  // UIDs expunged since the listing do not answer: they are gone, nothing to deliver.
  const metas = (await client.fetchAll(toSequenceSet(uids), { uid: true, size: true }, { uid: true })).sort((a, b) => a.uid - b.uid);
  let take = metas.length;
  let bytes = 0;
  for (const [index, meta] of metas.entries()) {
    const size = meta.size ?? 0;
    bytes += size > limit ? 0 : size;
    if (index > 0 && options.maxBytes !== undefined && bytes > options.maxBytes) {
      take = index;
      break;
    }
  }
  const taken = metas.slice(0, take);
  const cut = metas[take]?.uid;
  const rest = cut === undefined ? [] : uids.filter((uid) => uid >= cut);

  const wanted = taken.filter((m) => (m.size ?? 0) <= limit).map((m) => m.uid);
  const sources = new Map<number, Buffer>();
  if (wanted.length > 0) {
    for (const answer of await client.fetchAll(toSequenceSet(wanted), { uid: true, source: true }, { uid: true })) {
      if (answer.source === undefined) continue;
      options.countBody(answer.source.length);
      sources.set(answer.uid, answer.source);
    }
  }
  signal?.throwIfAborted();
  const messages: ReplicaMessage[] = [];
  for (const meta of taken) {
    if ((meta.size ?? 0) > limit) {
      messages.push({ uid: meta.uid, content: { kind: 'skipped', reason: 'garbage', detail: `larger than ${limit} bytes (${meta.size ?? 0})` } });
      continue;
    }
    const raw = sources.get(meta.uid);
    if (raw !== undefined) messages.push(toReplicaMessage(meta.uid, await readSyncMail(raw)));
  }
  return { rest, messages };
}
