/**
 * Where the log files are and how they roll (pino-roll's options): one file a day or every
 * 5 MB, whichever comes first, and at most 7 files in all, older runs' files included, so the
 * folder stays under ~35 MB however long the app runs.
 */
import { join } from 'node:path';

export const LOG_FOLDER_NAME = 'logs';
export const LOG_FILE_BASE = 'blindcopy';

export function logFolder(userData: string): string {
  return join(userData, LOG_FOLDER_NAME);
}

export interface RotationOptions {
  file: string;
  extension: string;
  frequency: 'daily' | 'hourly' | number;
  size: string;
  dateFormat: string;
  limit: { count: number; removeOtherLogFiles: boolean };
  mkdir: boolean;
}

export function rotationOptions(folder: string, overrides: Partial<Pick<RotationOptions, 'size' | 'frequency' | 'limit'>> = {}): RotationOptions {
  return {
    file: join(folder, LOG_FILE_BASE),
    extension: '.log',
    frequency: 'daily',
    size: '5m',
    // blindcopy.2026-12-07.1.log: the date says which day a support request is about
    dateFormat: 'yyyy-MM-dd',
    // 6 rolled files + the one in use; files of earlier runs count too (else every start adds more)
    limit: { count: 6, removeOtherLogFiles: true },
    mkdir: true,
    ...overrides,
  };
}

/** A file of ours in the log folder (blindcopy.<date>.<n>.log). */
export function isLogFileName(name: string): boolean {
  return name.startsWith(`${LOG_FILE_BASE}.`) && name.endsWith('.log');
}
