/**
 * The UID-map and Rejected rows of a batch's source copies, in one request per table where the
 * batch allows it. A batch holds UIDs of one source and UIDVALIDITY that lie close together (main
 * fetches them in UID order), so their UID-map rows are one key range of the table's primary key
 * [sourceId, uidValidity, uid]: one getAll returns them, where a get per UID made a request per
 * message. A range much wider than the batch (UIDs far apart: a re-fetch of accepted mail) falls
 * back to a get per key, so a batch never reads more than a few times its own size.
 * Rejected rows are few (R3.8: mail nobody owns yet): the source's rows are read through the
 * [sourceId+uidValidity] index, at most one more than the batch looks for; a source with more
 * refusals than that falls back to a get per key. During a first sync both are one request that
 * finds nothing or a handful.
 */
import type { BlindcopyDb, SourceUidKey } from '../../db/database';
import type { RejectedRow, SourceUidRow } from '../../db/records';
import { rejectedRowId } from '../keys';

/** A range up to this many times the batch's keys (plus a little) is read whole. */
const RANGE_SLACK = 2;
const RANGE_EXTRA = 16;

const present = <T>(rows: readonly (T | undefined)[]): T[] => rows.filter((r): r is T => r !== undefined);

function groupBySource<T extends { sourceId: string; uidValidity: number }>(refs: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const ref of refs) {
    const key = JSON.stringify([ref.sourceId, ref.uidValidity]);
    const group = groups.get(key);
    if (group) group.push(ref);
    else groups.set(key, [ref]);
  }
  return [...groups.values()];
}

interface UidRef {
  sourceId: string;
  uidValidity: number;
  uid: number;
}

async function uidRowsOfSource(db: BlindcopyDb, refs: readonly UidRef[]): Promise<SourceUidRow[]> {
  const first = refs[0];
  if (first === undefined) return [];
  const uids = new Set(refs.map((r) => r.uid));
  const low = Math.min(...uids);
  const high = Math.max(...uids);
  if (high - low + 1 > uids.size * RANGE_SLACK + RANGE_EXTRA) {
    return present(await db.sourceUids.bulkGet([...uids].map((uid): SourceUidKey => [first.sourceId, first.uidValidity, uid])));
  }
  const inRange = await db.sourceUids.where(':id').between([first.sourceId, first.uidValidity, low], [first.sourceId, first.uidValidity, high], true, true).toArray();
  return inRange.filter((row) => uids.has(row.uid));
}

/** The UID-map rows of these source copies (those that exist). */
export async function uidRowsOf(db: BlindcopyDb, refs: readonly UidRef[]): Promise<SourceUidRow[]> {
  return (await Promise.all(groupBySource(refs).map((group) => uidRowsOfSource(db, group)))).flat();
}

async function rejectedOfSource(db: BlindcopyDb, refs: readonly UidRef[]): Promise<RejectedRow[]> {
  const first = refs[0];
  if (first === undefined) return [];
  const ids = new Set(refs.map(rejectedRowId));
  const ofSource = await db.rejected.where('[sourceId+uidValidity]').equals([first.sourceId, first.uidValidity]).limit(ids.size + 1).toArray();
  if (ofSource.length <= ids.size) return ofSource.filter((row) => ids.has(row.id));
  return present(await db.rejected.bulkGet([...ids]));
}

/** The Rejected rows of these source copies (those that exist). */
export async function rejectedRowsOf(db: BlindcopyDb, refs: readonly UidRef[]): Promise<RejectedRow[]> {
  return (await Promise.all(groupBySource(refs).map((group) => rejectedOfSource(db, group)))).flat();
}
