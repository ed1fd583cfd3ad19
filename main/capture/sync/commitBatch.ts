/**
 * Hands one batch to the store and waits for its answer (DESIGN "How data flows" 4). The
 * checkpoint the store answers with replaces ours: the engine never advances it on its own.
 * The batch is built when this is called (from the checkpoint the store last answered with), so
 * the caller calls it only once the previous batch was answered. While the store works, nothing
 * here keeps the batch's messages: only their UIDs and counts are needed afterwards (the IPC
 * layer serializes the batch; the engine meanwhile understands the next chunk).
 */
import { randomUUID } from 'node:crypto';
import type { CaptureBatch, Checkpoint } from '../../../shared/domain/capture';
import type { CapturedMessage, RejectedMessage } from '../../../shared/domain/mail';
import type { ReplicaMessage } from '../../../shared/domain/replication';
import type { Understood } from '../understand';
import { SinkError } from './failure';
import { StoppedError, unlessAborted } from './signals';
import type { SourceContext } from './sourceContext';

/** One message of a chunk: understood mail, or (a `replica` source) a decoded sync message. */
export type ChunkResult = Understood | { kind: 'replicated'; message: ReplicaMessage };

function uidOf(result: ChunkResult): number {
  if (result.kind === 'captured') return result.message.source.uid;
  if (result.kind === 'rejected') return result.rejected.source.uid;
  if (result.kind === 'ignored') return result.source.uid;
  return result.message.uid;
}

export interface BatchInput {
  uidValidity: number;
  /** every UID up to here is handled once this batch is committed */
  lastUid: number;
  highestModseq: string | undefined;
  results: readonly ChunkResult[];
  /** expunged UIDs that may go out with this batch; those sent are removed from the set */
  pendingExpunged: Set<number>;
}

export async function commitBatch(ctx: SourceContext, input: BatchInput): Promise<Checkpoint> {
  const captured: CapturedMessage[] = [];
  const rejected: RejectedMessage[] = [];
  const replicated: ReplicaMessage[] = [];
  let authservIdSeen: string | undefined;
  for (const result of input.results) {
    if (result.kind === 'captured' || result.kind === 'rejected') authservIdSeen ??= result.authservIdSeen;
    if (result.kind === 'captured') captured.push(result.message);
    else if (result.kind === 'rejected') rejected.push(result.rejected);
    else if (result.kind === 'replicated') replicated.push(result.message);
    // 'ignored': covered by the checkpoint, nothing to store (Blindcopy's own confirmation mail)
  }
  // Only UIDs this batch covers: one above lastUid may belong to a message of a later chunk.
  const expunged = [...input.pendingExpunged].filter((uid) => uid <= input.lastUid).sort((a, b) => a - b);
  const checkpoint: Checkpoint = { uidValidity: input.uidValidity, lastUid: input.lastUid };
  if (input.highestModseq !== undefined) checkpoint.highestModseq = input.highestModseq;
  const batch: CaptureBatch = {
    sourceId: ctx.source.id,
    sourceKind: ctx.source.kind,
    batchId: randomUUID(),
    // Derived from what the store holds, so a reset is repeated until the store has taken one.
    reset: ctx.committed !== undefined && ctx.committed.uidValidity !== input.uidValidity,
    captured,
    rejected,
    expunged,
    checkpoint,
  };
  // R8.3: a replica source's batches say what its messages hold, even when there are none.
  if (ctx.source.kind === 'replica') batch.replicated = replicated;
  // R3.4: the first authserv-id seen in this batch's oldest message that had one, for main to propose
  if (authservIdSeen !== undefined) batch.authservIdSeen = authservIdSeen;

  const sent = {
    uidValidity: input.uidValidity,
    reset: batch.reset,
    previous: ctx.committed,
    uids: input.results.map(uidOf),
    captured: captured.length,
    rejected: rejected.length,
    expunged,
    pendingExpunged: input.pendingExpunged,
  };
  let committing: Promise<Checkpoint>;
  try {
    committing = ctx.deps.sink.commit(batch);
  } catch (err) {
    committing = Promise.reject(err instanceof Error ? err : new Error(String(err)));
  }
  return settle(ctx, sent, committing);
}

/** After the hand-over: waits for the store's answer, knowing only what `sent` says. */
async function settle(
  ctx: SourceContext,
  sent: { uidValidity: number; reset: boolean; previous: Checkpoint | undefined; uids: number[]; captured: number; rejected: number; expunged: number[]; pendingExpunged: Set<number> },
  committing: Promise<Checkpoint>,
): Promise<Checkpoint> {
  let answer: Checkpoint;
  try {
    answer = await unlessAborted(committing, ctx.stopSignal);
  } catch (err) {
    throw err instanceof StoppedError ? err : new SinkError(err);
  }
  // A sync that starts from nothing builds the complete list of what the store holds.
  if (sent.reset || sent.previous === undefined) ctx.seen = { uidValidity: sent.uidValidity, uids: new Set() };
  ctx.committed = answer;
  const seen = ctx.seen?.uidValidity === sent.uidValidity ? ctx.seen.uids : undefined;
  for (const uid of sent.uids) seen?.add(uid);
  for (const uid of sent.expunged) {
    sent.pendingExpunged.delete(uid);
    seen?.delete(uid);
  }
  ctx.stats.batches += 1;
  ctx.stats.captured += sent.captured;
  ctx.stats.rejected += sent.rejected;
  ctx.stats.expunged += sent.expunged.length;
  ctx.healthy();
  return answer;
}
