/** R3.8 the Rejected list, what the capture engine must fetch again, and where each source stands. */
import type { Checkpoint } from '../../../../shared/domain/capture';
import type { BlindcopyDb } from '../../db/database';
import type { RejectedRow } from '../../db/records';
import { checkpointOf } from '../capture/checkpoint';

/** Newest refusal first. */
export async function rejectedList(db: BlindcopyDb, limit = 500): Promise<RejectedRow[]> {
  return db.rejected.orderBy('rejectedAt').reverse().limit(limit).toArray();
}

/**
 * Refused messages the user accepted (R3.8): the capture engine fetches these UIDs again and
 * delivers them as captured; the store then stores them whatever their owner and drops the row.
 */
export async function acceptedForRecapture(db: BlindcopyDb, sourceId?: string): Promise<RejectedRow[]> {
  const rows = await db.rejected.where('status').equals('accepted').toArray();
  return sourceId === undefined ? rows : rows.filter((r) => r.sourceId === sourceId);
}

export async function rejectedCount(db: BlindcopyDb): Promise<number> {
  return db.rejected.count();
}

/** The checkpoint main resumes a source from (DESIGN 4). */
export async function sourceCheckpoint(db: BlindcopyDb, sourceId: string): Promise<Checkpoint | undefined> {
  const row = await db.syncSources.get(sourceId);
  return row ? checkpointOf(row) : undefined;
}
