/**
 * The application menu, as a template Electron's Menu.buildFromTemplate takes (main/index.ts).
 * Electron's default menu has Reload, Force Reload and Toggle Developer Tools: a packaged app
 * offers none of them (DevTools would let anyone at the keyboard read the CRM and call main's
 * IPC as the app), so the menu is built here from the roles the app needs. Pure, so it is tested
 * without Electron; the roles are a subset of Electron's MenuItemConstructorOptions['role'].
 */

export type MenuRole =
  | 'appMenu'
  | 'fileMenu'
  | 'editMenu'
  | 'viewMenu'
  | 'windowMenu'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen';

export interface MenuEntry {
  role?: MenuRole;
  type?: 'separator';
  submenu?: MenuEntry[];
}

/** The items only a developer needs, and only in a development build. */
export const DEVELOPER_ROLES: readonly MenuRole[] = ['reload', 'forceReload', 'toggleDevTools'];

export function appMenuTemplate({ isPackaged, platform }: { isPackaged: boolean; platform: NodeJS.Platform }): MenuEntry[] {
  const developer: MenuEntry[] = isPackaged ? [] : [...DEVELOPER_ROLES.map((role) => ({ role })), { type: 'separator' }];
  const view: MenuEntry = {
    role: 'viewMenu',
    submenu: [...developer, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
  };
  // macOS puts About, Hide and Quit in the app's own menu; elsewhere Quit lives in File
  return [...(platform === 'darwin' ? [{ role: 'appMenu' as const }] : []), { role: 'fileMenu' }, { role: 'editMenu' }, view, { role: 'windowMenu' }];
}

/** DevTools can be opened at all only in a development build. */
export function devToolsAllowed(isPackaged: boolean): boolean {
  return !isPackaged;
}
