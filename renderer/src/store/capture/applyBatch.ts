/**
 * DESIGN 4 "decide and store": one capture batch and its source checkpoint, in ONE transaction
 * over every table the batch touches. Either all of it is stored and the checkpoint moves, or
 * nothing is and main fetches the same UIDs again; applying a batch twice changes nothing.
 */
import { Dexie } from 'dexie';
import type { CaptureBatch, Checkpoint } from '../../../../shared/domain/capture';
import { observeCoarsely } from '../../db/coarseObservability';
import type { StoreContext } from '../context';
import { getAllSettings } from '../settings';
import { captureMessage, type CaptureOutcome } from './captureMessage';
import { isReset, nextSourceRow } from './checkpoint';
import { captureEnv } from './env';
import { prefetch } from './prefetch';
import { parseBatch, prepareMessage } from './prepare';
import { recordRejected } from './rejectedRows';
import { writeBack } from './writeBack';
import { applyReplicaBatch } from '../replication/applyReplicated';
import { captureTables, recordCaptured } from '../replication/afterCapture';

export interface BatchReport {
  checkpoint: Checkpoint;
  /** per captured message, in batch order */
  outcomes: CaptureOutcome[];
}

export async function applyBatchWithReport(ctx: StoreContext, input: CaptureBatch): Promise<BatchReport> {
  return applyParsedBatch(ctx, parseBatch(input));
}

/** A batch parseBatch (or openBatch, which calls it) already validated: not validated again. */
export async function applyParsedBatch(ctx: StoreContext, batch: CaptureBatch): Promise<BatchReport> {
  // R8.3 the sync folder's batches carry operations and snapshots, not mail
  if (batch.sourceKind === 'replica') return { checkpoint: await applyReplicaBatch(ctx, batch), outcomes: [] };
  const { db } = ctx;
  return db.transaction('rw', captureTables(ctx), async () => {
    // live queries learn "these tables changed", not every key of every index (db/coarseObservability.ts)
    observeCoarsely(Dexie.currentTransaction?.idbtrans);
    const [settings, stored] = await Promise.all([getAllSettings(db), db.syncSources.get(batch.sourceId)]);
    const env = captureEnv(settings, ctx);
    const prepared = batch.captured.map((m) => prepareMessage(m, env));
    const ws = await prefetch(db, prepared, batch, env);
    const outcomes = prepared.map((p) => captureMessage(p, ws, env));
    recordRejected(batch, ws, env.now);
    await writeBack(db, ws, batch, isReset(batch, stored));
    await recordCaptured(ctx, ws);
    const { checkpoint, row } = nextSourceRow(batch, stored, env.now);
    if (row) await db.syncSources.put(row);
    return { checkpoint, outcomes };
  });
}

/** The hand-over of shared/domain/capture.ts: answers with the checkpoint it committed. */
export async function applyBatch(ctx: StoreContext, input: CaptureBatch): Promise<Checkpoint> {
  return (await applyBatchWithReport(ctx, input)).checkpoint;
}
