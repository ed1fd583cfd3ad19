/**
 * When the app looks for updates and what it does with one, with a fake updater port and fake
 * timers: checks on start and every 24 hours, downloads in the background, offers "Restart to
 * update" once downloaded, and never checks when no feed was configured.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UpdateState } from '../../../shared/ipc/calls/system';
import type { UpdateCheck, UpdaterPort } from '../../../main/platform/systemPorts';
import { createUpdateScheduler, UPDATE_CHECK_INTERVAL_MS } from '../../../main/system/updateScheduler';

const DAY = 24 * 60 * 60 * 1000;

/** A fake feed: what each check finds, what each download does; every call recorded. */
function fakeUpdater(found: () => UpdateCheck = () => ({ available: false })) {
  const calls: string[] = [];
  let failCheck: Error | undefined;
  let failDownload: Error | undefined;
  const port: UpdaterPort = {
    async check() {
      calls.push('check');
      if (failCheck) throw failCheck;
      return found();
    },
    async download() {
      calls.push('download');
      if (failDownload) throw failDownload;
    },
    quitAndInstall: () => void calls.push('quitAndInstall'),
  };
  return {
    port,
    calls,
    failCheckWith: (err: Error | undefined) => (failCheck = err),
    failDownloadWith: (err: Error | undefined) => (failDownload = err),
  };
}

function schedulerWith(updater: UpdaterPort | undefined) {
  const states: UpdateState[] = [];
  const errors: string[] = [];
  const scheduler = createUpdateScheduler({ updater, logger: { info: () => undefined, warn: (event) => void errors.push(event), error: (event) => void errors.push(event) }, onState: (s) => void states.push(s) });
  return { scheduler, states, errors };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('update schedule', () => {
  it('checks once a day', () => {
    expect(UPDATE_CHECK_INTERVAL_MS).toBe(DAY);
  });

  it('checks on start and every 24 hours after', async () => {
    const fake = fakeUpdater();
    const { scheduler, states } = schedulerWith(fake.port);
    scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(fake.calls).toEqual(['check']);
    await vi.advanceTimersByTimeAsync(DAY - 1);
    expect(fake.calls).toEqual(['check']);
    await vi.advanceTimersByTimeAsync(1);
    expect(fake.calls).toEqual(['check', 'check']);
    await vi.advanceTimersByTimeAsync(2 * DAY);
    expect(fake.calls).toEqual(['check', 'check', 'check', 'check']);
    expect(scheduler.state()).toEqual({ status: 'idle' });
    expect(states).toEqual([]);
    scheduler.stop();
    await vi.advanceTimersByTimeAsync(3 * DAY);
    expect(fake.calls).toHaveLength(4);
  });

  it('never checks when no feed is configured (no updater port): the state is off', async () => {
    const { scheduler, states } = schedulerWith(undefined);
    scheduler.start();
    await vi.advanceTimersByTimeAsync(3 * DAY);
    await scheduler.checkNow();
    expect(scheduler.state()).toEqual({ status: 'off' });
    expect(scheduler.restart()).toBe(false);
    expect(states).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('starting twice does not check twice as often', async () => {
    const fake = fakeUpdater();
    const { scheduler } = schedulerWith(fake.port);
    scheduler.start();
    scheduler.start();
    await vi.advanceTimersByTimeAsync(DAY);
    expect(fake.calls).toEqual(['check', 'check']);
    scheduler.stop();
  });
});

describe('update decisions', () => {
  it('downloads a found update in the background, then offers "Restart to update"', async () => {
    const fake = fakeUpdater(() => ({ available: true, version: '0.2.0' }));
    const { scheduler, states } = schedulerWith(fake.port);
    expect(scheduler.restart()).toBe(false);
    scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(fake.calls).toEqual(['check', 'download']);
    expect(states).toEqual([{ status: 'ready', version: '0.2.0' }]);
    expect(scheduler.state()).toEqual({ status: 'ready', version: '0.2.0' });
    expect(fake.calls).not.toContain('quitAndInstall');
    // the user's "Restart to update"
    expect(scheduler.restart()).toBe(true);
    expect(fake.calls).toEqual(['check', 'download', 'quitAndInstall']);
    scheduler.stop();
  });

  it('installs only when the user asks: a downloaded update waits, and the daily check leaves it be', async () => {
    const fake = fakeUpdater(() => ({ available: true, version: '0.2.0' }));
    const { scheduler, states } = schedulerWith(fake.port);
    scheduler.start();
    await vi.advanceTimersByTimeAsync(3 * DAY);
    expect(fake.calls).toEqual(['check', 'download']);
    expect(states).toHaveLength(1);
    scheduler.stop();
  });

  it('nothing new: no download, nothing offered', async () => {
    const fake = fakeUpdater(() => ({ available: false }));
    const { scheduler, states } = schedulerWith(fake.port);
    await scheduler.checkNow();
    expect(fake.calls).toEqual(['check']);
    expect(states).toEqual([]);
    expect(scheduler.restart()).toBe(false);
  });

  it('a failed check or download is logged and the next daily check tries again', async () => {
    const fake = fakeUpdater(() => ({ available: true, version: '0.3.0' }));
    const { scheduler, states, errors } = schedulerWith(fake.port);
    fake.failCheckWith(new Error('getaddrinfo ENOTFOUND updates.example.com'));
    scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(errors).toEqual(['update.check-failed']);
    expect(scheduler.state()).toEqual({ status: 'idle' });

    fake.failCheckWith(undefined);
    fake.failDownloadWith(new Error('sha512 checksum mismatch'));
    await vi.advanceTimersByTimeAsync(DAY);
    expect(fake.calls).toEqual(['check', 'check', 'download']);
    expect(errors).toHaveLength(2);
    expect(states).toEqual([]);

    fake.failDownloadWith(undefined);
    await vi.advanceTimersByTimeAsync(DAY);
    expect(states).toEqual([{ status: 'ready', version: '0.3.0' }]);
    scheduler.stop();
  });

  it('one check at a time: a check asked for while one runs does nothing', async () => {
    let release: (check: UpdateCheck) => void = () => undefined;
    const calls: string[] = [];
    const port: UpdaterPort = {
      check: () => (calls.push('check'), new Promise<UpdateCheck>((resolve) => (release = resolve))),
      download: async () => void calls.push('download'),
      quitAndInstall: () => void calls.push('quitAndInstall'),
    };
    const { scheduler } = schedulerWith(port);
    const first = scheduler.checkNow();
    await scheduler.checkNow();
    expect(calls).toEqual(['check']);
    release({ available: true, version: '1.0.0' });
    await first;
    expect(calls).toEqual(['check', 'download']);
  });
});
