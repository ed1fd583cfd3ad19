/**
 * A TCP relay in front of Dovecot that counts the bytes each way. Both mirrors (the app and
 * mbsync) connect through one, so "bytes fetched" is measured the same way for both: what
 * crossed the socket, TLS records included, whatever each client thinks it received.
 */
import { type AddressInfo, type Server, type Socket, connect, createServer } from 'node:net';

export interface ByteCount {
  /** server → client */
  fromServer: number;
  /** client → server */
  toServer: number;
  connections: number;
}

export interface ByteCountingProxy {
  port: number;
  /** totals since the proxy started, open connections included */
  count(): ByteCount;
  close(): Promise<void>;
}

export async function startByteCountingProxy(targetHost: string, targetPort: number): Promise<ByteCountingProxy> {
  const closed: ByteCount = { fromServer: 0, toServer: 0, connections: 0 };
  const open = new Set<{ client: Socket; upstream: Socket }>();
  const server: Server = createServer((client) => {
    const upstream = connect(targetPort, targetHost);
    const pair = { client, upstream };
    open.add(pair);
    closed.connections += 1;
    client.pipe(upstream);
    upstream.pipe(client);
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      // Read at close: socket counters cost nothing per chunk, unlike a 'data' listener.
      closed.fromServer += upstream.bytesRead;
      closed.toServer += client.bytesRead;
      open.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('close', finish);
    upstream.on('close', finish);
    client.on('error', finish);
    upstream.on('error', finish);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    count() {
      let fromServer = closed.fromServer;
      let toServer = closed.toServer;
      for (const { client, upstream } of open) {
        fromServer += upstream.bytesRead;
        toServer += client.bytesRead;
      }
      return { fromServer, toServer, connections: closed.connections };
    },
    async close() {
      for (const { client, upstream } of open) {
        client.destroy();
        upstream.destroy();
      }
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** What crossed the proxy between two readings. */
export function bytesBetween(before: ByteCount, after: ByteCount): ByteCount {
  return { fromServer: after.fromServer - before.fromServer, toServer: after.toServer - before.toServer, connections: after.connections - before.connections };
}
