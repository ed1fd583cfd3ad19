/**
 * Turns the bridge (preload or WebSocket) into the API renderer code uses: unwraps IpcResult
 * envelopes (a refusal is thrown as the `Failure` main threw) and validates event payloads against the contract, so a bug in main cannot feed the
 * views something outside it.
 */
import type { BlindcopyApi, BlindcopyBridge, IpcCallName, IpcEventName, IpcEventPayload, IpcRequest } from './contract';
import { ipcEvents } from './contract';
import { Failure, fromShape } from '../failures/failure';
import { FailureSchema } from '../failures/failureCodes';

function unwrap(result: unknown): unknown {
  const r = result as { ok?: unknown; value?: unknown; error?: unknown } | undefined;
  if (r && typeof r === 'object' && r.ok === true) return r.value;
  if (r && typeof r === 'object' && r.ok === false) {
    const err = FailureSchema.safeParse(r.error);
    if (err.success) throw fromShape(err.data);
  }
  throw new Failure('internal', 'Malformed answer from the app core.');
}

export function createApi(bridge: BlindcopyBridge): BlindcopyApi {
  return {
    async invoke<N extends IpcCallName>(name: N, request: IpcRequest<N>) {
      return unwrap(await bridge.invoke(name, request)) as never;
    },
    on<E extends IpcEventName>(event: E, handler: (payload: IpcEventPayload<E>) => void) {
      return bridge.on(event, (payload) => {
        const parsed = ipcEvents[event].safeParse(payload);
        if (parsed.success) handler(parsed.data as IpcEventPayload<E>);
      });
    },
  };
}
