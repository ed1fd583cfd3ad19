import { describe, expect, it } from 'vitest';
import { isOffline, nextProgress, replicaProgress, syncingProgress, useSyncStore } from '../../../renderer/src/session/syncState';
import type { SourceProgress } from '../../../shared/domain/capture';

const p = (sourceId: string, state: SourceProgress['state'], done = 0, total = 0): SourceProgress => ({ sourceId, state, done, total });

describe('R10.4 / R8.1 capture status for the shell', () => {
  it.each([
    ['nothing reported', {}, undefined],
    ['one source syncing', { a: p('a', 'syncing', 20, 200) }, { done: 20, total: 200 }],
    ['two sources add up', { a: p('a', 'syncing', 20, 200), b: p('b', 'syncing', 5, 10) }, { done: 25, total: 210 }],
    ['idle sources do not count', { a: p('a', 'idle', 200, 200), b: p('b', 'syncing', 1, 2) }, { done: 1, total: 2 }],
    ['syncing without a total is not shown', { a: p('a', 'syncing', 0, 0) }, undefined],
  ])('R10.4 progress: %s', (_name, sources, expected) => {
    expect(syncingProgress(sources)).toEqual(expected);
  });

  it.each([
    ['no source yet', {}, false],
    ['all offline', { a: p('a', 'offline'), b: p('b', 'offline') }, true],
    ['one still reachable', { a: p('a', 'offline'), b: p('b', 'idle') }, false],
  ])('R8.1 offline: %s', (_name, sources, expected) => {
    expect(isOffline(sources)).toBe(expected);
  });

  it.each([
    ['a retry of an offline source stays offline', p('a', 'offline'), p('a', 'connecting'), 'offline'],
    ['an attempt that gets through ends it', p('a', 'offline'), p('a', 'syncing', 0, 5), 'syncing'],
    ['back to idle ends it', p('a', 'offline'), p('a', 'idle'), 'idle'],
    ['a first connect is connecting', undefined, p('a', 'connecting'), 'connecting'],
    ['a reconnect after idle is connecting', p('a', 'idle'), p('a', 'connecting'), 'connecting'],
  ])('R8.1 offline does not flicker: %s', (_name, previous, update, expected) => {
    expect(nextProgress(previous, update).state).toBe(expected);
  });

  it.each([
    ['a retry of a stopped source keeps its trouble', p('a', 'error'), p('a', 'connecting'), 'error'],
    ['an attempt that gets through ends it', p('a', 'error'), p('a', 'idle'), 'idle'],
    ['a new failure replaces it', p('a', 'error'), p('a', 'offline'), 'offline'],
  ])('R10.4 a stopped source\'s note does not flicker: %s', (_name, previous, update, expected) => {
    expect(nextProgress(previous, update).state).toBe(expected);
  });

  it.each([
    ['the sync folder is not mail', { r: p('replica:Blindcopy', 'syncing', 3, 9) }, undefined],
    ['mail counts alone', { a: p('dropbox', 'syncing', 1, 4), r: p('replica:Blindcopy', 'syncing', 3, 9) }, { done: 1, total: 4 }],
  ])('R10.4 mail progress leaves the replica source out: %s', (_name, sources, expected) => {
    expect(syncingProgress(sources)).toEqual(expected);
  });

  it.each([
    ['mail offline, sync folder online', { a: p('dropbox', 'offline'), r: p('replica:Blindcopy', 'idle') }, true],
    ['only the sync folder offline', { a: p('dropbox', 'idle'), r: p('replica:Blindcopy', 'offline') }, false],
  ])('R8.1 offline means the mail sources: %s', (_name, sources, expected) => {
    expect(isOffline(sources)).toBe(expected);
  });

  it('R8.3 the replica source reports on its own', () => {
    const r = p('replica:Blindcopy', 'syncing', 3, 9);
    expect(replicaProgress({ a: p('dropbox', 'syncing', 1, 4), r })).toBe(r);
    expect(replicaProgress({ a: p('dropbox', 'idle') })).toBeUndefined();
  });

  it('R8.3 the last save is when the pending count went down', () => {
    const { setReplicationPending } = useSyncStore.getState();
    setReplicationPending(3, 1000);
    expect(useSyncStore.getState().replicationSavedAt).toBeUndefined();
    setReplicationPending(5, 2000);
    expect(useSyncStore.getState().replicationSavedAt).toBeUndefined();
    setReplicationPending(0, 3000);
    expect(useSyncStore.getState()).toMatchObject({ replicationPending: 0, replicationSavedAt: 3000 });
  });
});
