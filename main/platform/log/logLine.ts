/**
 * One log line as it is written: checked again at run time, whatever the types said (a cast, a
 * `never`, a value from JavaScript can get past a type). Fields outside the list are dropped,
 * strings that are not tokens or host names are written as 'refused', and an error keeps its
 * name, its code and its message scrubbed of addresses and secrets (scrub.ts).
 */
import { isLogHost, isLogToken, LOG_EVENTS, LOG_FIELD_NAMES, REFUSED, type LogEvent, type LogFields } from './logFields';
import { scrubText } from './scrub';

export type LogLevel = 'info' | 'warn' | 'error';

export interface LogErrorRecord {
  name: string;
  code?: string;
  message: string;
  cause?: string;
}

export interface LogRecord {
  event: string;
  fields: Record<string, string | number>;
  err?: LogErrorRecord;
}

const events: ReadonlySet<string> = new Set(LOG_EVENTS);

function checkedField(name: string, value: unknown): string | number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  return (name === 'host' ? isLogHost(value) : isLogToken(value)) ? value : REFUSED;
}

function messageOf(value: unknown): string {
  if (value instanceof Error) return value.message;
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && typeof (value as { message?: unknown }).message === 'string') return (value as { message: string }).message;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value;
}

export function errorRecord(error: unknown): LogErrorRecord {
  const raw = typeof error === 'object' && error !== null ? (error as { name?: unknown; code?: unknown; cause?: unknown }) : {};
  const name = typeof raw.name === 'string' && isLogToken(raw.name) ? raw.name : error instanceof Error ? 'Error' : typeof error;
  const record: LogErrorRecord = { name, message: scrubText(messageOf(error), 300) };
  if (typeof raw.code === 'string' || typeof raw.code === 'number') record.code = isLogToken(String(raw.code)) ? String(raw.code) : REFUSED;
  if (raw.cause !== undefined) record.cause = scrubText(messageOf(raw.cause), 200);
  return record;
}

export function logRecord(event: LogEvent, fields: LogFields | undefined, error?: unknown): LogRecord {
  const out: Record<string, string | number> = {};
  const given = (fields ?? {}) as Record<string, unknown>;
  for (const name of LOG_FIELD_NAMES) {
    const value = checkedField(name, given[name]);
    if (value !== undefined) out[name] = value;
  }
  const record: LogRecord = { event: events.has(event) ? event : REFUSED, fields: out };
  if (error !== undefined) record.err = errorRecord(error);
  return record;
}
