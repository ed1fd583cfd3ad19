/**
 * The login item port over Electron's app.get/setLoginItemSettings, which exist on macOS and
 * Windows only: on Linux main/index.ts uses an XDG autostart entry (main/system/xdgAutostart.ts)
 * instead, and where neither applies the port is absent and Settings says so.
 */
import type { LoginItemPort } from '../platform/systemPorts';

/** The part of Electron's `app` the port uses. */
export interface LoginItemApp {
  getLoginItemSettings(): { openAtLogin: boolean };
  setLoginItemSettings(settings: { openAtLogin: boolean }): void;
}

export function electronLoginItem(app: LoginItemApp, platform: NodeJS.Platform): LoginItemPort | undefined {
  if (platform !== 'darwin' && platform !== 'win32') return undefined;
  return {
    get: async () => app.getLoginItemSettings().openAtLogin,
    set: async (openAtLogin) => app.setLoginItemSettings({ openAtLogin }),
  };
}
