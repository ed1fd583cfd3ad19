/** UI state of capture: per-source progress (R10.4) and whether the servers can be reached (R8.1). */
import { create } from 'zustand';
import type { SourceProgress } from '../../../shared/domain/capture';

export type CaptureState = 'idle' | 'running' | 'not-configured' | 'no-password';

interface SyncState {
  capture: CaptureState;
  sources: Record<string, SourceProgress>;
  storeError: string | undefined;
  setCaptureState(state: CaptureState): void;
  setProgress(progress: SourceProgress): void;
  setStoreError(message: string | undefined): void;
}

export const useSyncStore = create<SyncState>((set) => ({
  capture: 'idle',
  sources: {},
  storeError: undefined,
  setCaptureState: (capture) => set({ capture }),
  setProgress: (progress) => set((s) => ({ sources: { ...s.sources, [progress.sourceId]: nextProgress(s.sources[progress.sourceId], progress) } })),
  setStoreError: (storeError) => set({ storeError }),
}));

/**
 * A source that is offline reports 'connecting' at every retry (each attempt takes a moment before
 * it fails again); it stays offline until an attempt gets through, or the offline note would
 * flicker with every retry.
 */
export function nextProgress(previous: SourceProgress | undefined, update: SourceProgress): SourceProgress {
  if (previous?.state === 'offline' && update.state === 'connecting') return previous;
  return update;
}

/** offline when every source that reported is offline */
export function isOffline(sources: Record<string, SourceProgress>): boolean {
  const all = Object.values(sources);
  return all.length > 0 && all.every((s) => s.state === 'offline');
}

/** R10.4: the sum of what the syncing sources report, or undefined when none is syncing */
export function syncingProgress(sources: Record<string, SourceProgress>): { done: number; total: number } | undefined {
  const busy = Object.values(sources).filter((s) => s.state === 'syncing' && s.total > 0);
  if (busy.length === 0) return undefined;
  return { done: busy.reduce((n, s) => n + s.done, 0), total: busy.reduce((n, s) => n + s.total, 0) };
}

/** true while a source catches up with its mailbox: more batches are on their way */
export function catchingUp(): boolean {
  return syncingProgress(useSyncStore.getState().sources) !== undefined;
}
