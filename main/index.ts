/**
 * The Electron entry: single instance, app:// protocol, one secure window, typed IPC, the
 * blindcopy:// URL scheme. Everything else lives in services that do not know Electron.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, Menu, safeStorage, type BrowserWindow } from 'electron';
import { createCore } from './services/createCore';
import { systemClock } from './platform/ports';
import { DEEP_LINK_SCHEME, deepLinkFromArgv } from './shell/appOrigin';
import { registerAppSchemePrivileges, serveAppProtocol } from './shell/appProtocol';
import { bindElectronIpc } from './shell/electronIpcBinding';
import { createEncryptedKeychain } from './shell/encryptedKeychain';
import { createMainWindow, denyAllPermissions } from './shell/mainWindow';
import { appMenuTemplate } from './shell/appMenu';

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

async function start(): Promise<void> {
  const { registry, services } = createCore(
    {
      secrets: createEncryptedKeychain(safeStorage, join(app.getPath('userData'), 'secrets.json'), process.platform),
      paths: { userData: app.getPath('userData') },
      clock: systemClock,
      appVersion: app.getVersion(),
      transport: 'electron',
    },
    { error: (message, detail) => console.error(message, detail) },
  );
  services.start();
  app.on('before-quit', () => void services.stop());

  const routeDeepLink = (url: string | undefined) => {
    if (!url) return;
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
    try {
      services.deepLinks.receive(url);
    } catch (err) {
      // handled: a link from outside must never become an uncaught error in main; logged without the link (it may hold a token)
      console.error('deep link not delivered', err instanceof Error ? err.name : typeof err);
    }
  };

  app.on('second-instance', (_event, argv) => routeDeepLink(deepLinkFromArgv(argv)));
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

  await app.whenReady();
  denyAllPermissions();
  // Electron's default menu has the developer items; a packaged build gets a menu without them
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate({ isPackaged: app.isPackaged, platform: process.platform })));
  serveAppProtocol(rendererRoot);
  bindElectronIpc(registry, () => mainWindow);
  mainWindow = createMainWindow(preloadPath, app.isPackaged);
  mainWindow.on('closed', () => (mainWindow = undefined));
  mainWindow.webContents.once('did-finish-load', () => {
    routeDeepLink(pendingDeepLink);
    pendingDeepLink = undefined;
  });
  app.on('activate', () => {
    if (!mainWindow) mainWindow = createMainWindow(preloadPath, app.isPackaged);
  });
}
