/** A local HTTP server that counts every request by path: the "tracker" of the hostile mail. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const GIF = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');

export interface HitCounter {
  origin: string;
  hits(path?: string): number;
  paths(): string[];
  close(): Promise<void>;
}

export async function startHitCounter(): Promise<HitCounter> {
  const seen: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    seen.push(path);
    if (path.endsWith('.gif')) res.writeHead(200, { 'content-type': 'image/gif' }).end(GIF);
    else if (path.endsWith('.css')) res.writeHead(200, { 'content-type': 'text/css' }).end('body { background: red; }');
    else res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Tracker</title><p>tracked</p>');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits: (path) => (path === undefined ? seen.length : seen.filter((p) => p === path).length),
    paths: () => [...seen],
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
