/**
 * A TLS proxy in front of the stack's IMAPS port that can make the server go silent at a chosen
 * command, as a server waiting on a lock does: once a client sends a command matching `silenceAt`
 * (e.g. SELECT), that connection passes nothing more either way, and stays open. Connections made
 * after `speak()` pass everything again. It ends TLS itself with the stack's own certificate and
 * key (so the client's pinned certificate still matches) to read the commands, and speaks TLS to
 * Dovecot behind it.
 *
 * Commands are matched per chunk the client sends, line by line: good for the short commands of
 * a session's setup (LOGIN, SELECT), which arrive whole.
 */
import { connect as tlsConnect, createServer, type TLSSocket } from 'node:tls';
import { listenOnFreePort } from './mail-stack/ports';

export interface SilencingProxy {
  readonly port: number;
  /** connections accepted so far */
  readonly connections: number;
  /** connections that went silent so far */
  readonly silenced: number;
  /** from now on, a connection goes silent at its first command matching `command` (e.g. /^\S+ (SELECT|EXAMINE) /i) */
  silenceAt(command: RegExp): void;
  /** connections opened from now on pass everything; those already silent stay silent */
  speak(): void;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';

export async function startSilencingProxy(target: { host: string; port: number; cert: string; key: string }): Promise<SilencingProxy> {
  /** every socket until its own 'close' event (when Node has released it) */
  const live = new Set<TLSSocket>();
  const track = (socket: TLSSocket): TLSSocket => {
    live.add(socket);
    socket.once('close', () => live.delete(socket));
    return socket;
  };
  let accepted = 0;
  let silenced = 0;
  let silenceAt: RegExp | undefined;

  const server = createServer({ cert: target.cert, key: target.key }, (client) => {
    accepted += 1;
    const pattern = silenceAt;
    let silent = false;
    track(client);
    const upstream = track(tlsConnect({ host: target.host, port: target.port, ca: [target.cert], servername: 'localhost' }));
    const drop = (): void => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.on('data', (chunk: Buffer) => {
      if (silent) return;
      if (pattern !== undefined && chunk.toString('latin1').split('\r\n').some((line) => pattern.test(line))) {
        silent = true;
        silenced += 1;
        return;
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (!silent) client.write(chunk);
    });
  });

  const port = await listenOnFreePort(server, HOST, 'silencing proxy');

  return {
    port,
    get connections() {
      return accepted;
    },
    get silenced() {
      return silenced;
    },
    silenceAt(command) {
      silenceAt = command;
    },
    speak() {
      silenceAt = undefined;
    },
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      const sockets = [...live];
      // released only at their 'close' events: the tests check that nothing is left open
      const released = sockets.map((socket) => new Promise<void>((resolve) => socket.once('close', () => resolve())));
      for (const socket of sockets) socket.destroy();
      await Promise.all([closed, ...released]);
    },
  };
}
