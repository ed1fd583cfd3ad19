/**
 * The preload: one sandboxed bundle exposing window.blindcopy (invoke/on), nothing else. It only
 * moves calls; main validates everything, and the renderer unwraps and checks the answers.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../shared/ipc/channels';
import type { BlindcopyBridge } from '../shared/ipc/contract';

const bridge: BlindcopyBridge = {
  invoke: (name, request) => ipcRenderer.invoke(IPC_INVOKE_CHANNEL, name, request),
  on(event, handler) {
    const listener = (_e: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (name === event) handler(payload as never);
    };
    ipcRenderer.on(IPC_EVENT_CHANNEL, listener);
    return () => {
      ipcRenderer.off(IPC_EVENT_CHANNEL, listener);
    };
  },
};

contextBridge.exposeInMainWorld('blindcopy', bridge);
