/** What one source's runner, session and catch-up share: settings in, state kept across sessions. */
import type { Checkpoint, SourceProgress } from '../../../shared/domain/capture';
import type { Clock } from '../../platform/ports';
import type { BatchSink, CaptureSource, RecaptureQueue, RetryPolicy, SourceStats, UnderstandBase, UnderstandFn } from './types';

/** Engine-wide settings, defaults applied. */
export interface EngineDeps {
  sink: BatchSink;
  clock: Clock;
  understandBase(): UnderstandBase;
  understand: UnderstandFn;
  chunkSize: number;
  batchBytes: number;
  maxMessageBytes: number;
  pollIntervalMs: number;
  /** how long one setup step of a session (connect and login, SELECT) may take */
  stepTimeoutMs: number;
  qresync: boolean;
  retry: RetryPolicy;
  knownUids: ((sourceId: string, uidValidity: number) => Promise<readonly number[]>) | undefined;
  recapture: RecaptureQueue | undefined;
}

export type ProgressUpdate = Omit<SourceProgress, 'sourceId'>;

export interface SourceContext {
  readonly source: CaptureSource;
  readonly deps: EngineDeps;
  /** the checkpoint the store last acknowledged: the only place a sync resumes from */
  committed: Checkpoint | undefined;
  readonly stats: SourceStats;
  /** aborted by stop() */
  readonly stopSignal: AbortSignal;
  /**
   * The UIDs this process knows the store holds, for the UID-list comparison on servers without
   * QRESYNC. Only set once complete: after a sync from UID 1, or after a comparison.
   */
  seen: { uidValidity: number; uids: Set<number> } | undefined;
  progress(update: ProgressUpdate): void;
  /** the session made progress: the next failure starts the back-off from the beginning */
  healthy(): void;
}
