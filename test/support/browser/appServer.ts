/**
 * Serves the built renderer on 127.0.0.1 under the app's CSP, with the WebSocket bridge to the
 * real main services on the same origin. Used by end-to-end tests, benchmarks and `npm run demo`.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { resolveAppFile, mimeTypeFor } from '../../../main/shell/appOrigin';
import type { HandlerRegistry } from '../../../main/ipc/registry';
import { bindWebSocket } from '../ipc/websocketBinding';
import { bundleForBrowser } from './bundleForBrowser';
import { APP_CSP } from '../../../shared/security/csp';

const BRIDGE_PATH = '/__bridge.js';
const rendererRoot = fileURLToPath(new URL('../../../out/renderer/', import.meta.url));

export interface AppServer {
  origin: string;
  /** the URL to open: carries the bridge token in its fragment */
  url: string;
  close(): Promise<void>;
}

export async function startAppServer(registry: HandlerRegistry, options: { port?: number } = {}): Promise<AppServer> {
  const bridgeJs = await bundleForBrowser(fileURLToPath(new URL('./bridgeEntry.ts', import.meta.url)), 'bridge');
  let origin = '';
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const headers = { 'content-security-policy': APP_CSP, 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' };
    if (path === BRIDGE_PATH) {
      res.writeHead(200, { ...headers, 'content-type': 'text/javascript; charset=utf-8' }).end(bridgeJs);
      return;
    }
    const file = resolveAppFile(rendererRoot, `app://blindcopy${path}`);
    try {
      if (!file) throw new Error('outside');
      let body: Buffer | string = await readFile(file);
      if (file.endsWith('index.html')) {
        // The bridge must define window.blindcopy before the app's module script runs.
        body = body.toString('utf8').replace('<head>', `<head>\n    <script src="${BRIDGE_PATH}"></script>`);
      }
      res.writeHead(200, { ...headers, 'content-type': mimeTypeFor(file) }).end(body);
    } catch {
      res.writeHead(404, headers).end('Not found');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const binding = bindWebSocket(server, registry, { allowedOrigin: () => origin });
  return {
    origin,
    url: `${origin}/#bc-token=${binding.token}`,
    async close() {
      await binding.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
