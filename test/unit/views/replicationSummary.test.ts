/** R8.3 / R10.4: where the copy on the mail server stands, as the sidebar and Settings word it. */
import { describe, expect, it } from 'vitest';
import { needsAttention, reasonCode, summarizeReplication } from '../../../renderer/src/views/common/replication/replicationSummary';
import { replicationFolderProblem } from '../../../renderer/src/views/settings/replicationFolder';
import { restoreProgressOf } from '../../../renderer/src/views/firstRun/restoreProgress';
import type { ReplicationStatus } from '../../../shared/domain/replication';
import type { DropboxConfig } from '../../../shared/settings/accountConfig';

const status = (state: ReplicationStatus['state'], extra: Partial<ReplicationStatus> = {}): ReplicationStatus => ({ state, folder: 'Blindcopy', ...extra });

describe('R8.3 replication state in words', () => {
  it.each([
    ['not known yet', undefined, 0, { kind: 'unknown' }],
    ['not counted yet', status('online'), undefined, { kind: 'unknown' }],
    ['turned off', status('disabled'), 3, { kind: 'off' }],
    ['online, nothing pending: all saved', status('online'), 0, { kind: 'saved' }],
    ['online, changes pending: N waiting', status('online'), 4, { kind: 'waiting', pending: 4 }],
    ['connecting, nothing pending: all saved', status('connecting'), 0, { kind: 'saved' }],
    ['connecting, changes pending', status('connecting'), 2, { kind: 'connecting', pending: 2 }],
    [
      'offline with its reason and next attempt',
      status('offline', { reason: 'unreachable', retryAt: 5000 }),
      2,
      { kind: 'offline', pending: 2, reason: 'unreachable', retryAt: 5000 },
    ],
    ['offline without a reason reads as unreachable', status('offline'), 0, { kind: 'offline', pending: 0, reason: 'unreachable' }],
    ['a wrong password is an error to fix', status('error', { reason: 'auth-failed' }), 1, { kind: 'error', pending: 1, reason: 'auth-failed' }],
    ['no stored password reads as not configured', status('error', { reason: 'no-password' }), 0, { kind: 'error', pending: 0, reason: 'not-configured' }],
    ['an unknown reason is worded generically', status('error', { reason: 'EWHATEVER' }), 0, { kind: 'error', pending: 0, reason: 'internal' }],
  ])('R8.3 %s', (_name, given, pending, expected) => {
    expect(summarizeReplication(given, pending)).toEqual(expected);
  });

  it('R10.4 the sidebar speaks up only when changes cannot reach the server', () => {
    const kinds = [status('online'), status('connecting'), status('disabled'), status('offline'), status('error')].map((s) => needsAttention(summarizeReplication(s, 1)));
    expect(kinds).toEqual([false, false, false, true, true]);
  });

  it('R10.4 every reason is a failure code the errors table words', () => {
    expect(reasonCode('timeout', 'internal')).toBe('timeout');
    expect(reasonCode('tls-untrusted', 'internal')).toBe('tls-untrusted');
    expect(reasonCode(undefined, 'unreachable')).toBe('unreachable');
  });
});

describe('R8.3 the sync folder named in Settings', () => {
  const inFolder: { dropbox: DropboxConfig } = { dropbox: { mode: 'folder', mailbox: 'CRM' } };
  it.each([
    ['Blindcopy', undefined],
    ['  Archive/Blindcopy  ', undefined],
    ['', 'invalid'],
    ['   ', 'invalid'],
    ['inbox', 'invalid'],
    ['CRM*', 'invalid'],
    ['50%', 'invalid'],
    ['a\nb', 'invalid'],
    ['x'.repeat(201), 'invalid'],
    ['CRM', 'dropbox'],
  ])('%j → %s', (typed, expected) => {
    expect(replicationFolderProblem(typed, inFolder)).toBe(expected);
  });
});

describe('R8.3 first run: the restore from the mail server', () => {
  const replica = (state: 'connecting' | 'syncing' | 'idle' | 'offline' | 'error', done = 0, total = 0, reason?: string) => ({
    sourceId: 'replica:Blindcopy',
    state,
    done,
    total,
    ...(reason ? { reason } : {}),
  });
  it.each([
    ['nothing reported yet', undefined, { kind: 'starting' }],
    ['connecting', replica('connecting'), { kind: 'starting' }],
    ['copying the folder', replica('syncing', 3, 9), { kind: 'copying', done: 3, total: 9 }],
    ['syncing without a total yet', replica('syncing'), { kind: 'starting' }],
    ['caught up', replica('idle'), { kind: 'done' }],
    ['offline, with why', replica('offline', 0, 0, 'unreachable'), { kind: 'waiting', reason: 'unreachable' }],
    ['refused, with why', replica('error', 0, 0, 'auth-failed'), { kind: 'waiting', reason: 'auth-failed' }],
  ])('R8.3 %s', (_name, given, expected) => {
    expect(restoreProgressOf(given)).toEqual(expected);
  });
});
