/** The log can be used before its files are open: lines wait, in order, and nothing is lost. */
import { describe, expect, it } from 'vitest';
import { createDeferredLogger } from '../../../main/platform/log/deferredLogger';
import { logCode } from '../../../main/platform/log/logFields';
import type { Logger } from '../../../main/platform/ports';
import { memoryLogger } from './memoryLog';

describe('deferred log', () => {
  it('writes what was logged while opening, in order, then writes straight through', async () => {
    const memory = memoryLogger();
    let open: (logger: Logger) => void = () => undefined;
    const log = createDeferredLogger(new Promise<Logger>((resolve) => (open = resolve)));
    log.info('app.started');
    log.error('ipc.handler-failed', { call: logCode('app:info') }, new TypeError('boom'));
    expect(memory.lines()).toEqual([]);
    open(memory.logger);
    await Promise.resolve();
    await Promise.resolve();
    log.warn('capture.source-state', { code: 'auth-failed' });
    expect(memory.lines().map((l) => [l.level, l.msg])).toEqual([
      ['info', 'app.started'],
      ['error', 'ipc.handler-failed'],
      ['warn', 'capture.source-state'],
    ]);
  });
});
