/**
 * A Node-side client of the real core over the same WebSocket IPC the browser uses, for
 * integration tests that want to go "through IPC" without a page.
 */
import WebSocket from 'ws';
import type { HandlerRegistry } from '../../main/ipc/registry';
import { createApi } from '../../shared/ipc/client';
import type { BlindcopyApi } from '../../shared/ipc/contract';
import { startAppServer } from './browser/appServer';
import { createWebSocketBridge } from './browser/webSocketBridge';

export interface CoreClient {
  api: BlindcopyApi;
  close(): Promise<void>;
}

export async function connectToCore(core: HandlerRegistry): Promise<CoreClient> {
  const server = await startAppServer(core);
  const token = new URL(server.url).hash.replace('#bc-token=', '');
  const socket = new WebSocket(`${server.origin.replace('http', 'ws')}/__blindcopy_ipc?token=${token}`, { origin: server.origin });
  const bridge = createWebSocketBridge(socket);
  return {
    api: createApi(bridge),
    async close() {
      bridge.close();
      await server.close();
    },
  };
}
