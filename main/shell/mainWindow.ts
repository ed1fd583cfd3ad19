/**
 * The one window, with every item of Electron's security checklist that applies to a window:
 * isolation, sandbox, no Node, web security, locked navigation, no new windows, and a
 * permission handler that grants nothing.
 */
import { BrowserWindow, session, shell, type Rectangle } from 'electron';
import { isExternalLinkAllowed } from './externalLinks';
import { APP_ENTRY_URL, APP_ORIGIN } from './appOrigin';

/** the smallest window the views are laid out for */
export const MIN_WINDOW_SIZE = { width: 900, height: 560 } as const;

/** `bounds`: where the window was last (windowPlacement.ts); absent, it opens centred at its default size */
export function createMainWindow(preloadPath: string, bounds?: Rectangle): BrowserWindow {
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
    },
  });
  win.once('ready-to-show', () => win.show());

  // Navigation stays inside the app; links leave through the system browser.
  win.webContents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) {
      event.preventDefault();
      if (isExternalLinkAllowed(url)) void shell.openExternal(url);
    }
  });
  win.webContents.on('will-redirect', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isExternalLinkAllowed(url)) void shell.openExternal(url);
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
