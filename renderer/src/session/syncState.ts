/**
 * UI state of capture: per-source progress (R10.4) and whether the servers can be reached (R8.1);
 * and where the CRM's copy on the mail server stands (R8.3, main's `replication:status`), for the
 * sidebar and Settings. The sync folder is a capture source too (kind `replica`, id
 * `replica:<folder>`): its progress is the CRM coming down, never mail, so the mail figures
 * leave it out and `replicaProgress` reports it alone.
 */
import { create } from 'zustand';
import type { SourceProgress } from '../../../shared/domain/capture';
import type { FailureCode } from '../../../shared/failures/failureCodes';
import { isReplicaSource, type ReplicationStatus } from '../../../shared/domain/replication';

/** 'failed': capture:start was refused (`captureFailure` says why, R10.4) */
export type CaptureState = 'idle' | 'running' | 'not-configured' | 'no-password' | 'failed';

interface SyncState {
  capture: CaptureState;
  captureFailure: FailureCode | undefined;
  sources: Record<string, SourceProgress>;
  /** R8.2: why the last capture batch did not commit (until one commits again) */
  storeError: FailureCode | undefined;
  /** undefined until main answered */
  replication: ReplicationStatus | undefined;
  /** this device's changes not yet on the server (live from the store); undefined until counted */
  replicationPending: number | undefined;
  /** epoch ms when changes last reached the server in this session (the pending count went down) */
  replicationSavedAt: number | undefined;
  setCaptureState(state: CaptureState, failure?: FailureCode): void;
  setProgress(progress: SourceProgress): void;
  /** capture (re)started with these sources: what others last reported is gone with them */
  keepSources(ids: readonly string[]): void;
  setStoreError(code: FailureCode | undefined): void;
  setReplication(status: ReplicationStatus): void;
  setReplicationPending(count: number, now: number): void;
}

export const useSyncStore = create<SyncState>((set) => ({
  capture: 'idle',
  captureFailure: undefined,
  sources: {},
  storeError: undefined,
  replication: undefined,
  replicationPending: undefined,
  replicationSavedAt: undefined,
  setCaptureState: (capture, captureFailure) => set({ capture, captureFailure }),
  setProgress: (progress) => set((s) => ({ sources: { ...s.sources, [progress.sourceId]: nextProgress(s.sources[progress.sourceId], progress) } })),
  keepSources: (ids) => set((s) => ({ sources: Object.fromEntries(Object.entries(s.sources).filter(([id]) => ids.includes(id))) })),
  // the same answer batch after batch notifies nobody
  setStoreError: (storeError) => set((s) => (s.storeError === storeError ? s : { storeError })),
  setReplication: (replication) => set({ replication }),
  setReplicationPending: (count, now) =>
    set((s) => ({
      replicationPending: count,
      replicationSavedAt: s.replicationPending !== undefined && count < s.replicationPending ? now : s.replicationSavedAt,
    })),
}));


function mailSources(sources: Record<string, SourceProgress>): SourceProgress[] {
  return Object.values(sources).filter((s) => !isReplicaSource(s.sourceId));
}

/**
 * A source that is offline or stopped in error reports 'connecting' at every retry (each attempt
 * takes a moment before it fails again, and "Retry now" is one); it stays as it was until an
 * attempt gets through or fails anew, or the offline note and the source's trouble note (R10.4)
 * would flicker with every retry.
 */
export function nextProgress(previous: SourceProgress | undefined, update: SourceProgress): SourceProgress {
  if ((previous?.state === 'offline' || previous?.state === 'error') && update.state === 'connecting') return previous;
  return update;
}

/** offline when every mail source that reported is offline */
export function isOffline(sources: Record<string, SourceProgress>): boolean {
  const all = mailSources(sources);
  return all.length > 0 && all.every((s) => s.state === 'offline');
}

/** R10.4: the sum of what the syncing mail sources report, or undefined when none is syncing */
export function syncingProgress(sources: Record<string, SourceProgress>): { done: number; total: number } | undefined {
  const busy = mailSources(sources).filter((s) => s.state === 'syncing' && s.total > 0);
  if (busy.length === 0) return undefined;
  return { done: busy.reduce((n, s) => n + s.done, 0), total: busy.reduce((n, s) => n + s.total, 0) };
}

/** R8.3: the sync folder's source (there is one at most), as it last reported */
export function replicaProgress(sources: Record<string, SourceProgress>): SourceProgress | undefined {
  return Object.values(sources).find((s) => isReplicaSource(s.sourceId));
}

/** true while a source catches up with its mailbox: more batches are on their way */
export function catchingUp(): boolean {
  const { sources } = useSyncStore.getState();
  const replica = replicaProgress(sources);
  return syncingProgress(sources) !== undefined || (replica?.state === 'syncing' && replica.total > 0);
}
