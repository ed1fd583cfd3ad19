/**
 * The handler registry: knows the contract and the handlers, nothing of Electron or WebSockets.
 * Every request is validated before a handler sees it and every response before it leaves, so a
 * transport only moves bytes.
 */
import type { z } from 'zod';
import type { IpcCallName, IpcCalls, IpcEventName, IpcEventPayload, IpcEvents } from '../../shared/ipc/contract';
import { ipcCalls, ipcEvents, isIpcCallName } from '../../shared/ipc/contract';
import { isFailure, shapeOf } from '../../shared/failures/failure';
import type { IpcResult } from '../../shared/ipc/errors';
import type { Logger } from '../platform/ports';
import { logCode } from '../platform/log/logFields';

export type Handler<N extends IpcCallName> = (
  request: z.output<IpcCalls[N]['request']>,
) => Promise<z.input<IpcCalls[N]['response']>> | z.input<IpcCalls[N]['response']>;

export type Handlers = { [N in IpcCallName]: Handler<N> };

type EventListener = (event: IpcEventName, payload: unknown) => void;

export type { Logger };

export interface HandlerRegistry {
  dispatch(name: unknown, request: unknown): Promise<IpcResult<unknown>>;
  emit<E extends IpcEventName>(event: E, payload: IpcEventPayload<E>): void;
  /**
   * An event whose payload was checked against this same contract schema where it entered main
   * (a capture batch, on arrival from the capture worker: protocol.ts): sent on unchecked, as one
   * check per boundary is the rule. A second one would also copy megabytes per batch, and main's
   * young generation is what the worker exists to keep small. The renderer checks every event
   * again on its side of IPC (shared/ipc/client.ts).
   */
  emitChecked<E extends IpcEventName>(event: E, payload: IpcEventPayload<E>): void;
  /**
   * A transport subscribes to forward events to its peers. A listener reads a payload's bytes
   * while it is called (sending copies them): a capture batch's body is released right after
   * its event (mainServices, platform/releaseBytes.ts).
   */
  onEvent(listener: EventListener): () => void;
}

function issuesText(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}

export function createHandlerRegistry(handlers: Handlers, logger: Logger): HandlerRegistry {
  const listeners = new Set<EventListener>();
  return {
    async dispatch(name, request) {
      if (!isIpcCallName(name)) {
        return { ok: false, error: { code: 'unknown-method', message: `Unknown call ${String(name).slice(0, 80)}` } };
      }
      const spec = ipcCalls[name];
      const parsed = spec.request.safeParse(request);
      if (!parsed.success) {
        return { ok: false, error: { code: 'invalid-request', message: issuesText(parsed.error) } };
      }
      let value: unknown;
      try {
        value = await (handlers[name] as (r: unknown) => unknown)(parsed.data);
      } catch (err) {
        // A Failure is a refusal the user can meet: it crosses as it is (its message is safe).
        if (isFailure(err)) return { ok: false, error: shapeOf(err) };
        // Anything else: details stay in main's log; the renderer gets a message that is safe to show.
        logger.error('ipc.handler-failed', { call: logCode(name) }, err);
        return { ok: false, error: { code: 'internal', message: 'Something went wrong in the app core.' } };
      }
      const out = spec.response.safeParse(value);
      if (!out.success) {
        logger.error('ipc.answer-invalid', { call: logCode(name) }, issuesText(out.error));
        return { ok: false, error: { code: 'invalid-response', message: 'The app core gave an invalid answer.' } };
      }
      return { ok: true, value: out.data };
    },
    emit(event, payload) {
      const checked = (ipcEvents as IpcEvents)[event].parse(payload);
      for (const l of listeners) l(event, checked);
    },
    emitChecked(event, payload) {
      for (const l of listeners) l(event, payload);
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
