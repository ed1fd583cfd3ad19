/**
 * A small, honest stand-in for the CRM store behind the BatchSink: it validates each batch as the
 * IPC boundary would, applies it and its checkpoint in one step (nothing half-applied), keeps
 * messages by Message-ID (R3.6) and copies by (sourceId, uidValidity, uid), and answers with the
 * checkpoint it committed. It also counts what a correct engine never does, so tests can assert
 * on it: a copy delivered again, a checkpoint going backwards.
 */
import { CaptureBatchSchema, type CaptureBatch, type Checkpoint } from '../../../shared/domain/capture';
import type { CapturedMessage, RejectedMessage } from '../../../shared/domain/mail';
import type { ReplicaMessage } from '../../../shared/domain/replication';
import type { BatchSink } from '../../../main/capture/sync';

export const copyKey = (sourceId: string, uidValidity: number, uid: number): string => `${sourceId}/${uidValidity}/${uid}`;

type Copy = { kind: 'captured'; messageId: string } | { kind: 'rejected'; rejected: RejectedMessage };

export class RecordingStore implements BatchSink {
  readonly checkpoints = new Map<string, Checkpoint>();
  /** captured messages by Message-ID: one entry however many copies (R3.6) */
  readonly messages = new Map<string, CapturedMessage>();
  readonly copies = new Map<string, Copy>();
  readonly batchLog: Array<Pick<CaptureBatch, 'sourceId' | 'reset' | 'checkpoint'> & { captured: number; rejected: number; expunged: number[]; replicated?: ReplicaMessage[] }> = [];
  /** a copy arrived that the store had committed already (with the same UIDVALIDITY) */
  redelivered = 0;
  /** a checkpoint that went backwards within one UIDVALIDITY */
  regressions = 0;
  /** a Message-ID that came in again from another copy (normal after a UIDVALIDITY reset) */
  sameMessageAgain = 0;
  /** makes the next n commits fail, as a broken IPC or a full disk would */
  failNext = 0;
  /** simulated IPC + transaction time */
  delayMs = 0;
  /** commits never answer, as with a renderer that went away; `commitsStarted` still counts */
  hang = false;
  commitsStarted = 0;
  /** awaited before each commit is applied: a test holds the store back until something happened */
  beforeCommit: (() => Promise<void>) | undefined;
  /** runs after each commit, before the engine hears the answer */
  afterCommit: ((batch: CaptureBatch, committedBatches: number) => void) | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(initial: ReadonlyMap<string, Checkpoint> = new Map()) {
    for (const [id, cp] of initial) this.checkpoints.set(id, cp);
  }

  async commit(input: CaptureBatch): Promise<Checkpoint> {
    const batch = CaptureBatchSchema.parse(input);
    this.commitsStarted += 1;
    for (const listener of [...this.listeners]) listener();
    if (this.hang) return new Promise<Checkpoint>(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    await this.beforeCommit?.();
    if (this.failNext > 0) {
      this.failNext -= 1;
      throw new Error('store unavailable');
    }
    this.apply(batch);
    this.batchLog.push({
      sourceId: batch.sourceId,
      reset: batch.reset,
      checkpoint: batch.checkpoint,
      captured: batch.captured.length,
      rejected: batch.rejected.length,
      expunged: batch.expunged,
      ...(batch.replicated === undefined ? {} : { replicated: batch.replicated }),
    });
    this.afterCommit?.(batch, this.batchLog.length);
    for (const listener of [...this.listeners]) listener();
    return batch.checkpoint;
  }

  /** Resolves when `check` holds after some commit (or already does); rejects after `timeoutMs`. */
  waitFor(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const listener = (): void => {
        if (!check()) return;
        cleanup();
        resolve();
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.listeners.delete(listener);
      };
      this.listeners.add(listener);
    });
  }

  /** Message-IDs of the copies this source holds under its current UIDVALIDITY. */
  messageIdsOf(sourceId: string): string[] {
    const cp = this.checkpoints.get(sourceId);
    if (cp === undefined) return [];
    const prefix = `${sourceId}/${cp.uidValidity}/`;
    const ids: string[] = [];
    for (const [key, copy] of this.copies) if (key.startsWith(prefix) && copy.kind === 'captured') ids.push(copy.messageId);
    return ids;
  }

  /** What the engine's `knownUids` asks: the UIDs held for a source under a UIDVALIDITY. */
  uidsOf(sourceId: string, uidValidity: number): number[] {
    const prefix = `${sourceId}/${uidValidity}/`;
    return [...this.copies.keys()].filter((key) => key.startsWith(prefix)).map((key) => Number(key.slice(prefix.length)));
  }

  rejectedOf(sourceId: string): RejectedMessage[] {
    const out: RejectedMessage[] = [];
    for (const [key, copy] of this.copies) if (key.startsWith(`${sourceId}/`) && copy.kind === 'rejected') out.push(copy.rejected);
    return out;
  }

  capturedCount(sourceId: string): number {
    return this.messageIdsOf(sourceId).length;
  }

  private apply(batch: CaptureBatch): void {
    const { sourceId } = batch;
    const previous = this.checkpoints.get(sourceId);
    if (batch.reset) {
      // UIDVALIDITY changed: forget this source's UID mapping, keep the messages (R3.6).
      for (const key of [...this.copies.keys()]) if (key.startsWith(`${sourceId}/`)) this.copies.delete(key);
    }
    const sameMailbox = previous !== undefined && previous.uidValidity === batch.checkpoint.uidValidity && !batch.reset;
    if (sameMailbox && batch.checkpoint.lastUid < previous.lastUid) this.regressions += 1;
    const covered = (uid: number): boolean => sameMailbox && uid <= previous.lastUid;

    for (const message of batch.captured) {
      const key = copyKey(sourceId, message.source.uidValidity, message.source.uid);
      if (this.copies.has(key) || covered(message.source.uid)) this.redelivered += 1;
      if (this.messages.has(message.messageId)) this.sameMessageAgain += 1;
      else this.messages.set(message.messageId, message);
      this.copies.set(key, { kind: 'captured', messageId: message.messageId });
    }
    for (const rejected of batch.rejected) {
      const key = copyKey(sourceId, rejected.source.uidValidity, rejected.source.uid);
      if (this.copies.has(key) || covered(rejected.source.uid)) this.redelivered += 1;
      this.copies.set(key, { kind: 'rejected', rejected });
    }
    // Expunges after the additions: a message may arrive and vanish within one batch.
    for (const uid of batch.expunged) {
      const key = copyKey(sourceId, batch.checkpoint.uidValidity, uid);
      const copy = this.copies.get(key);
      this.copies.delete(key);
      if (copy?.kind === 'captured' && ![...this.copies.values()].some((c) => c.kind === 'captured' && c.messageId === copy.messageId)) {
        this.messages.delete(copy.messageId);
      }
    }
    this.checkpoints.set(sourceId, batch.checkpoint);
  }
}
