/**
 * A TCP proxy in front of one port of the mail stack that cuts every open connection at chosen
 * points, as a flaky network or a server that drops its clients would: at a moment the test
 * picks (`cutNow`), or once a chosen number of bytes more has passed (`cutAfter`, counted over
 * every connection, both ways). A cut forwards the bytes up to the cut point, then resets both
 * sides, so it lands inside a TLS record, a response, a literal. TLS passes through untouched:
 * the client still checks the stack's pinned certificate.
 *
 * The proxy draws nothing at random: a test picks its points from a seed (`seededRandom`), so a
 * failing run can be replayed. What the bytes are at a given count depends on the client's
 * requests, which no schedule fixes.
 */
import { createConnection, createServer, type Socket } from 'node:net';
import { listenOnFreePort } from './mail-stack/ports';

export interface CutRecord {
  /** bytes relayed since the proxy started, at the cut */
  atByte: number;
  /** connections open at the cut (all of them were cut) */
  connections: number;
}

export interface CuttingProxy {
  readonly port: number;
  /** bytes relayed so far (both ways, every connection) */
  readonly bytes: number;
  /** connections accepted so far */
  readonly connections: number;
  /** the cuts made so far */
  readonly cuts: readonly CutRecord[];
  /** a cut is armed by `cutAfter` and has not landed yet */
  readonly armed: boolean;
  /** cuts every open connection once `bytes` more bytes have been relayed (0: at the next byte); replaces an armed cut */
  cutAfter(bytes: number): void;
  /** calls `listener` after every cut */
  onCut(listener: (cut: CutRecord, index: number) => void): void;
  /** cuts every open connection now; answers how many were open */
  cutNow(): number;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';

interface Pair {
  client: Socket;
  upstream: Socket;
}

export async function startCuttingProxy(target: { host: string; port: number }): Promise<CuttingProxy> {
  const pairs = new Set<Pair>();
  const cuts: CutRecord[] = [];
  const listeners: Array<(cut: CutRecord, index: number) => void> = [];
  let relayed = 0;
  let accepted = 0;
  /** bytes still to relay before the armed cut */
  let untilCut = Infinity;

  const cutAll = (): number => {
    const open = [...pairs];
    pairs.clear();
    for (const { client, upstream } of open) {
      upstream.destroy();
      client.resetAndDestroy();
    }
    const cut = { atByte: relayed, connections: open.length };
    cuts.push(cut);
    for (const listener of listeners) listener(cut, cuts.length - 1);
    return open.length;
  };

  /** relays `chunk` to `to`, cutting everything where the armed cut says */
  const relay = (pair: Pair, to: Socket, chunk: Buffer): void => {
    if (!pairs.has(pair)) return;
    if (chunk.length < untilCut) {
      untilCut -= chunk.length;
      relayed += chunk.length;
      to.write(chunk);
      return;
    }
    const head = chunk.subarray(0, untilCut);
    relayed += head.length;
    untilCut = Infinity;
    // The bytes before the cut point go out first; then the connection is reset under them.
    if (head.length > 0) to.write(head);
    cutAll();
  };

  const server = createServer((client) => {
    accepted += 1;
    const upstream = createConnection(target);
    const pair: Pair = { client, upstream };
    pairs.add(pair);
    const drop = (): void => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.on('data', (chunk: Buffer) => relay(pair, upstream, chunk));
    upstream.on('data', (chunk: Buffer) => relay(pair, client, chunk));
  });

  const port = await listenOnFreePort(server, HOST, 'cutting proxy');

  return {
    port,
    get bytes() {
      return relayed;
    },
    get connections() {
      return accepted;
    },
    cuts,
    get armed() {
      return untilCut !== Infinity;
    },
    cutAfter(bytes) {
      untilCut = Math.max(0, Math.floor(bytes));
    },
    onCut(listener) {
      listeners.push(listener);
    },
    cutNow: cutAll,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const { client, upstream } of [...pairs]) {
        upstream.destroy();
        client.destroy();
      }
      pairs.clear();
      await closed;
    },
  };
}
