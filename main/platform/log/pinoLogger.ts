/**
 * main's log port on pino: each call becomes one JSON line (logLine.ts checks it), and every line
 * is scrubbed once more just before it is written (pino's streamWrite hook), so an address that
 * got past everything else still does not reach the file. No host name or pid in the lines: a
 * machine's name can be a person's name.
 */
import pino, { type DestinationStream } from 'pino';
import type { Logger } from '../ports';
import { logRecord, type LogLevel } from './logLine';
import { scrubText } from './scrub';

/** Lines are short; a longer one was built around something that should not be there. */
const MAX_LINE = 4000;

export function scrubLine(line: string): string {
  const clean = scrubText(line, MAX_LINE);
  return clean.endsWith('\n') ? clean : `${clean.trimEnd()}\n`;
}

export function createPinoLogger(destination: DestinationStream): Logger {
  const log = pino(
    {
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      hooks: { streamWrite: scrubLine },
    },
    destination,
  );
  const write = (level: LogLevel, ...[event, fields, error]: Parameters<Logger['error']>) => {
    const record = logRecord(event, fields, error);
    log[level]({ ...record.fields, ...(record.err ? { error: record.err } : {}) }, record.event);
  };
  return {
    info: (event, fields) => write('info', event, fields),
    warn: (event, fields, error) => write('warn', event, fields, error),
    error: (event, fields, error) => write('error', event, fields, error),
  };
}
