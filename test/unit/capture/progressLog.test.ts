import { describe, expect, it } from 'vitest';
import { sourceProgressLog } from '../../../main/capture/runtime/progressLog';

describe('R10.4 a stopped source reaches main\'s log', () => {
  it('R10.4 once per change of trouble, and once when it runs again', () => {
    const lines: string[] = [];
    const log = sourceProgressLog({ error: (message) => lines.push(message) });
    const p = (state: 'connecting' | 'syncing' | 'idle' | 'offline' | 'error', reason?: string) => ({ sourceId: 'dropbox', state, done: 0, total: 0, ...(reason ? { reason } : {}) });
    log(p('connecting'));
    log(p('offline', 'unreachable'));
    log(p('connecting'));
    log(p('offline', 'unreachable'));
    log(p('error', 'auth-failed'));
    log(p('connecting'));
    log(p('idle'));
    log(p('idle'));
    expect(lines).toEqual([
      'capture: source dropbox stopped: offline unreachable',
      'capture: source dropbox stopped: error auth-failed',
      'capture: source dropbox is running again (was error auth-failed)',
    ]);
  });
});
