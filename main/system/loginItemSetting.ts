/**
 * Settings › Start at login: the system keeps the answer (the login item Electron sets), so a
 * user who turns it off in the system's own settings sees it off here too. Where the system gives
 * no login item, the setting says it is not supported and changes nothing.
 */
import type { LoginItemState } from '../../shared/ipc/calls/system';
import type { LoginItemPort } from '../platform/systemPorts';

export interface LoginItemSetting {
  get(): Promise<LoginItemState>;
  set(openAtLogin: boolean): Promise<LoginItemState>;
}

export function createLoginItemSetting(port: LoginItemPort | undefined): LoginItemSetting {
  const get = async (): Promise<LoginItemState> => (port ? { supported: true, openAtLogin: await port.get() } : { supported: false, openAtLogin: false });
  return {
    get,
    async set(openAtLogin) {
      if (port) await port.set(openAtLogin);
      return get();
    },
  };
}
