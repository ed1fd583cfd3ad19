import { describe, expect, it } from 'vitest';
import { isOffline, nextProgress, syncingProgress } from '../../../renderer/src/session/syncState';
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
});
