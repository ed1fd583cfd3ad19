/**
 * Start at login on Linux, where Electron has no login item: the freedesktop.org autostart
 * specification, a `blindcopy.desktop` entry in `$XDG_CONFIG_HOME/autostart` (~/.config/autostart),
 * which GNOME, KDE, Xfce and the others start at login. Turning it off removes the entry; an entry
 * the desktop's own settings marked `Hidden=true` counts as off. Only for the packaged app: the
 * entry starts `executable` (the AppImage's path, or the installed binary).
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../platform/atomicFile';
import type { LoginItemPort } from '../platform/systemPorts';

export const AUTOSTART_FILE = 'blindcopy.desktop';

/** `env`: XDG_CONFIG_HOME (and HOME, its default's base) */
export function autostartDir(env: { XDG_CONFIG_HOME?: string; HOME?: string }): string | undefined {
  const config = env.XDG_CONFIG_HOME || (env.HOME ? join(env.HOME, '.config') : undefined);
  return config ? join(config, 'autostart') : undefined;
}

/**
 * One argument of an Exec key: quoted, with the characters the spec reserves inside quotes
 * escaped by a backslash, then backslashes doubled again as for any string value, and % doubled
 * (a field code otherwise).
 */
export function execArgument(value: string): string {
  const quoted = `"${value.replace(/["`$\\]/g, (c) => `\\${c}`)}"`;
  return quoted.replace(/\\/g, '\\\\').replace(/%/g, '%%');
}

export function autostartEntry(executable: string): string {
  return ['[Desktop Entry]', 'Type=Application', 'Name=Blindcopy', `Exec=${execArgument(executable)}`, 'Terminal=false', 'X-GNOME-Autostart-enabled=true', ''].join('\n');
}

export function xdgAutostart(dir: string, executable: string): LoginItemPort {
  const path = join(dir, AUTOSTART_FILE);
  return {
    async get() {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (err) {
        if ((err as { code?: unknown }).code === 'ENOENT') return false;
        throw err;
      }
      return !/^Hidden\s*=\s*true\s*$/m.test(text) && !/^X-GNOME-Autostart-enabled\s*=\s*false\s*$/m.test(text);
    },
    async set(openAtLogin) {
      if (openAtLogin) await writeFileAtomic(path, autostartEntry(executable));
      else await rm(path, { force: true });
    },
  };
}
