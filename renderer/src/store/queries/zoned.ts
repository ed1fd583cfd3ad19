/**
 * A step of a multi-step read, awaited so that what follows it still runs in Dexie's zone.
 * A live query (liveQuery / useLiveQuery) learns what to watch from the reads made in its zone,
 * and a transaction finds its requests' transaction the same way; Dexie carries the zone across
 * awaits of its own promises only. After an await of a plain promise (one of our async helpers
 * that computed a block in memory, say), the reads that follow ran outside it: a live search
 * then did not watch the threads it showed, and went stale when one of them was shared or
 * linked. Dexie's Promise.resolve wraps any value or promise in one of its own.
 */
import { Dexie } from 'dexie';

export function zoned<T>(step: T | PromiseLike<T>): Promise<T> {
  return Dexie.Promise.resolve(step);
}
