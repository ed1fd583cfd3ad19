/**
 * The capture hand-over for one batch (DESIGN 4): the store commits the batch with its
 * checkpoint in one transaction, then main hears the checkpoint (ack). When the commit fails
 * (the disk is full: QuotaExceededError), nothing of the batch is kept, main hears a nack and
 * fetches the batch again later from the checkpoint the store still holds, and the user is told
 * why by a failure code (shown where the capture status is, until a batch commits again).
 */
import type { Checkpoint, SealedCaptureBatch } from '../../../shared/domain/capture';
import type { FailureCode } from '../../../shared/failures/failureCodes';
import type { BlindcopyApi } from '../../../shared/ipc/contract';
import { commitFailureCode } from '../store/errors';

export interface HandoverDeps {
  /** opens the batch (its body is the serialized CaptureBatch), commits it, answers its checkpoint */
  applyBatch(batch: SealedCaptureBatch): Promise<Checkpoint>;
  invoke: BlindcopyApi['invoke'];
  /** after a commit: the batch is in the store */
  committed(): void;
  /** what the capture status shows: why the last batch failed, or undefined once one commits */
  setStoreError(code: FailureCode | undefined): void;
}

/** Commits `batch` and acks it, or nacks it; resolves when main has heard either. */
export async function handOver(deps: HandoverDeps, batch: SealedCaptureBatch): Promise<void> {
  let checkpoint: Checkpoint;
  try {
    checkpoint = await deps.applyBatch(batch);
  } catch (err) {
    // handled: the user sees the code; main hears a nack and fetches the batch again later
    const code = commitFailureCode(err);
    deps.setStoreError(code);
    const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    await deps.invoke('capture:nack', { batchId: batch.batchId, message: `${code}: ${detail}`.slice(0, 400) });
    return;
  }
  deps.setStoreError(undefined);
  deps.committed();
  await deps.invoke('capture:ack', { batchId: batch.batchId, checkpoint });
}
