import { describe, expect, it } from 'vitest';
import type { SourceProgress } from '../../../shared/domain/capture';
import { sourceReasonCode, sourceTroubles, type CaptureStart } from '../../../renderer/src/views/common/capture/sourceTrouble';

const running: CaptureStart = { state: 'running' };
const progress = (sourceId: string, state: SourceProgress['state'], reason?: string, retryAt?: number): SourceProgress => ({
  sourceId,
  state,
  done: 0,
  total: 0,
  ...(reason === undefined ? {} : { reason }),
  ...(retryAt === undefined ? {} : { retryAt }),
});
const bySource = (...all: SourceProgress[]) => Object.fromEntries(all.map((p) => [p.sourceId, p]));

describe('R10.4 a source that stops says why and what to do', () => {
  const cases: [string, string, ReturnType<typeof sourceTroubles>[number]['fix'], string | undefined][] = [
    ['wrong password', 'auth-failed', 'password', 'account'],
    ['certificate changed', 'tls-untrusted', 'certificate', 'account'],
    ['no encryption offered', 'starttls-missing', 'certificate', 'account'],
    ['folder gone', 'mailbox-missing', 'folder', 'account'],
    ['the store refused a batch', 'store-failed', 'disk', undefined],
    ['a server that speaks oddly', 'protocol', 'wait', undefined],
    ['a reason nobody knows', 'martian', 'restart', undefined],
  ];
  it.each(cases)('R10.4 the drop box: %s', (_label, reason, fix, section) => {
    const [trouble, ...rest] = sourceTroubles(bySource(progress('dropbox', 'error', reason)), running);
    expect(rest).toEqual([]);
    expect(trouble).toMatchObject({ sourceId: 'dropbox', source: { kind: 'dropbox' }, fix });
    expect(trouble?.reason).toBe(reason === 'martian' ? 'internal' : reason);
    expect(trouble?.settingsSection).toBe(section);
  });

  it('R10.4 a synced folder that is gone is fixed in the sync section; the drop box comes first', () => {
    const troubles = sourceTroubles(bySource(progress('sync:Sales', 'error', 'mailbox-missing'), progress('dropbox', 'error', 'auth-failed')), running);
    expect(troubles.map((t) => [t.sourceId, t.source, t.settingsSection])).toEqual([
      ['dropbox', { kind: 'dropbox' }, 'account'],
      ['sync:Sales', { kind: 'sync', folder: 'Sales' }, 'sync'],
    ]);
  });

  it('R10.4 a crashed worker is one trouble for all mail, with its next try', () => {
    const troubles = sourceTroubles(bySource(progress('dropbox', 'error', 'worker-crashed', 5), progress('sync:INBOX', 'error', 'worker-crashed', 5)), running);
    expect(troubles).toEqual([{ sourceId: 'start', source: { kind: 'all' }, reason: 'capture-crashed', fix: 'restart', retryAt: 5 }]);
    expect(['worker-out-of-memory', 'worker-hung', 'worker-invalid-message'].map(sourceReasonCode)).toEqual(['capture-crashed', 'capture-crashed', 'capture-crashed']);
  });

  it('R10.4 offline, syncing and idle sources and the sync folder are not troubles here', () => {
    const sources = bySource(progress('dropbox', 'offline', 'unreachable'), progress('sync:INBOX', 'idle'), progress('replica:Blindcopy', 'error', 'auth-failed'));
    expect(sourceTroubles(sources, running)).toEqual([]);
  });

  it('R10.4 capture that did not start says why, whatever the sources said before', () => {
    expect(sourceTroubles(bySource(progress('dropbox', 'error', 'auth-failed')), { state: 'failed', failure: 'auth-failed' })).toEqual([
      { sourceId: 'start', source: { kind: 'all' }, reason: 'auth-failed', fix: 'password', settingsSection: 'account' },
    ]);
    expect(sourceTroubles({}, { state: 'no-password' })[0]).toMatchObject({ reason: 'not-configured', fix: 'password' });
    expect(sourceTroubles({}, { state: 'not-configured' })).toEqual([]);
  });
});
