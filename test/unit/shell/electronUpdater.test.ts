/**
 * The thin electron-updater adapter, with a stand-in for its AppUpdater: no feed, no updater;
 * downloads left to the scheduler; a check's answer mapped to the port's.
 */
import { describe, expect, it } from 'vitest';
import { hasUpdateFeed, updaterPort, type AutoUpdaterLike } from '../../../main/shell/electronUpdater';

function standIn(result: Awaited<ReturnType<AutoUpdaterLike['checkForUpdates']>>) {
  const calls: string[] = [];
  const updater: AutoUpdaterLike = {
    autoDownload: true,
    autoInstallOnAppQuit: false,
    logger: console,
    checkForUpdates: async () => (calls.push('checkForUpdates'), result),
    downloadUpdate: async () => (calls.push('downloadUpdate'), []),
    quitAndInstall: () => void calls.push('quitAndInstall'),
  };
  return { updater, calls };
}

describe('update feed present', () => {
  it.each([
    [true, true, true],
    [true, false, false], // packaged without `publish`: electron-builder wrote no app-update.yml
    [false, true, false], // development (npm start): never updates itself
    [false, false, false],
  ])('packaged %s, app-update.yml %s → updates %s', (isPackaged, fileExists, expected) => {
    const asked: string[] = [];
    const exists = (path: string) => (asked.push(path), fileExists);
    expect(hasUpdateFeed(isPackaged, '/opt/Blindcopy/resources', exists)).toBe(expected);
    if (isPackaged) expect(asked).toEqual(['/opt/Blindcopy/resources/app-update.yml']);
  });
});

describe('updater port over electron-updater', () => {
  it('leaves downloading to the scheduler, installs on quit, and keeps quiet on the console', () => {
    const { updater } = standIn(null);
    updaterPort(updater);
    expect(updater.autoDownload).toBe(false);
    expect(updater.autoInstallOnAppQuit).toBe(true);
    expect(updater.logger).toBeNull();
  });

  it.each([
    ['a newer version', { isUpdateAvailable: true, updateInfo: { version: '0.2.0' } }, { available: true, version: '0.2.0' }],
    ['the same version', { isUpdateAvailable: false, updateInfo: { version: '0.1.0' } }, { available: false }],
    ['no answer (updater inactive)', null, { available: false }],
  ])('%s', async (_case, result, expected) => {
    const { updater, calls } = standIn(result);
    await expect(updaterPort(updater).check()).resolves.toEqual(expected);
    expect(calls).toEqual(['checkForUpdates']);
  });

  it('download and quitAndInstall go straight through', async () => {
    const { updater, calls } = standIn(null);
    const port = updaterPort(updater);
    await port.download();
    port.quitAndInstall();
    expect(calls).toEqual(['downloadUpdate', 'quitAndInstall']);
  });
});
