/**
 * The system calls and the update:state event through the real core (services + IPC registry),
 * with stand-in ports: what the renderer's notice and Settings see.
 */
import { describe, expect, it } from 'vitest';
import { createTestCoreWithServices, testAdapters } from '../../support/coreServices';
import { fakeUpdater, recordingLoginItem } from '../../support/fakeSystemPorts';

describe('system calls through the core', () => {
  it('no feed and no login item (tests, the demo, an unpackaged app): updates off, start at login unsupported', async () => {
    const { registry, services } = createTestCoreWithServices(testAdapters());
    try {
      expect(await registry.dispatch('update:state', {})).toEqual({ ok: true, value: { status: 'off' } });
      expect(await registry.dispatch('update:restart', {})).toEqual({ ok: true, value: { restarting: false } });
      expect(await registry.dispatch('system:setLoginItem', { openAtLogin: true })).toEqual({ ok: true, value: { supported: false, openAtLogin: false } });
    } finally {
      await services.stop();
    }
  });

  it('checks when the core starts, emits update:state once downloaded, restarts on request', async () => {
    const updater = fakeUpdater();
    updater.offer('0.2.0');
    const { registry, services } = createTestCoreWithServices(testAdapters({ system: { updater: updater.port, loginItem: recordingLoginItem().port } }));
    const events: Array<[string, unknown]> = [];
    registry.onEvent((event, payload) => void events.push([event, payload]));
    try {
      await expect.poll(() => updater.calls).toEqual(['check', 'download']);
      expect(await registry.dispatch('update:state', {})).toEqual({ ok: true, value: { status: 'idle' } });
      updater.finishDownload();
      await expect.poll(() => events).toContainEqual(['update:state', { status: 'ready', version: '0.2.0' }]);
      expect(await registry.dispatch('update:state', {})).toEqual({ ok: true, value: { status: 'ready', version: '0.2.0' } });
      expect(await registry.dispatch('update:restart', {})).toEqual({ ok: true, value: { restarting: true } });
      expect(updater.calls).toEqual(['check', 'download', 'quitAndInstall']);
    } finally {
      await services.stop();
    }
  });

  it('refuses a request off the contract', async () => {
    const { registry, services } = createTestCoreWithServices(testAdapters({ system: { loginItem: recordingLoginItem().port } }));
    try {
      const answer = await registry.dispatch('system:setLoginItem', { openAtLogin: 'yes' });
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    } finally {
      await services.stop();
    }
  });
});
