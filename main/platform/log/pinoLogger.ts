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

function scrubValues(value: unknown): unknown {
  if (typeof value === 'string') return scrubText(value, 1000);
  if (Array.isArray(value)) return value.map(scrubValues);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [scrubText(k, 100), scrubValues(v)]));
  return value;
}

/**
 * Every string of the JSON line scrubbed (values and keys), the line kept valid JSON: scrubbing
 * the raw text could eat a quote or an escape. A line that is not JSON (never ours) loses every '@'.
 */
export function scrubLine(line: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    // handled: not a line pino built; it is written without any '@' (and so without an address)
    return `${line.trimEnd().replaceAll('@', '(at)')}\n`;
  }
  return `${JSON.stringify(scrubValues(parsed))}\n`;
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
