/**
 * The source's sync checkpoint, committed in the batch's transaction (DESIGN 4). Main resumes
 * from what the store acknowledged, so the stored checkpoint only moves forward: a stale batch
 * delivered late (its messages are idempotent anyway) must not send main back in time. A new
 * UIDVALIDITY starts over, whatever the numbers say.
 */
import type { CaptureBatch, Checkpoint } from '../../../../shared/domain/capture';
import type { SyncSourceRow } from '../../db/records';

export function checkpointOf(row: SyncSourceRow): Checkpoint {
  return {
    uidValidity: row.uidValidity,
    lastUid: row.lastUid,
    ...(row.highestModseq === undefined ? {} : { highestModseq: row.highestModseq }),
  };
}

function maxModseq(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return BigInt(a) >= BigInt(b) ? a : b;
}

function sameCheckpoint(a: Checkpoint, b: Checkpoint): boolean {
  return a.uidValidity === b.uidValidity && a.lastUid === b.lastUid && a.highestModseq === b.highestModseq;
}

/** Both values only grow on the server, so the later checkpoint is the field-wise maximum. */
export function laterCheckpoint(stored: Checkpoint, incoming: Checkpoint): Checkpoint {
  if (stored.uidValidity !== incoming.uidValidity) return incoming;
  const highestModseq = maxModseq(stored.highestModseq, incoming.highestModseq);
  return {
    uidValidity: incoming.uidValidity,
    lastUid: Math.max(stored.lastUid, incoming.lastUid),
    ...(highestModseq === undefined ? {} : { highestModseq }),
  };
}

/** True when this batch starts the source over: flagged by main, or a UIDVALIDITY we have not seen. */
export function isReset(batch: CaptureBatch, stored: SyncSourceRow | undefined): boolean {
  return batch.reset || (stored !== undefined && stored.uidValidity !== batch.checkpoint.uidValidity);
}

/** The row to write, or undefined when the stored one already says the same (idempotence). */
export function nextSourceRow(
  batch: CaptureBatch,
  stored: SyncSourceRow | undefined,
  now: number,
): { checkpoint: Checkpoint; row?: SyncSourceRow } {
  const checkpoint = stored && !isReset(batch, stored) ? laterCheckpoint(checkpointOf(stored), batch.checkpoint) : batch.checkpoint;
  const unchanged = stored !== undefined && stored.kind === batch.sourceKind && sameCheckpoint(checkpointOf(stored), checkpoint);
  if (unchanged) return { checkpoint };
  return { checkpoint, row: { id: batch.sourceId, kind: batch.sourceKind, ...checkpoint, updatedAt: now } };
}
