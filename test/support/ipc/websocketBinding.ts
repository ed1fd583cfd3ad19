/**
 * The IPC contract over a WebSocket on 127.0.0.1, for end-to-end tests and `npm run demo`
 * only: it lives under test/ (which main may not import, and which is not packaged), and `ws`
 * is a devDependency, so the shipped app cannot load it. A peer must present the per-run random token
 * and come from the allowed Origin (the page the harness serves), so other local pages and
 * processes cannot drive the app core.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { z } from 'zod';
import { WebSocketServer, type WebSocket } from 'ws';
import type { HandlerRegistry } from '../../../main/ipc/registry';
import { releaseBytes } from '../../../main/platform/releaseBytes';
import { encodeEventFrame } from './eventFrame';

export const WS_IPC_PATH = '/__blindcopy_ipc';

const FrameSchema = z.object({ id: z.number().int(), name: z.string().max(100), request: z.unknown() });

export interface WebSocketBinding {
  token: string;
  close(): Promise<void>;
}

/** Attaches to an HTTP server that also serves the renderer, so the page's origin is 'self'. */
export function bindWebSocket(
  server: Server,
  registry: HandlerRegistry,
  options: { allowedOrigin: () => string },
): WebSocketBinding {
  const token = randomBytes(32).toString('hex');
  const wss = new WebSocketServer({ noServer: true, maxPayload: 50 * 1024 * 1024 });
  const sockets = new Set<WebSocket>();

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== WS_IPC_PATH) return;
    const given = Buffer.from(url.searchParams.get('token') ?? '');
    const okToken = given.length === token.length && timingSafeEqual(given, Buffer.from(token));
    const okOrigin = req.headers.origin === options.allowedOrigin();
    if (!okToken || !okOrigin) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws));
  };
  server.on('upgrade', onUpgrade);

  // A payload with bytes (capture:batch's body) goes as one binary frame, its bytes as they are
  // (eventFrame.ts); any other as JSON text.
  // A binary frame is a copy of the bytes, freed once every socket has written it (as main frees
  // the bytes it was made from, platform/releaseBytes.ts), not at this process's next collection.
  const unsubscribe = registry.onEvent((event, payload) => {
    const frame = encodeEventFrame(event, payload);
    if (typeof frame === 'string') {
      for (const ws of sockets) ws.send(frame);
      return;
    }
    let writing = sockets.size;
    const written = (): void => {
      writing -= 1;
      if (writing === 0) releaseBytes(frame);
    };
    for (const ws of sockets) ws.send(frame, written);
  });

  wss.on('connection', (ws) => {
    sockets.add(ws);
    ws.on('close', () => sockets.delete(ws));
    ws.on('message', async (data) => {
      let frame: z.infer<typeof FrameSchema>;
      try {
        frame = FrameSchema.parse(JSON.parse(String(data)));
      } catch {
        // handled: a frame that is not ours has nobody to answer to
        return; // not ours; nothing to answer to
      }
      const result = await registry.dispatch(frame.name, frame.request);
      ws.send(JSON.stringify({ id: frame.id, result }));
    });
  });

  return {
    token,
    async close() {
      unsubscribe();
      server.off('upgrade', onUpgrade);
      for (const ws of sockets) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
