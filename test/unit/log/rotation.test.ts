/**
 * The log files roll (issue 22): a file a day or every 5 MB, at most 7 in all with earlier runs'
 * files counted, in <data folder>/logs. The configuration, then pino-roll really rolling it
 * with a tiny size, and the reader of recent problems over the rolled files.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileLogger } from '../../../main/platform/log/fileLogger';
import { logCode } from '../../../main/platform/log/logFields';
import { recentProblemLines } from '../../../main/platform/log/recentErrors';
import { isLogFileName, logFolder, rotationOptions } from '../../../main/platform/log/rotation';

const freshFolder = () => join(mkdtempSync(join(tmpdir(), 'blindcopy-log-')), 'logs');

describe('log rotation', () => {
  it('the log lives in the data folder and rolls daily or at 5 MB, keeping 6 rolled files of any run', () => {
    expect(logFolder('/data/Blindcopy')).toBe(join('/data/Blindcopy', 'logs'));
    expect(rotationOptions('/data/Blindcopy/logs')).toEqual({
      file: join('/data/Blindcopy/logs', 'blindcopy'),
      extension: '.log',
      frequency: 'daily',
      size: '5m',
      dateFormat: 'yyyy-MM-dd',
      limit: { count: 6, removeOtherLogFiles: true },
      mkdir: true,
    });
  });

  it.each([
    ['blindcopy.2026-12-07.1.log', true],
    ['blindcopy.2026-12-07.12.log', true],
    ['account.json', false],
    ['blindcopy.2026-12-07.1.log.gz', false],
    ['other.2026-12-07.1.log', false],
  ])('%s is one of our log files: %s', (name, ours) => {
    expect(isLogFileName(name)).toBe(ours);
  });

  it('rolls to a new file past the size and removes the oldest beyond the limit', async () => {
    const folder = freshFolder();
    const log = await createFileLogger({ folder, rotation: { size: '1k', limit: { count: 2, removeOtherLogFiles: true } } });
    // each line is ~150 bytes: 100 lines are ~15 files' worth at 1 kB
    // pino-roll says when it has removed old files after a roll: wait for a clean-up that left at most 3
    const trimmed = new Promise<void>((resolve) => log.onCleanup(() => readdirSync(folder).length <= 3 && resolve()));
    for (let i = 0; i < 100; i++) {
      log.info('capture.batch', { kind: logCode('dropbox'), count: i, count2: 0 });
      // pino-roll rolls on the tick after a write (it waits for the stream's drain), as lines come in a running app
      await new Promise((resolve) => setImmediate(resolve));
    }
    await trimmed;
    await log.close();
    const files = readdirSync(folder);
    expect(files.every(isLogFileName)).toBe(true);
    // the one in use + 2 rolled ones (pino-roll removes the oldest as it rolls)
    expect(files.length).toBeGreaterThan(1);
    expect(files.length).toBeLessThanOrEqual(3);
    expect(files.some((f) => /^blindcopy\.\d{4}-\d{2}-\d{2}\.\d+\.log$/.test(f))).toBe(true);
  });

  it('the recent problems are the warnings and errors of the files, newest last', async () => {
    const folder = freshFolder();
    const log = await createFileLogger({ folder });
    log.info('app.started');
    log.error('ipc.handler-failed', { call: logCode('app:info') }, new TypeError('boom'));
    log.warn('capture.source-state', { kind: logCode('error'), code: 'auth-failed' });
    log.info('capture.batch', { count: 1 });
    log.flush();
    const lines = await recentProblemLines(folder);
    expect(lines.map((l) => (JSON.parse(l) as { msg: string }).msg)).toEqual(['ipc.handler-failed', 'capture.source-state']);
    expect(await recentProblemLines(folder, 1)).toHaveLength(1);
    await log.close();
    expect(await recentProblemLines(join(folder, 'missing'))).toEqual([]);
  });
});
