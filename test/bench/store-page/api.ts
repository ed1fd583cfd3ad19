/** What the store page offers the benchmark (window.benchStore), shared by both sides as types. */
import type { SnapshotPart } from '../../../shared/rules/replication/snapshot';
import type { QueryKind, QueryTimes } from './timedQueries';

export interface ScaleSetup {
  threads: number;
  seed: number;
}

export interface LoadStep {
  /** messages applied by this step */
  messages: number;
  /** time inside applyBatch, summed over the step's batches */
  applyMs: number;
  /** all of the step, generating the batches included */
  ms: number;
  done: boolean;
  /** messages the current generator has made so far */
  totalApplied: number;
}

export interface WordSteps {
  messages: number;
  ms: number;
  /** messages still waiting */
  left: number;
}

export interface StoreCounts {
  threads: number;
  messages: number;
  persons: number;
  deals: number;
  linkedThreads: number;
}

export interface BenchStoreApi {
  /** a new, empty database with the account's settings and the deals; loading starts */
  setup(spec: ScaleSetup): Promise<{ deals: number; totalMessages: number }>;
  /** the database a cached profile holds, as setup + loading left it */
  attach(spec: ScaleSetup): Promise<{ deals: number }>;
  load(batches: number, batchSize: number): Promise<LoadStep>;
  /** more mail on top of what is stored: `threads` new conversations after the last message */
  continueWith(threads: number): Promise<{ totalMessages: number }>;
  counts(): Promise<StoreCounts>;
  /** up to `steps` steps of the word indexer (store/words), as the app runs it when capture is quiet */
  indexWords(steps: number): Promise<WordSteps>;
  /** `reps` timed repetitions, fewer (but at least 10) when they would take over `budgetMs` */
  query(kind: QueryKind, reps: number, seed: number, budgetMs: number): Promise<QueryTimes>;
  /** R8.3 the store's replicated state as snapshot parts, as a device uploads it (replication scenario) */
  replicationSnapshot(): Promise<{ parts: SnapshotPart[] }>;
  /** drops the generator, so the heap measured next is the store's own */
  finishLoading(): void;
}

declare global {
  interface Window {
    benchStore?: BenchStoreApi;
  }
}
