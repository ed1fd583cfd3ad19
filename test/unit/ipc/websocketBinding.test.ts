import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createHandlerRegistry, type HandlerRegistry } from '../../../main/ipc/registry';
import { silentLogger } from '../../../main/platform/ports';
import { testAdapters, testHandlers } from '../../support/coreServices';
import { bindWebSocket, WS_IPC_PATH, type WebSocketBinding } from '../../support/ipc/websocketBinding';
import { createApi } from '../../../shared/ipc/client';
import type { CaptureBatch, SealedCaptureBatch } from '../../../shared/domain/capture';
import { createWebSocketBridge } from '../../support/browser/webSocketBridge';
import { decodeBatchEvent, sealBatch } from '../../support/captureBatchEvent';

let server: Server;
let registry: HandlerRegistry;
let binding: WebSocketBinding;
let origin: string;
let port: number;

beforeAll(async () => {
  server = createServer((_req, res) => res.end('ok'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  registry = createHandlerRegistry(testHandlers({}, testAdapters({ appVersion: '0.0.0-test' })), silentLogger);
  binding = bindWebSocket(server, registry, { allowedOrigin: () => origin });
});

afterAll(async () => {
  await binding.close();
  await new Promise((resolve) => server.close(resolve));
});

function connect(token: string, wsOrigin: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}${WS_IPC_PATH}?token=${token}`, { origin: wsOrigin });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
}

function call(ws: WebSocket, id: number, name: string, request: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    const onMessage = (data: WebSocket.RawData) => {
      const frame = JSON.parse(String(data)) as { id?: number; result?: unknown };
      if (frame.id === id) {
        ws.off('message', onMessage);
        resolve(frame.result);
      }
    };
    ws.on('message', onMessage);
    ws.send(JSON.stringify({ id, name, request }));
  });
}

describe('WebSocket IPC binding (tests and demo only)', () => {
  it('answers calls from the allowed origin with the right token', async () => {
    const ws = await connect(binding.token, origin);
    expect(await call(ws, 1, 'app:info', {})).toEqual({ ok: true, value: { name: 'Blindcopy', version: '0.0.0-test', transport: 'websocket' } });
    expect(await call(ws, 2, 'account:testImap', { server: 'nope' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    ws.close();
  });

  it('refuses a wrong token', async () => {
    await expect(connect('0'.repeat(64), origin)).rejects.toThrow(/403/);
  });

  it('refuses another origin, even with the token', async () => {
    await expect(connect(binding.token, 'http://evil.example')).rejects.toThrow(/403/);
  });

  it('pushes events to connected pages', async () => {
    const ws = await connect(binding.token, origin);
    const got = new Promise((resolve) => ws.once('message', (d) => resolve(JSON.parse(String(d)))));
    registry.emit('app:deepLink', { url: 'blindcopy://confirm?code=1' });
    expect(await got).toEqual({ event: 'app:deepLink', payload: { url: 'blindcopy://confirm?code=1' } });
    ws.close();
  });

  it('carries a capture batch as bytes: the page gets a Uint8Array the contract accepts, and the batch in it', async () => {
    const batch: CaptureBatch = {
      sourceId: 'dropbox',
      sourceKind: 'dropbox',
      batchId: 'b1',
      reset: false,
      captured: [],
      rejected: [{ source: { sourceId: 'dropbox', uidValidity: 1, uid: 3 }, reason: 'unknown-owner', subject: 'Grüße "quoted" \\ \u0000', size: 10 }],
      expunged: [7],
      checkpoint: { uidValidity: 1, lastUid: 9 },
    };
    const socket = new WebSocket(`ws://127.0.0.1:${port}${WS_IPC_PATH}?token=${binding.token}`, { origin });
    const bridge = createWebSocketBridge(socket);
    const api = createApi(bridge);
    const got = new Promise<SealedCaptureBatch>((resolve) => api.on('capture:batch', resolve));
    const raw = new Promise<unknown>((resolve) => socket.once('message', (data, isBinary) => resolve(isBinary)));
    await new Promise((resolve) => socket.once('open', resolve));
    const sealed = sealBatch(batch);
    registry.emit('capture:batch', sealed);
    expect(await raw).toBe(true);
    const received = await got;
    expect(received.body).toBeInstanceOf(Uint8Array);
    expect([...received.body]).toEqual([...sealed.body]);
    expect(decodeBatchEvent(received)).toEqual(batch);
    bridge.close();
  });
});
