/**
 * The Electron entry: single instance, app:// protocol, one secure window, typed IPC, the
 * blindcopy:// URL scheme. Everything else lives in services that do not know Electron.
 */
import { release, type as osType } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, clipboard, safeStorage, screen, shell, type BrowserWindow } from 'electron';
import pino from 'pino';
import type { HelpMenuWords } from '../shared/ipc/calls/notifications';
import { createCore } from './services/createCore';
import type { MainServices } from './services/mainServices';
import { createFileLogger, type FileLogger } from './platform/log/fileLogger';
import { logCode } from './platform/log/logFields';
import { createDeferredLogger } from './platform/log/deferredLogger';
import { createPinoLogger } from './platform/log/pinoLogger';
import { recentProblemLines } from './platform/log/recentErrors';
import { logFolder } from './platform/log/rotation';
import { systemClock, type Logger } from './platform/ports';
import { createDesktopNotifications } from './shell/desktopNotifications';
import { ENGLISH_HELP_MENU, installApplicationMenu } from './shell/helpMenu';
import { DEEP_LINK_SCHEME, deepLinkFromArgv } from './shell/appOrigin';
import { registerAppSchemePrivileges, serveAppProtocol } from './shell/appProtocol';
import { bindElectronIpc } from './shell/electronIpcBinding';
import { createEncryptedKeychain } from './shell/encryptedKeychain';
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

interface AppLog {
  logger: Logger;
  /** the files, once open (undefined if they could not be: then stderr) */
  file: Promise<FileLogger | undefined>;
}

/** The log files in the data folder (platform/log), usable at once; if they cannot be opened, stderr, and the app still starts. */
function openAppLog(folder: string): AppLog {
  const file = createFileLogger({ folder, mirror: app.isPackaged ? undefined : process.stderr }).catch((err: unknown) => {
    createPinoLogger(pino.destination(2)).error('app.started', { code: logCode('log-folder-unwritable') }, err);
    return undefined;
  });
  const logger = createDeferredLogger(file.then((f) => f ?? createPinoLogger(pino.destination(2))));
  return { logger, file };
}

/** Help › Show Log Folder and Copy Diagnostics (shell/helpMenu.ts holds the menu). */
function installMenu(words: HelpMenuWords, services: MainServices, log: AppLog, folder: string): void {
  // a packaged build's menus have no developer items (shell/appMenu.ts)
  installApplicationMenu(
    words,
    {
      copyDiagnostics: () => void copyDiagnostics(services, log),
      showLogFolder: () => {
        void shell.openPath(folder).then((problem) => {
          if (problem) log.logger.warn('diagnostics.failed', { code: logCode('open-log-folder') }, problem);
        });
      },
    },
    app.isPackaged,
  );
}

async function copyDiagnostics(services: MainServices, log: AppLog): Promise<void> {
  try {
    const file = await log.file;
    const recentProblems = file ? await recentProblemLines(file.folder) : [];
    const text = await services.diagnostics({
      versions: { app: app.getVersion(), electron: process.versions.electron, chrome: process.versions.chrome, node: process.versions.node, os: `${osType()} ${release()} (${process.arch})` },
      recentProblems,
    });
    clipboard.writeText(text);
    log.logger.info('diagnostics.copied', { count: recentProblems.length });
  } catch (err) {
    log.logger.error('diagnostics.failed', undefined, err);
  }
}

async function start(): Promise<void> {
  const folder = logFolder(app.getPath('userData'));
  const log = openAppLog(folder);
  log.logger.info('app.started');
  // a monitor only: what Electron does with an uncaught error stays as it was; the log keeps it (lines are written synchronously)
  process.on('uncaughtExceptionMonitor', (err, origin) => log.logger.error('app.uncaught', { kind: logCode(origin) }, err));
  // called when the renderer hands over its words (IPC: only once the app is ready and serving)
  const relabelMenu = (words: HelpMenuWords) => {
    if (app.isReady()) installMenu(words, running, log, folder);
  };
  const paths = { userData: app.getPath('userData') };
  const core = createCore(
    {
      secrets: createEncryptedKeychain(safeStorage, join(app.getPath('userData'), 'secrets.json'), process.platform),
      paths,
      clock: systemClock,
      appVersion: app.getVersion(),
      transport: 'electron',
      notifications: createDesktopNotifications(() => mainWindow),
      system: {
        // only packaged and built with an update feed (`publish`: README, "Updates, window, login")
        updater: electronUpdater(app.isPackaged, process.resourcesPath),
        loginItem: electronLoginItem(app, process.platform) ?? linuxAutostart(),
      },
    },
    log.logger,
    { onWords: (words) => relabelMenu(words.helpMenu) },
  );
  const { registry } = core;
  const running = core.services;
  running.start();
  app.on('before-quit', () => {
    log.logger.info('app.stopping');
    void running.stop();
  });

  const routeDeepLink = (url: string | undefined) => {
    if (!url) return;
    focusWindow(mainWindow);
    try {
      running.deepLinks.receive(url);
    } catch (err) {
      // handled: a link from outside must never become an uncaught error in main; logged without the link (it may hold a token)
      log.logger.error('app.deep-link-failed', undefined, err);
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
  // Windows shows a toast only for an app with an AppUserModelID: electron-builder.yml's appId
  if (process.platform === 'win32') app.setAppUserModelId('app.blindcopy.desktop');
  relabelMenu((await running.notifications.words())?.helpMenu ?? ENGLISH_HELP_MENU);
  denyAllPermissions();
  serveAppProtocol(rendererRoot);
  bindElectronIpc(registry, () => mainWindow);
  const placementPath = windowStatePath(paths);
  const openWindow = async () => {
    const saved = await savedPlacement(placementPath, screen, MIN_WINDOW_SIZE, log.logger);
    const win = createMainWindow(preloadPath, app.isPackaged, saved?.bounds);
    placement = rememberPlacement(win, saved, placementPath, log.logger);
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
