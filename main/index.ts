/**
 * The Electron entry: single instance, app:// protocol, one secure window, typed IPC, the
 * blindcopy:// URL scheme. Everything else lives in services that do not know Electron.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, Menu, safeStorage, screen, type BrowserWindow } from 'electron';
import { createCore } from './services/createCore';
import { systemClock } from './platform/ports';
import { DEEP_LINK_SCHEME, deepLinkFromArgv } from './shell/appOrigin';
import { registerAppSchemePrivileges, serveAppProtocol } from './shell/appProtocol';
import { bindElectronIpc } from './shell/electronIpcBinding';
import { createEncryptedKeychain } from './shell/encryptedKeychain';
import { appMenuTemplate } from './shell/appMenu';
import { createMainWindow, denyAllPermissions, MIN_WINDOW_SIZE } from './shell/mainWindow';
import { electronLoginItem } from './shell/electronLoginItem';
import { electronUpdater } from './shell/electronUpdater';
import { focusWindow } from './shell/focusWindow';
import { rememberPlacement, savedPlacement } from './system/windowPlacement';
import { windowStatePath } from './system/windowStateFile';
import { autostartDir, xdgAutostart } from './system/xdgAutostart';

const here = fileURLToPath(new URL('.', import.meta.url));
const rendererRoot = join(here, '../renderer');
const preloadPath = join(here, '../preload/index.cjs');

let mainWindow: BrowserWindow | undefined;
let pendingDeepLink: string | undefined = deepLinkFromArgv(process.argv);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppSchemePrivileges();
  // In development the binary is electron itself; pass our entry so the OS can start us again.
  if (process.defaultApp && process.argv[1]) {
    app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME, process.execPath, [process.argv[1]]);
  } else {
    app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME);
  }
  void start();
}

/** Linux has no Electron login item: an XDG autostart entry, for the packaged app (the AppImage's own path when it is one) */
function linuxAutostart() {
  const dir = autostartDir(process.env);
  if (process.platform !== 'linux' || !app.isPackaged || !dir) return undefined;
  return xdgAutostart(dir, process.env.APPIMAGE ?? process.execPath);
}

async function start(): Promise<void> {
  const logger = { error: (message: string, detail?: unknown) => console.error(message, detail) };
  const paths = { userData: app.getPath('userData') };
  const { registry, services } = createCore(
    {
      secrets: createEncryptedKeychain(safeStorage, join(app.getPath('userData'), 'secrets.json'), process.platform),
      paths,
      clock: systemClock,
      appVersion: app.getVersion(),
      transport: 'electron',
      system: {
        // only packaged and built with an update feed (`publish`: README, "Updates, window, login")
        updater: electronUpdater(app.isPackaged, process.resourcesPath),
        loginItem: electronLoginItem(app, process.platform) ?? linuxAutostart(),
      },
    },
    logger,
  );
  services.start();
  app.on('before-quit', () => void services.stop());

  const routeDeepLink = (url: string | undefined) => {
    if (!url) return;
    focusWindow(mainWindow);
    try {
      services.deepLinks.receive(url);
    } catch (err) {
      // handled: a link from outside must never become an uncaught error in main; logged without the link (it may hold a token)
      console.error('deep link not delivered', err instanceof Error ? err.name : typeof err);
    }
  };

  // Started again: this instance's window comes forward, with the link it was started with if any.
  app.on('second-instance', (_event, argv) => {
    focusWindow(mainWindow);
    routeDeepLink(deepLinkFromArgv(argv));
  });
  app.on('open-url', (event, url) => {
    event.preventDefault();
    if (app.isReady()) routeDeepLink(url);
    else pendingDeepLink = url;
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // The window's place is written when it closes: the app quits once that write has ended (or
  // after two seconds: a stuck disk must not keep the app from quitting).
  let placement: ReturnType<typeof rememberPlacement> | undefined;
  let placementSaved = false;
  app.on('will-quit', (event) => {
    if (placementSaved || !placement) return;
    event.preventDefault();
    const giveUp = new Promise<void>((resolve) => setTimeout(resolve, 2000).unref());
    void Promise.race([placement.settled(), giveUp]).finally(() => {
      placementSaved = true;
      app.quit();
    });
  });

  await app.whenReady();
  denyAllPermissions();
  // Electron's default menu has the developer items; a packaged build gets a menu without them
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate({ isPackaged: app.isPackaged, platform: process.platform })));
  serveAppProtocol(rendererRoot);
  bindElectronIpc(registry, () => mainWindow);
  const placementPath = windowStatePath(paths);
  const openWindow = async () => {
    const saved = await savedPlacement(placementPath, screen, MIN_WINDOW_SIZE, logger);
    const win = createMainWindow(preloadPath, app.isPackaged, saved?.bounds);
    placement = rememberPlacement(win, saved, placementPath, logger);
    win.on('closed', () => (mainWindow = undefined));
    return win;
  };
  mainWindow = await openWindow();
  mainWindow.webContents.once('did-finish-load', () => {
    routeDeepLink(pendingDeepLink);
    pendingDeepLink = undefined;
  });
  let reopening = false;
  app.on('activate', () => {
    if (mainWindow || reopening) return;
    reopening = true;
    void openWindow()
      .then((win) => (mainWindow = win))
      .finally(() => (reopening = false));
  });
}
