/**
 * The window's size, position and maximized state, kept in `window-state.json` in the app's data
 * folder (written atomically, read through zod): saved while the user moves or resizes it
 * (debounced: a drag sends dozens of events) and at once when it closes; read at the next start.
 * A missing or unreadable file only means the window opens at its default place.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { readJsonFile, writeJsonFile } from '../platform/jsonFile';
import type { AppPaths, Logger } from '../platform/ports';
import { clampToDisplays, type Rect, type Size } from './windowBounds';

const coordinate = z.number().int().min(-1_000_000).max(1_000_000);
const length = z.number().int().min(1).max(1_000_000);

export const WindowStateSchema = z.object({
  /** the bounds when neither maximized nor minimized (what un-maximizing returns to) */
  bounds: z.object({ x: coordinate, y: coordinate, width: length, height: length }),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export const WINDOW_STATE_FILE = 'window-state.json';
export const WINDOW_SAVE_DEBOUNCE_MS = 500;

export function windowStatePath(paths: AppPaths): string {
  return join(paths.userData, WINDOW_STATE_FILE);
}

/** The saved state, or undefined (missing; unreadable ones are reported and ignored). */
export async function loadWindowState(path: string, logger: Logger): Promise<WindowState | undefined> {
  try {
    const read = await readJsonFile(path, WindowStateSchema);
    if (read.kind === 'ok') return read.value;
    if (read.kind === 'invalid') logger.warn('window.state-invalid', undefined, read.problem);
  } catch (err) {
    logger.warn('window.state-unreadable', undefined, err);
  }
  return undefined;
}

/** Where to open: the saved state with its bounds brought onto today's displays. */
export function restoredWindowState(saved: WindowState | undefined, workAreas: readonly Rect[], minSize: Size): WindowState | undefined {
  if (!saved) return undefined;
  return { bounds: clampToDisplays(saved.bounds, workAreas, minSize), maximized: saved.maximized };
}

/** The parts of a window the tracker reads and listens to (Electron's BrowserWindow has them). */
export interface TrackedWindow {
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  isMinimized(): boolean;
  on(event: 'move' | 'resize' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
}

export interface WindowStateTracker {
  /** the write the close started (or any pending one): the shell waits for it before quitting */
  settled(): Promise<void>;
}

/** Saves the window's state on every move, resize or (un)maximize, debounced, and on close. */
export function trackWindowState(win: TrackedWindow, path: string, logger: Logger, debounceMs = WINDOW_SAVE_DEBOUNCE_MS): WindowStateTracker {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();
  let last: string | undefined;

  const save = () => {
    timer = undefined;
    // A minimized window's bounds are the task bar's idea of it: keep what was saved before.
    if (win.isMinimized()) return;
    const b = win.getNormalBounds();
    const bounds = { x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height) };
    const state: WindowState = { bounds, maximized: win.isMaximized() };
    const parsed = WindowStateSchema.safeParse(state);
    if (!parsed.success) return;
    const text = JSON.stringify(parsed.data);
    if (text === last) return;
    last = text;
    writing = writing.then(() =>
      writeJsonFile(path, parsed.data).catch((err: unknown) => logger.error('window.state-not-saved', undefined, err)),
    );
  };
  const later = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(save, debounceMs);
  };
  for (const event of ['move', 'resize', 'maximize', 'unmaximize'] as const) win.on(event, later);
  win.on('close', () => {
    if (timer !== undefined) clearTimeout(timer);
    save();
  });
  return { settled: () => writing };
}
