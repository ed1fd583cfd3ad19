/** Error codes that cross IPC. Stable strings: the renderer words them, tests match them. */
import { z } from 'zod';

export const IpcErrorCodeSchema = z.enum([
  'invalid-request', // payload failed validation
  'invalid-response', // a handler returned something outside the contract (a bug on our side)
  'unknown-method',
  'forbidden', // sender not allowed
  'internal', // unexpected failure; message is safe to show, details stay in main's log
]);
export type IpcErrorCode = z.infer<typeof IpcErrorCodeSchema>;

export const IpcErrorSchema = z.object({ code: IpcErrorCodeSchema, message: z.string() });
export type IpcError = z.infer<typeof IpcErrorSchema>;

/** Every invoke answers with this envelope, so transports never have to serialize Error objects. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export class IpcCallError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'IpcCallError';
  }
}
