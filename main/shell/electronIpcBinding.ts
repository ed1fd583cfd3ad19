/**
 * The IPC contract over Electron's ipcMain: checks that the sender is a frame of our own
 * origin before the registry (which validates payloads) sees anything.
 */
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../shared/ipc/channels';
import type { HandlerRegistry } from '../ipc/registry';
import { isTrustedSenderUrl } from './appOrigin';

export function bindElectronIpc(registry: HandlerRegistry, getWindow: () => BrowserWindow | undefined): () => void {
  ipcMain.handle(IPC_INVOKE_CHANNEL, async (event: IpcMainInvokeEvent, name: unknown, request: unknown) => {
    if (!isTrustedSenderUrl(event.senderFrame?.url)) {
      return { ok: false, error: { code: 'sender-forbidden', message: 'Calls are accepted from the app window only.' } };
    }
    return registry.dispatch(name, request);
  });
  const unsubscribe = registry.onEvent((eventName, payload) => {
    const win = getWindow();
    if (win && !win.isDestroyed()) win.webContents.send(IPC_EVENT_CHANNEL, eventName, payload);
  });
  return () => {
    unsubscribe();
    ipcMain.removeHandler(IPC_INVOKE_CHANNEL);
  };
}
