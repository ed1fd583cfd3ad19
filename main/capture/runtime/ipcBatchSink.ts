/**
 * The app's BatchSink: a batch goes to the renderer as an event, and the store answers with
 * capture:ack (committed, with its checkpoint) or capture:nack. No answer in time counts as a
 * failure, so the engine resumes from the last acknowledged checkpoint and nothing is lost.
 */
import type { Checkpoint, SealedCaptureBatch } from '../../../shared/domain/capture';
import { createPendingRequests } from '../../platform/pendingRequests';
import type { SealedBatchSink } from '../worker/engineProxy';

/**
 * Internal (never reaches a user as itself): the store did not commit a batch. Its name crosses
 * the worker boundary (engineWorker.ts), so the engine tells a store refusal from an IMAP failure.
 */
export class BatchNotCommittedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BatchNotCommittedError';
  }
}

export interface IpcBatchSink extends SealedBatchSink {
  ack(batchId: string, checkpoint: Checkpoint): void;
  nack(batchId: string, message: string): void;
  /** fail every batch in flight (the renderer went away, capture restarts) */
  abandon(reason: string): void;
}

export function createIpcBatchSink(send: (batch: SealedCaptureBatch) => void, timeoutMs = 120_000): IpcBatchSink {
  // Keyed by batch id, and knowing the batch only by it: a closure that saw the batch would keep
  // it alive until the ack.
  const answers = createPendingRequests<Checkpoint, string>();
  return {
    // Main must not hold a batch while the store commits it (a second or more): a sealed batch's
    // body is megabytes, outside V8's heap but in main's memory until it is collected.
    commit(batch) {
      const { answer } = answers.open({ key: batch.batchId, timeoutMs, timeoutError: () => new BatchNotCommittedError('The CRM store did not confirm the batch in time.') });
      send(batch);
      return answer;
    },
    ack(batchId, checkpoint) {
      answers.resolve(batchId, checkpoint);
    },
    nack(batchId, message) {
      answers.reject(batchId, new BatchNotCommittedError(message));
    },
    abandon(reason) {
      answers.rejectAll(() => new BatchNotCommittedError(reason));
    },
  };
}
