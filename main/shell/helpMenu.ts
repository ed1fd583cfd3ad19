/**
 * The Help menu's entries for support: "Copy diagnostics" and "Show log folder". Only the menu
 * items live here (the application menu is built in index.ts); what they do is handed in, so the
 * diagnostics text stays a pure function of main/diagnostics. Their words come from the renderer,
 * in the UI's language (shared/ipc/calls/notifications.ts says why).
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { HelpMenuWords } from '../../shared/ipc/calls/notifications';

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
