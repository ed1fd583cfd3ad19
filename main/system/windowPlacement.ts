/**
 * The window opens where the user left it (main/system/windowStateFile.ts: the saved state,
 * brought onto today's displays) and its place is saved as it changes. Electron's `screen` and
 * window come in as parameters, so this file does not import electron.
 */
import type { Logger } from '../platform/ports';
import type { Rect, Size } from './windowBounds';
import { loadWindowState, restoredWindowState, trackWindowState, type TrackedWindow, type WindowState, type WindowStateTracker } from './windowStateFile';

/** The part of Electron's `screen` used here. */
export interface ScreenLike {
  getPrimaryDisplay(): { workArea: Rect };
  getAllDisplays(): Array<{ workArea: Rect }>;
}

/** Every display's work area, the primary first (where a window that fits nowhere goes). */
export function workAreas(screen: ScreenLike): Rect[] {
  const primary = screen.getPrimaryDisplay().workArea;
  const others = screen.getAllDisplays().map((d) => d.workArea);
  return [primary, ...others.filter((a) => a.x !== primary.x || a.y !== primary.y || a.width !== primary.width || a.height !== primary.height)];
}

export async function savedPlacement(path: string, screen: ScreenLike, minSize: Size, logger: Logger): Promise<WindowState | undefined> {
  return restoredWindowState(await loadWindowState(path, logger), workAreas(screen), minSize);
}

/** Saves the window's place from now on; the shell waits for `settled()` before quitting. */
export function rememberPlacement(win: TrackedWindow & { maximize(): void }, placement: WindowState | undefined, path: string, logger: Logger): WindowStateTracker {
  if (placement?.maximized) win.maximize();
  return trackWindowState(win, path, logger);
}
