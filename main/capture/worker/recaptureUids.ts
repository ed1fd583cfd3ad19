/**
 * Accepted messages waiting to be fetched again (R3.8), grouped as the engine asks for them:
 * source → UIDVALIDITY → UIDs. Main keeps the queue; the worker gets a copy of it.
 */
import type { RecaptureItem } from './protocol';

export type RecaptureUids = Map<string, Map<number, Set<number>>>;

/** Adds `items` to `queue` (each UID once) and answers the queue. */
export function addRecaptureItems(queue: RecaptureUids, items: readonly RecaptureItem[]): RecaptureUids {
  for (const { sourceId, uidValidity, uid } of items) {
    const bySource = queue.get(sourceId) ?? new Map<number, Set<number>>();
    const uids = bySource.get(uidValidity) ?? new Set<number>();
    uids.add(uid);
    bySource.set(uidValidity, uids);
    queue.set(sourceId, bySource);
  }
  return queue;
}
