/**
 * The updater port over electron-updater, only in the packaged app and only when it was built
 * with an update feed: electron-builder writes `app-update.yml` into the app's resources when its
 * config has `publish` (see README, "Updates"), and without that file there is nothing to ask.
 * electron-updater is imported only then, so development and tests never load it. The decisions
 * (when to check, when to download, when to install) are main/system/updateScheduler.ts's.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { UpdaterPort } from '../platform/systemPorts';

/** The part of electron-updater's AppUpdater the port uses. */
export interface AutoUpdaterLike {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  logger: unknown;
  checkForUpdates(): Promise<{ isUpdateAvailable: boolean; updateInfo: { version: string } } | null>;
  downloadUpdate(): Promise<unknown>;
  quitAndInstall(): void;
}

export const UPDATE_CONFIG_FILE = 'app-update.yml';

/** Whether this run has an update feed: packaged, and built with `publish` configured. */
export function hasUpdateFeed(isPackaged: boolean, resourcesPath: string, exists: (path: string) => boolean = existsSync): boolean {
  return isPackaged && exists(join(resourcesPath, UPDATE_CONFIG_FILE));
}

export function updaterPort(updater: AutoUpdaterLike): UpdaterPort {
  // Downloads are the scheduler's decision; an update downloaded but not restarted into is
  // still installed when the user quits.
  updater.autoDownload = false;
  updater.autoInstallOnAppQuit = true;
  // electron-updater logs to the console by default; failures reach main's log through the scheduler
  updater.logger = null;
  return {
    async check() {
      const result = await updater.checkForUpdates();
      return result?.isUpdateAvailable ? { available: true, version: result.updateInfo.version } : { available: false };
    },
    async download() {
      await updater.downloadUpdate();
    },
    quitAndInstall: () => updater.quitAndInstall(),
  };
}

/**
 * The port, or undefined when this run has no feed. electron-updater is imported at the first
 * check (the scheduler's, just after start), not before: start-up does not wait for it.
 */
export function electronUpdater(isPackaged: boolean, resourcesPath: string): UpdaterPort | undefined {
  if (!hasUpdateFeed(isPackaged, resourcesPath)) return undefined;
  let port: Promise<UpdaterPort> | undefined;
  const loaded = () => (port ??= import('electron-updater').then((m) => updaterPort(m.default.autoUpdater)));
  let ready: UpdaterPort | undefined;
  return {
    check: async () => (ready = await loaded()).check(),
    download: async () => (await loaded()).download(),
    // only offered after a download, by then the port is loaded
    quitAndInstall: () => ready?.quitAndInstall(),
  };
}
