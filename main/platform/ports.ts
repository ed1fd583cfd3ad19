/**
 * The small adapters the Electron shell hands to the services, so mail and file code never
 * import electron and run in plain Node under test.
 */
export interface Keychain {
  /** refuses (throws KeychainUnavailableError) when secrets cannot be kept encrypted */
  set(key: string, secret: string): Promise<void>;
  get(key: string): Promise<string | undefined>;
  delete(key: string): Promise<void>;
}

export class KeychainUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeychainUnavailableError';
  }
}

export interface AppPaths {
  /** where settings and encrypted secrets live */
  userData: string;
}

export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

export interface ServiceAdapters {
  secrets: Keychain;
  paths: AppPaths;
  clock: Clock;
  appVersion: string;
  transport: 'electron' | 'websocket';
}
