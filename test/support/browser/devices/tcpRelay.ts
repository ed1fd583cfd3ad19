/**
 * A TCP relay on a loopback port of its own in front of one port of the mail stack, so one app
 * instance can lose the network while the others keep it (stack.stopImap() would take the server
 * away from every instance at once). Offline, the port refuses connections and the open ones are
 * reset, as when a laptop drops off the network; online again, it listens on the same port, so
 * the instance's saved account settings stay right. TLS passes through untouched: the instance
 * still checks the stack's pinned certificate.
 */
import { createConnection, createServer, type Server, type Socket } from 'node:net';

export interface TcpRelay {
  /** the port the instance connects to (the same online and offline) */
  readonly port: number;
  readonly online: boolean;
  /** stops listening and resets every open connection */
  goOffline(): Promise<void>;
  /** listens again on the same port */
  goOnline(): Promise<void>;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error): void => reject(new Error(`relay: cannot listen on ${HOST}:${port}: ${err.message}`));
    server.once('error', onError);
    server.listen(port, HOST, () => {
      server.off('error', onError);
      const address = server.address();
      if (address === null || typeof address === 'string') reject(new Error('relay: no port'));
      else resolve(address.port);
    });
  });
}

/** `online: false` reserves the port (listens once to learn it) and starts refusing. */
export async function startTcpRelay(target: { host: string; port: number }, options: { online?: boolean } = {}): Promise<TcpRelay> {
  const open = new Set<Socket>();
  let server: Server | undefined;

  const serve = (): Server =>
    createServer((client) => {
      const upstream = createConnection(target);
      open.add(client).add(upstream);
      const drop = (): void => {
        open.delete(client);
        open.delete(upstream);
        client.destroy();
        upstream.destroy();
      };
      client.on('error', drop).on('close', drop);
      upstream.on('error', drop).on('close', drop);
      client.pipe(upstream);
      upstream.pipe(client);
    });

  const first = serve();
  const port = await listen(first, 0);
  server = first;

  const stopListening = async (): Promise<void> => {
    const current = server;
    server = undefined;
    if (current === undefined) return;
    const closed = new Promise<void>((resolve) => current.close(() => resolve()));
    for (const socket of [...open]) socket.resetAndDestroy();
    open.clear();
    await closed;
  };

  if (options.online === false) await stopListening();

  return {
    port,
    get online() {
      return server !== undefined;
    },
    goOffline: stopListening,
    async goOnline() {
      if (server !== undefined) return;
      const next = serve();
      await listen(next, port);
      server = next;
    },
    close: stopListening,
  };
}
