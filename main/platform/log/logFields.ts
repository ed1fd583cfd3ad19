/**
 * What a line of main's log may say, by construction: an event name from our own list, and a
 * few typed fields — codes, counts, durations, ids we made, server host names. There is no field
 * for free text, so an address, a subject or a body cannot be handed to the log by mistake; the
 * one text a line may carry is an error's message, which scrub.ts cleans on the way in
 * (logLine.ts). A string reaches a field only through the constructors below, which refuse any
 * that could hold an address (no '@', no spaces, bounded length).
 */
import type { FailureCode } from '../../../shared/failures/failureCodes';

/** Every event main logs. A new kind of line is added here first. */
export const LOG_EVENTS = [
  'app.started',
  'app.stopping',
  'app.uncaught',
  'ipc.handler-failed',
  'ipc.answer-invalid',
  'renderer.error',
  'addresses.problem',
  'capture.started',
  'capture.not-started',
  'capture.batch',
  'capture.source-state',
  'capture.source-recovered',
  'settings.authserv-candidate-failed',
  'update.check-failed',
  'window.state-invalid',
  'window.state-unreadable',
  'window.state-not-saved',
  'app.deep-link-failed',
  'capture.nack',
  'outbox.changed',
  'outbox.problem',
  'replication.status',
  'notification.shown',
  'notification.unworded',
  'notification.failed',
  'diagnostics.copied',
  'diagnostics.failed',
] as const;
export type LogEvent = (typeof LOG_EVENTS)[number];

declare const brand: unique symbol;
type Branded<T, B extends string> = T & { readonly [brand]: B };

/** A stable code of ours or of a library (an error's `code`, a source's state): letters, digits, `.:_-`. */
export type LogCode = Branded<string, 'LogCode'>;
/** An id we made (a batch id, an outbox entry id): the same characters as a code. */
export type LogId = Branded<string, 'LogId'>;
/** A mail server's host name or IP address. */
export type LogHost = Branded<string, 'LogHost'>;

/** what a refused value is written as */
export const REFUSED = 'refused';

const TOKEN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;
const HOST = /^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*\.?$|^\[?[0-9A-Fa-f:.]{2,45}\]?$/;

export const isLogToken = (value: string): boolean => TOKEN.test(value);
export const isLogHost = (value: string): boolean => HOST.test(value);

export function logCode(value: string): LogCode {
  return (isLogToken(value) ? value : REFUSED) as LogCode;
}

export function logId(value: string): LogId {
  return (isLogToken(value) ? value : REFUSED) as LogId;
}

export function logHost(value: string): LogHost {
  return (isLogHost(value) ? value : REFUSED) as LogHost;
}

/** The fields a log line may carry; each is optional. */
export interface LogFields {
  /** a failure code (shared/failures) or another code of ours */
  code?: FailureCode | LogCode;
  /** the IPC call the line is about */
  call?: LogCode;
  /** what sort of thing: a source kind, an outbox state, a notification kind */
  kind?: LogCode;
  id?: LogId;
  host?: LogHost;
  count?: number;
  /** a second count (e.g. rejected next to captured) */
  count2?: number;
  durationMs?: number;
  attempt?: number;
}

export const LOG_FIELD_NAMES = ['code', 'call', 'kind', 'id', 'host', 'count', 'count2', 'durationMs', 'attempt'] as const satisfies readonly (keyof LogFields)[];
