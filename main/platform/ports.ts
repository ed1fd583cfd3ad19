/**
 * The small adapters the Electron shell hands to the services, so mail and file code never
 * import electron and run in plain Node under test.
 */
import type { SystemPorts } from './systemPorts';
import type { LogEvent, LogFields } from './log/logFields';

export interface Keychain {
  /** refuses (throws the Failure 'keychain-unavailable') when secrets cannot be kept encrypted */
  set(key: string, secret: string): Promise<void>;
  get(key: string): Promise<string | undefined>;
  delete(key: string): Promise<void>;
}

/**
 * main's log (the shell writes it to rotating files, platform/log): where errors nobody else sees
 * are reported, for support. A line is an event of our own list and typed fields (codes, counts,
 * ids, host names: log/logFields.ts), never free text, so no address, subject, body or secret can
 * be handed to it; an error's message is scrubbed of addresses and secrets on the way in.
 */
export interface Logger {
  info(event: LogEvent, fields?: LogFields): void;
  warn(event: LogEvent, fields?: LogFields, error?: unknown): void;
  error(event: LogEvent, fields?: LogFields, error?: unknown): void;
}

/** A log that writes nothing (tests that do not look at it). */
export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** A desktop notification, worded already (in the user's language). */
export interface DesktopNotification {
  title: string;
  body: string;
}

/**
 * The system's notifications (the shell: Electron's Notification). `onClick` runs when the user
 * clicks it, after the shell has brought the window to the front.
 */
export interface NotificationPort {
  show(notification: DesktopNotification, onClick: () => void): void;
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
  /** desktop notifications; none where there is no desktop (tests, the demo) */
  notifications?: NotificationPort;
}
