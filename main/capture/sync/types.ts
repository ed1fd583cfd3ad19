/**
 * The sync engine's public surface (DESIGN "How data flows" 1, 2 and 4): which sources it
 * mirrors, where batches go, and what it reports.
 */
import type { CaptureBatch, Checkpoint, SourceProgress } from '../../../shared/domain/capture';
import type { SourceKind } from '../../../shared/domain/mail';
import type { ServerLogin } from '../../../shared/settings/account';
import type { RetryPolicy } from '../../platform/backoff';
import type { Clock } from '../../platform/ports';
import type { UnderstandContext, Understood } from '../understand';

/** One mailbox to mirror: the drop box, or one of the account's folders when sync is on (R7). */
export interface CaptureSource {
  id: string;
  kind: SourceKind;
  server: ServerLogin;
  mailbox: string;
  /** R7.2: epoch ms; on the first sync only messages from this day on are fetched */
  since?: number;
}

/**
 * Where batches go. `commit` resolves once the store has committed the batch AND its checkpoint
 * in one transaction, with the checkpoint it holds now; the engine resumes from that and from
 * nothing else. The app's sink goes over IPC to the renderer's store.
 */
export interface BatchSink {
  commit(batch: CaptureBatch): Promise<Checkpoint>;
}

/** What understandMessage needs that is the same for every message of the account. */
export type UnderstandBase = Pick<UnderstandContext, 'own' | 'dropBox' | 'authservId' | 'resolver'>;

export type UnderstandFn = (raw: Buffer, ctx: UnderstandContext) => Promise<Understood>;

/** Reconnect delays (defaults 1 s … 5 min, createCaptureEngine.ts). */
export type { RetryPolicy };

/**
 * R3.8: messages the user accepted from the Rejected list, fetched again and delivered as
 * captured. `done` is told once the store committed them.
 */
export interface RecaptureQueue {
  uids(sourceId: string, uidValidity: number): readonly number[];
  done(sourceId: string, uids: readonly number[]): void;
}

export interface CaptureEngineOptions {
  sources: readonly CaptureSource[];
  /** the checkpoints the store holds, by source id */
  checkpoints: ReadonlyMap<string, Checkpoint | undefined>;
  sink: BatchSink;
  /** a value, or a getter read per chunk (own addresses change when an alternate is verified) */
  understandContext: UnderstandBase | (() => UnderstandBase);
  onProgress?: (progress: SourceProgress) => void;
  clock: Clock;
  /** messages per fetch and per batch at most (default 250) */
  chunkSize?: number;
  /**
   * message bytes (whole sources, or header blocks and text parts) fetched per batch at most,
   * beyond its first message (default 3 MB); bounds the engine's memory with large mail
   */
  batchBytes?: number;
  retry?: Partial<RetryPolicy>;
  /** R3.5 limit in bytes (default MAX_CAPTURE_BYTES) */
  maxMessageBytes?: number;
  /** poll interval where the server has no IDLE; also how often IDLE is renewed (default 60 s) */
  pollIntervalMs?: number;
  /**
   * how long one setup step of a session may take: connect (TCP, TLS, greeting, login), SELECT
   * (default 30 s); a server silent for longer is left and tried again with back-off
   */
  stepTimeoutMs?: number;
  /** replaces understandMessage (tests) */
  understand?: UnderstandFn;
  recapture?: RecaptureQueue;
  /** ask for QRESYNC when offered (default true); false forces the UID-list comparison */
  qresync?: boolean;
  /**
   * The UIDs the store holds for a source under a UIDVALIDITY. On servers without QRESYNC
   * (Gmail among them) this is how expunges made while the app was closed are found; without it
   * only those made while it runs are.
   */
  knownUids?: (sourceId: string, uidValidity: number) => Promise<readonly number[]>;
}

export interface SourceStats {
  /** logins tried (fetch and IDLE connections) */
  connectAttempts: number;
  /** sessions that ended by a failure and were (or will be) retried */
  reconnects: number;
  batches: number;
  captured: number;
  rejected: number;
  expunged: number;
  /** bytes received on all of this source's IMAP connections (socket level, after TLS) */
  bytesReceived: number;
  /** of those, message bytes: whole sources, header blocks and body parts */
  bodyBytes: number;
  /** bytes received by downloadAttachment, kept apart from the mirror's figures */
  attachmentBytes: number;
  state: SourceProgress['state'];
  reason?: string;
}

export interface CaptureEngine {
  start(): void;
  /** closes every connection and timer; resolves when nothing of the engine is left running */
  stop(): Promise<void>;
  /** catch up now: wakes an idle source, skips a back-off wait, or retries after an error */
  syncNow(sourceId: string): void;
  /** the decoded bytes of one attachment (IMAP part), fetched on demand */
  downloadAttachment(sourceId: string, uidValidity: number, uid: number, part: string): Promise<Buffer>;
  stats(): Record<string, SourceStats>;
}
