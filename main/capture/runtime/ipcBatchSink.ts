/**
 * The app's BatchSink: a batch goes to the renderer as an event, and the store answers with
 * capture:ack (committed, with its checkpoint) or capture:nack. No answer in time counts as a
 * failure, so the engine resumes from the last acknowledged checkpoint and nothing is lost.
 */
import type { CaptureBatch, Checkpoint } from '../../../shared/domain/capture';
import type { BatchSink } from '../sync';

export class BatchNotCommittedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BatchNotCommittedError';
  }
}

export interface IpcBatchSink extends BatchSink {
  ack(batchId: string, checkpoint: Checkpoint): void;
  nack(batchId: string, message: string): void;
  /** fail every batch in flight (the renderer went away, capture restarts) */
  abandon(reason: string): void;
}

export function createIpcBatchSink(send: (batch: CaptureBatch) => void, timeoutMs = 120_000): IpcBatchSink {
  const pending = new Map<string, { resolve(c: Checkpoint): void; reject(e: Error): void; timer: ReturnType<typeof setTimeout> }>();
  const settle = (batchId: string) => {
    const p = pending.get(batchId);
    if (p) {
      clearTimeout(p.timer);
      pending.delete(batchId);
    }
    return p;
  };
  /** Knows the batch only by its id: a closure that saw the batch would keep it alive until the ack. */
  const answerFor = (batchId: string): Promise<Checkpoint> =>
    new Promise<Checkpoint>((resolve, reject) => {
      const timer = setTimeout(() => {
        settle(batchId);
        reject(new BatchNotCommittedError('The CRM store did not confirm the batch in time.'));
      }, timeoutMs);
      pending.set(batchId, { resolve, reject, timer });
    });
  return {
    // Main must not hold a batch while the store commits it (a second or more): what survives
    // V8's scavenges is what grows main's young generation, and a batch is megabytes.
    commit(batch) {
      const answer = answerFor(batch.batchId);
      send(batch);
      return answer;
    },
    ack(batchId, checkpoint) {
      settle(batchId)?.resolve(checkpoint);
    },
    nack(batchId, message) {
      settle(batchId)?.reject(new BatchNotCommittedError(message));
    },
    abandon(reason) {
      for (const id of [...pending.keys()]) settle(id)?.reject(new BatchNotCommittedError(reason));
    },
  };
}
