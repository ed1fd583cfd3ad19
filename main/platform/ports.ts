/**
 * The small adapters the Electron shell hands to the services, so mail and file code never
 * import electron and run in plain Node under test.
 */
import type { SystemPorts } from './systemPorts';

export interface Keychain {
  /** refuses (throws the Failure 'keychain-unavailable') when secrets cannot be kept encrypted */
  set(key: string, secret: string): Promise<void>;
  get(key: string): Promise<string | undefined>;
  delete(key: string): Promise<void>;
}

/**
 * main's log (the shell writes it to stderr): where errors nobody else sees are reported. Never
 * hand it a password, a token or a message's text; an error's own message is fine.
 */
export interface Logger {
  error(message: string, detail?: unknown): void;
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
  /** updates and the login item (main/system); absent parts are off */
  system?: SystemPorts;
}
