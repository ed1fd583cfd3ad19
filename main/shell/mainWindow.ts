/**
 * The one window, with every item of Electron's security checklist that applies to a window:
 * isolation, sandbox, no Node, web security, locked navigation, no new windows, and a
 * permission handler that grants nothing.
 */
import { BrowserWindow, session, shell, type Rectangle } from 'electron';
import { externalLinkToOpen } from './externalLinks';
import { APP_ENTRY_URL, APP_ORIGIN } from './appOrigin';
import { devToolsAllowed } from './appMenu';

/** the smallest window the views are laid out for */
export const MIN_WINDOW_SIZE = { width: 900, height: 560 } as const;

/**
 * `isPackaged`: a packaged build cannot open DevTools at all (appMenu.ts has no item for them either).
 * `bounds`: where the window was last (windowPlacement.ts); absent, it opens centred at its default size.
 */
export function createMainWindow(preloadPath: string, isPackaged: boolean, bounds?: Rectangle): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    ...bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Blindcopy',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
      devTools: devToolsAllowed(isPackaged),
    },
  });
  win.once('ready-to-show', () => win.show());

  // Navigation stays inside the app; links leave through the system browser (mailto: without attach-like fields).
  const openOutside = (url: string) => {
    const link = externalLinkToOpen(url);
    if (link !== undefined) void shell.openExternal(link);
  };
  win.webContents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) {
      event.preventDefault();
      openOutside(url);
    }
  });
  win.webContents.on('will-redirect', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());

  void win.loadURL(APP_ENTRY_URL);
  return win;
}

/** Camera, microphone, notifications, geolocation...: the app needs none of them. */
export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}
