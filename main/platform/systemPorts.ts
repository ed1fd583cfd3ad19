/**
 * What the Electron shell hands the system feature (main/system): the updater and the login item.
 * Each is absent where the app cannot have it, so the services never ask Electron whether it can.
 */

/** What a check of the update feed found. */
export type UpdateCheck = { available: false } | { available: true; version: string };

/**
 * The update mechanics (electron-updater in the packaged app, main/shell/electronUpdater.ts).
 * Only given when the app was built with an update feed: no port, no check.
 */
export interface UpdaterPort {
  /** asks the feed; rejects when it cannot be reached or read */
  check(): Promise<UpdateCheck>;
  /** downloads the update the last check found; resolves once it is ready to install */
  download(): Promise<void>;
  /** quits the app and installs the downloaded update */
  quitAndInstall(): void;
}

/** Starting the app at login (Electron's app.setLoginItemSettings); absent where unsupported. */
export interface LoginItemPort {
  get(): Promise<boolean>;
  set(openAtLogin: boolean): Promise<void>;
}

export interface SystemPorts {
  updater?: UpdaterPort;
  loginItem?: LoginItemPort;
}
