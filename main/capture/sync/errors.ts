/**
 * Internal (both classes below): errors the engine's callers tell apart. A user meets them only
 * as the IPC 'internal' failure (e.g. "The attachment could not be downloaded").
 */
/**
 * The engine's errors that callers tell apart, in a module of their own: main's proxy for the
 * engine in its worker (capture/worker) rebuilds them from a message without loading the
 * engine (imapflow, mailparser) into main.
 */
export class UnknownSourceError extends Error {
  constructor(sourceId: string) {
    super(`no capture source "${sourceId}"`);
    this.name = 'UnknownSourceError';
  }
}

export type AttachmentUnavailableCode = 'bad-part' | 'stale' | 'not-found';

export class AttachmentUnavailableError extends Error {
  readonly code: AttachmentUnavailableCode;
  constructor(code: AttachmentUnavailableCode, message: string) {
    super(message);
    this.name = 'AttachmentUnavailableError';
    this.code = code;
  }
}
