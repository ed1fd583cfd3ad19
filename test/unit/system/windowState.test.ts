/**
 * The window's place on disk (real files in a temp dir): saved on move and resize (debounced),
 * on (un)maximize and at once on close; read back at start and brought onto today's displays.
 */
import { EventEmitter } from 'node:events';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Rect } from '../../../main/system/windowBounds';
import { rememberPlacement, savedPlacement, workAreas, type ScreenLike } from '../../../main/system/windowPlacement';
import { loadWindowState, trackWindowState, WINDOW_SAVE_DEBOUNCE_MS, windowStatePath, type TrackedWindow } from '../../../main/system/windowStateFile';
import type { Logger } from '../../../main/platform/ports';

const MIN = { width: 900, height: 560 };

/** A window that does what BrowserWindow does with the events the tracker listens to. */
class FakeWindow extends EventEmitter implements TrackedWindow {
  bounds: Rect = { x: 100, y: 80, width: 1280, height: 820 };
  maximized = false;
  minimized = false;
  getNormalBounds = () => this.bounds;
  isMaximized = () => this.maximized;
  isMinimized = () => this.minimized;
  maximize() {
    this.maximized = true;
    this.emit('maximize');
  }
  moveTo(x: number, y: number) {
    this.bounds = { ...this.bounds, x, y };
    this.emit('move');
  }
  override on(event: string, listener: () => void): this {
    return super.on(event, listener);
  }
}

const screenOf = (...areas: Rect[]): ScreenLike => ({
  getPrimaryDisplay: () => ({ workArea: areas[0]! }),
  getAllDisplays: () => areas.map((workArea) => ({ workArea })),
});

let dir: string;
let path: string;
const errors: string[] = [];
/** warnings and errors, by event: what the user's support log would show */
const logger: Logger = { info: () => undefined, warn: (event) => void errors.push(event), error: (event) => void errors.push(event) };

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'blindcopy-window-'));
  path = windowStatePath({ userData: dir });
  errors.length = 0;
});
afterEach(async () => {
  vi.useRealTimers();
  await rm(dir, { recursive: true, force: true });
});

const onDisk = async () => JSON.parse(await readFile(path, 'utf8')) as unknown;

describe('window state file', () => {
  it('lives in the app data folder as window-state.json', () => {
    expect(path).toBe(join(dir, 'window-state.json'));
  });

  it('a drag is saved once, after it settles, not on every move', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const win = new FakeWindow();
    const tracker = trackWindowState(win, path, logger);
    for (let x = 100; x < 400; x += 10) {
      win.moveTo(x, 80);
      vi.advanceTimersByTime(WINDOW_SAVE_DEBOUNCE_MS - 1);
    }
    await tracker.settled();
    await expect(stat(path)).rejects.toThrow();
    vi.advanceTimersByTime(1);
    await tracker.settled();
    expect(await onDisk()).toEqual({ bounds: { x: 390, y: 80, width: 1280, height: 820 }, maximized: false });
  });

  it('close saves at once (no debounce to wait for), and the file is private to the user', async () => {
    const win = new FakeWindow();
    const tracker = trackWindowState(win, path, logger);
    win.bounds = { x: -1500, y: 20, width: 1000, height: 700 };
    win.emit('resize');
    win.emit('close');
    await tracker.settled();
    expect(await onDisk()).toEqual({ bounds: { x: -1500, y: 20, width: 1000, height: 700 }, maximized: false });
    if (process.platform !== 'win32') expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(await readdir(dir)).toEqual(['window-state.json']);
  });

  it('maximized: the state says so and keeps the bounds un-maximizing returns to', async () => {
    const win = new FakeWindow();
    const tracker = trackWindowState(win, path, logger, 0);
    win.maximize();
    win.emit('close');
    await tracker.settled();
    expect(await onDisk()).toEqual({ bounds: { x: 100, y: 80, width: 1280, height: 820 }, maximized: true });
  });

  it('minimized at close: what was saved before stays', async () => {
    const win = new FakeWindow();
    const tracker = trackWindowState(win, path, logger, 0);
    win.emit('close');
    await tracker.settled();
    win.minimized = true;
    win.bounds = { x: 0, y: 10_000, width: 160, height: 30 };
    win.emit('close');
    await tracker.settled();
    expect(await onDisk()).toEqual({ bounds: { x: 100, y: 80, width: 1280, height: 820 }, maximized: false });
  });

  it('round trip: saved at close, restored at the next start where it was, maximized again', async () => {
    const win = new FakeWindow();
    const tracker = rememberPlacement(win, undefined, path, logger);
    win.moveTo(2000, 100);
    win.maximize();
    win.emit('close');
    await tracker.settled();

    const screen = screenOf({ x: 0, y: 0, width: 1440, height: 875 }, { x: 1440, y: 0, width: 2560, height: 1400 });
    const placement = await savedPlacement(path, screen, MIN, logger);
    expect(placement).toEqual({ bounds: { x: 2000, y: 100, width: 1280, height: 820 }, maximized: true });
    const next = new FakeWindow();
    rememberPlacement(next, placement, path, logger);
    expect(next.maximized).toBe(true);
    expect(errors).toEqual([]);
  });

  it('its display is gone at the next start: restored onto the one that is left', async () => {
    const win = new FakeWindow();
    const tracker = trackWindowState(win, path, logger, 0);
    win.moveTo(2000, 100);
    win.emit('close');
    await tracker.settled();
    const placement = await savedPlacement(path, screenOf({ x: 0, y: 0, width: 1440, height: 875 }), MIN, logger);
    expect(placement).toEqual({ bounds: { x: 80, y: 27, width: 1280, height: 820 }, maximized: false });
  });

  it('no file: no placement (the default size, centred); an invalid file: reported, no placement', async () => {
    const screen = screenOf({ x: 0, y: 0, width: 1440, height: 875 });
    expect(await savedPlacement(path, screen, MIN, logger)).toBeUndefined();
    expect(errors).toEqual([]);
    await writeFile(path, '{"bounds":{"x":"left"}}');
    expect(await loadWindowState(path, logger)).toBeUndefined();
    await writeFile(path, 'not json');
    expect(await savedPlacement(path, screen, MIN, logger)).toBeUndefined();
    expect(errors).toHaveLength(2);
  });

  it('work areas: the primary display first, each display once', () => {
    const primary = { x: 0, y: 0, width: 1440, height: 875 };
    const other = { x: -1920, y: 0, width: 1920, height: 1040 };
    expect(workAreas({ getPrimaryDisplay: () => ({ workArea: primary }), getAllDisplays: () => [{ workArea: other }, { workArea: primary }] })).toEqual([primary, other]);
  });
});
