/**
 * BlindcopyBridge over the WebSocket binding: what the preload is in the app, this is in tests
 * and the demo. Works with the browser's WebSocket and with the `ws` package in Node. Events
 * whose payload holds bytes come as binary frames (../ipc/eventFrame.ts), read back into
 * Uint8Arrays of this realm, as Electron's structured clone delivers them to the page.
 */
import type { BlindcopyBridge, IpcCallName, IpcEventName } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/errors';
import { decodeBinaryEventFrame } from '../ipc/eventFrame';

interface MinimalSocket {
  readyState: number;
  /** 'arraybuffer': binary frames (events with bytes, eventFrame.ts) arrive as ArrayBuffers */
  binaryType: string;
  send(data: string): void;
  close(): void;
  addEventListener(type: 'open' | 'close' | 'error', listener: () => void): void;
  addEventListener(type: 'message', listener: (ev: { data: unknown }) => void): void;
}

export interface WebSocketBridge extends BlindcopyBridge {
  close(): void;
}

export function createWebSocketBridge(socket: MinimalSocket): WebSocketBridge {
  let nextId = 1;
  const pending = new Map<number, (result: IpcResult<unknown>) => void>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const opened = new Promise<void>((resolve, reject) => {
    if (socket.readyState === 1) resolve();
    socket.addEventListener('open', () => resolve());
    socket.addEventListener('error', () => reject(new Error('bridge connection failed')));
  });
  socket.addEventListener('close', () => {
    for (const settle of pending.values()) settle({ ok: false, error: { code: 'internal', message: 'The Blindcopy core went away.' } });
    pending.clear();
  });
  socket.binaryType = 'arraybuffer';
  socket.addEventListener('message', (ev) => {
    if (ev.data instanceof ArrayBuffer) {
      const event = decodeBinaryEventFrame(ev.data);
      if (event !== undefined) for (const l of listeners.get(event.event) ?? []) l(event.payload);
      return;
    }
    const frame = JSON.parse(String(ev.data)) as { id?: number; result?: IpcResult<unknown>; event?: string; payload?: unknown };
    if (typeof frame.id === 'number' && frame.result) {
      pending.get(frame.id)?.(frame.result);
      pending.delete(frame.id);
    } else if (typeof frame.event === 'string') {
      for (const l of listeners.get(frame.event) ?? []) l(frame.payload);
    }
  });

  const bridge: WebSocketBridge = {
    async invoke(name: IpcCallName, request: unknown) {
      await opened;
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve as (r: IpcResult<unknown>) => void);
        socket.send(JSON.stringify({ id, name, request }));
      });
    },
    on(event: IpcEventName, handler: (payload: never) => void) {
      const set = listeners.get(event) ?? new Set();
      set.add(handler as (payload: unknown) => void);
      listeners.set(event, set);
      return () => set.delete(handler as (payload: unknown) => void);
    },
    close: () => socket.close(),
  } as WebSocketBridge;
  return bridge;
}
