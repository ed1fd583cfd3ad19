/** Start at login on Linux: the autostart entry written and removed in a temp dir (real files). */
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLoginItemSetting } from '../../../main/system/loginItemSetting';
import { autostartDir, execArgument, xdgAutostart } from '../../../main/system/xdgAutostart';

let home: string;
beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'blindcopy-autostart-'));
});
afterEach(async () => {
  await rm(home, { recursive: true, force: true });
});

describe('XDG autostart', () => {
  it.each([
    [{ XDG_CONFIG_HOME: '/x/config', HOME: '/home/sam' }, '/x/config/autostart'],
    [{ HOME: '/home/sam' }, '/home/sam/.config/autostart'],
    [{ XDG_CONFIG_HOME: '', HOME: '/home/sam' }, '/home/sam/.config/autostart'],
    [{}, undefined],
  ])('folder for %o: %s', (env, dir) => {
    expect(autostartDir(env)).toBe(dir);
  });

  it.each([
    ['/opt/Blindcopy/blindcopy', '"/opt/Blindcopy/blindcopy"'],
    ['/home/sam/Apps/Blindcopy 0.2.AppImage', '"/home/sam/Apps/Blindcopy 0.2.AppImage"'],
    ['/home/sam/100%/$HOME/a"b`c\\d', '"/home/sam/100%%/\\\\$HOME/a\\\\"b\\\\`c\\\\\\\\d"'],
  ])('Exec argument for %s', (path, exec) => {
    expect(execArgument(path)).toBe(exec);
  });

  it('on: the entry starts the app; off: the entry is gone', async () => {
    const dir = join(home, '.config', 'autostart');
    const setting = createLoginItemSetting(xdgAutostart(dir, '/opt/Blindcopy/blindcopy'));
    expect(await setting.get()).toEqual({ supported: true, openAtLogin: false });
    expect(await setting.set(true)).toEqual({ supported: true, openAtLogin: true });
    const entry = await readFile(join(dir, 'blindcopy.desktop'), 'utf8');
    expect(entry).toContain('[Desktop Entry]\nType=Application\nName=Blindcopy\nExec="/opt/Blindcopy/blindcopy"\n');
    expect(await setting.set(false)).toEqual({ supported: true, openAtLogin: false });
    await expect(readFile(join(dir, 'blindcopy.desktop'))).rejects.toThrow(/ENOENT/);
    expect(await setting.set(false)).toEqual({ supported: true, openAtLogin: false });
  });

  it('turned off in the desktop’s own settings (Hidden=true): off here too', async () => {
    const dir = join(home, 'autostart');
    await mkdir(dir);
    await writeFile(join(dir, 'blindcopy.desktop'), '[Desktop Entry]\nType=Application\nExec=blindcopy\nHidden=true\n');
    expect(await xdgAutostart(dir, '/opt/Blindcopy/blindcopy').get()).toBe(false);
  });
});
