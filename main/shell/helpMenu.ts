/**
 * The Help menu's entries for support: "Copy diagnostics" and "Show log folder", and the
 * application menu around them (Electron's usual menus by role). What the entries do is handed
 * in (index.ts), so the diagnostics text stays a pure function of main/diagnostics. Their words come from the renderer,
 * in the UI's language (shared/ipc/calls/notifications.ts says why).
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { HelpMenuWords } from '../../shared/ipc/calls/notifications';
import { appMenuTemplate } from './appMenu';

/** until a window has handed over its words (the very first start): English */
export const ENGLISH_HELP_MENU: HelpMenuWords = { copyDiagnostics: 'Copy Diagnostics', showLogFolder: 'Show Log Folder' };

export interface HelpMenuActions {
  copyDiagnostics(): void;
  showLogFolder(): void;
}

export function helpMenu(words: HelpMenuWords, actions: HelpMenuActions): MenuItemConstructorOptions {
  return {
    role: 'help',
    submenu: [
      { label: words.copyDiagnostics, click: () => actions.copyDiagnostics() },
      { label: words.showLogFolder, click: () => actions.showLogFolder() },
    ],
  };
}

/**
 * The app's menus (appMenu.ts: no developer items when packaged), with our Help menu; installed
 * again when the words change.
 */
export function installApplicationMenu(words: HelpMenuWords, actions: HelpMenuActions, isPackaged: boolean): void {
  const menus: MenuItemConstructorOptions[] = [...appMenuTemplate({ isPackaged, platform: process.platform }), helpMenu(words, actions)];
  Menu.setApplicationMenu(Menu.buildFromTemplate(menus));
}
