import { describe, expect, it } from 'vitest';
import { sourceProgressLog } from '../../../main/capture/runtime/progressLog';
import { recordingLogger } from '../../support/recordingLogger';

describe('R10.4 a stopped source reaches main\'s log', () => {
  it('R10.4 once per change of trouble, and once when it runs again', () => {
    const { logger, lines } = recordingLogger();
    const log = sourceProgressLog(logger);
    const p = (state: 'connecting' | 'syncing' | 'idle' | 'offline' | 'error', reason?: string) => ({ sourceId: 'dropbox', state, done: 0, total: 0, ...(reason ? { reason } : {}) });
    log(p('connecting'));
    log(p('offline', 'unreachable'));
    log(p('connecting'));
    log(p('offline', 'unreachable'));
    log(p('error', 'auth-failed'));
    log(p('connecting'));
    log(p('idle'));
    log(p('idle'));
    expect(lines.map(({ level, event, fields }) => ({ level, event, fields }))).toEqual([
      { level: 'warn', event: 'capture.source-state', fields: { id: 'dropbox', kind: 'offline', code: 'unreachable' } },
      { level: 'warn', event: 'capture.source-state', fields: { id: 'dropbox', kind: 'error', code: 'auth-failed' } },
      { level: 'info', event: 'capture.source-recovered', fields: { id: 'dropbox', kind: 'error' } },
    ]);
  });
});
