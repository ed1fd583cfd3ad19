/**
 * The log a user can hand to support: rotating files in the app's data folder (rotation.ts),
 * written through pinoLogger.ts. pino-roll's stream runs in main's own thread (no transport
 * worker: one fewer thread, and nothing for the bundler to find at run time).
 */
import pinoRoll, { type RollingStream } from 'pino-roll';
import pino from 'pino';
import type { Logger } from '../ports';
import { createPinoLogger } from './pinoLogger';
import { scrubText } from './scrub';
import { rotationOptions, type RotationOptions } from './rotation';

export interface FileLogger extends Logger {
  folder: string;
  /** writes what is buffered (before reading the files, e.g. for diagnostics) */
  flush(): void;
  /** pino-roll removed old files after a roll (tests wait for it) */
  onCleanup(listener: () => void): void;
  close(): Promise<void>;
}

export interface FileLoggerOptions {
  folder: string;
  /** the lines are also written here (development: stderr) */
  mirror?: NodeJS.WritableStream;
  rotation?: Partial<Pick<RotationOptions, 'size' | 'frequency' | 'limit'>>;
}

export async function createFileLogger(options: FileLoggerOptions): Promise<FileLogger> {
  // Written synchronously: a line is on disk when the call returns, so a crash loses none, and
  // main logs a few lines a minute, not a stream worth a buffer.
  const file: RollingStream = await pinoRoll({ ...rotationOptions(options.folder, options.rotation), sync: true });
  // a full disk or a folder taken away must not end the app (an 'error' nobody listens to would)
  file.on('error', (err) => void process.stderr.write(`blindcopy log: ${scrubText(err instanceof Error ? err.message : String(err))}\n`));
  const destination = options.mirror ? pino.multistream([{ stream: file }, { stream: options.mirror }]) : file;
  const logger = createPinoLogger(destination);
  return {
    ...logger,
    folder: options.folder,
    flush: () => file.flushSync(),
    onCleanup: (listener) => void file.on('cleanup-complete', listener),
    close: () =>
      new Promise<void>((resolve) => {
        file.once('close', () => resolve());
        file.end();
      }),
  };
}
