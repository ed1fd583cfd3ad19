/** Settings › Start at login, through a recording login item port and Electron's app stand-in. */
import { describe, expect, it } from 'vitest';
import type { LoginItemPort } from '../../../main/platform/systemPorts';
import { electronLoginItem, type LoginItemApp } from '../../../main/shell/electronLoginItem';
import { createLoginItemSetting } from '../../../main/system/loginItemSetting';
import { createSystemHandlers } from '../../../main/services/systemHandlers';
import { createSystemService } from '../../../main/system/systemService';
import { silentLogger } from '../../../main/platform/ports';

/** The system's login item as a port: it holds the answer and records every change asked. */
function recordingPort(initially = false) {
  const sets: boolean[] = [];
  let openAtLogin = initially;
  const port: LoginItemPort = {
    get: async () => openAtLogin,
    set: async (value) => {
      sets.push(value);
      openAtLogin = value;
    },
  };
  return { port, sets, turnOffInSystemSettings: () => (openAtLogin = false) };
}

describe('start at login', () => {
  it('turning it on and off goes to the system, which keeps the answer', async () => {
    const system = recordingPort();
    const setting = createLoginItemSetting(system.port);
    expect(await setting.get()).toEqual({ supported: true, openAtLogin: false });
    expect(await setting.set(true)).toEqual({ supported: true, openAtLogin: true });
    expect(await setting.set(false)).toEqual({ supported: true, openAtLogin: false });
    expect(system.sets).toEqual([true, false]);
  });

  it('turned off in the system’s own settings: shown off here too', async () => {
    const system = recordingPort();
    const setting = createLoginItemSetting(system.port);
    await setting.set(true);
    system.turnOffInSystemSettings();
    expect(await setting.get()).toEqual({ supported: true, openAtLogin: false });
  });

  it('no login item on this system: not supported, and asking changes nothing', async () => {
    const setting = createLoginItemSetting(undefined);
    expect(await setting.get()).toEqual({ supported: false, openAtLogin: false });
    expect(await setting.set(true)).toEqual({ supported: false, openAtLogin: false });
  });

  it('through the IPC handlers, as Settings calls them', async () => {
    const system = recordingPort();
    const handlers = createSystemHandlers(createSystemService({ loginItem: system.port }, silentLogger, () => undefined));
    expect(await handlers['system:setLoginItem']({ openAtLogin: true })).toEqual({ supported: true, openAtLogin: true });
    expect(await handlers['system:loginItem']({})).toEqual({ supported: true, openAtLogin: true });
    expect(system.sets).toEqual([true]);
  });
});

describe("Electron's login item (app.setLoginItemSettings)", () => {
  function recordingApp(): LoginItemApp & { calls: Array<{ openAtLogin: boolean }> } {
    const calls: Array<{ openAtLogin: boolean }> = [];
    return {
      calls,
      getLoginItemSettings: () => ({ openAtLogin: calls.at(-1)?.openAtLogin ?? false }),
      setLoginItemSettings: (settings) => void calls.push(settings),
    };
  }

  it.each(['darwin', 'win32'] as const)('%s: applied with app.setLoginItemSettings', async (platform) => {
    const app = recordingApp();
    const port = electronLoginItem(app, platform);
    await port?.set(true);
    expect(app.calls).toEqual([{ openAtLogin: true }]);
    expect(await port?.get()).toBe(true);
  });

  it('linux: Electron offers no login item, so there is no port', () => {
    expect(electronLoginItem(recordingApp(), 'linux')).toBeUndefined();
  });
});
