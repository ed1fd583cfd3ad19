/** R10.2 a packaged build has no developer tools: no DevTools, and no menu item to reload or open them. */
import { describe, expect, it } from 'vitest';
import { appMenuTemplate, devToolsAllowed, type MenuEntry } from '../../../main/shell/appMenu';

function roles(entries: readonly MenuEntry[]): string[] {
  return entries.flatMap((e) => [...(e.role ? [e.role] : []), ...roles(e.submenu ?? [])]);
}

describe('R10.2 the application menu and DevTools', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('R10.2 packaged on %s: no Toggle Developer Tools, Reload or Force Reload', (platform) => {
    const menu = roles(appMenuTemplate({ isPackaged: true, platform }));
    expect(menu).not.toContain('toggleDevTools');
    expect(menu).not.toContain('reload');
    expect(menu).not.toContain('forceReload');
    // the roles whose default submenus hold them are never used without a submenu of our own
    const view = appMenuTemplate({ isPackaged: true, platform }).find((e) => e.role === 'viewMenu');
    expect(view?.submenu).toBeDefined();
    // what a user needs is still there: editing (copy and paste), zoom, quitting
    expect(menu).toEqual(expect.arrayContaining(['editMenu', 'zoomIn', 'resetZoom', platform === 'darwin' ? 'appMenu' : 'fileMenu']));
  });

  it('R10.2 a development build keeps the developer items', () => {
    expect(roles(appMenuTemplate({ isPackaged: false, platform: 'linux' }))).toEqual(expect.arrayContaining(['toggleDevTools', 'reload', 'forceReload']));
  });

  it('R10.2 DevTools open only in a development build', () => {
    expect(devToolsAllowed(true)).toBe(false);
    expect(devToolsAllowed(false)).toBe(true);
  });
});
