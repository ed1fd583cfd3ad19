/**
 * Ends an IMAP connection for good: best effort LOGOUT, then the socket closed whatever the server
 * does, and waited for until Node has released it. Whoever promises that stop() leaves nothing
 * running (the capture engine, the replication uploader) closes its clients this way.
 */
import { once } from 'node:events';
import { Duplex } from 'node:stream';
import type { ImapFlow } from 'imapflow';

/** The socket under a client: internal to imapflow, read only to wait for it to be released. */
function socketOf(client: ImapFlow): Duplex | undefined {
  const socket = (client as unknown as { socket?: unknown }).socket;
  return socket instanceof Duplex ? socket : undefined;
}

/**
 * Best effort LOGOUT (unless `logout: false`), then make sure the socket is gone whatever the server does, and wait until
 * Node has released it: stop() promises that nothing of the engine is left running.
 */
export async function closeImapClient(client: ImapFlow | undefined, options: { logout?: boolean } = {}): Promise<void> {
  if (client === undefined) return;
  const socket = socketOf(client);
  const released = socket === undefined ? Promise.resolve() : once(socket, 'close').then(() => undefined, () => undefined);
  // A socket that failed to connect (refused, login failed) reads `closed` before its 'close' event,
  // and Node releases the handle only at that event; if it was emitted already, this short wait is
  // all it costs.
  const deadlineMs = socket?.closed === true ? 100 : 1_000;
  let timer: NodeJS.Timeout | undefined;
  const deadline = (ms: number): Promise<void> => new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  // No LOGOUT to a server that stopped answering: it would only queue behind the command it ignores.
  if (client.usable && options.logout !== false) {
    // handled: a logout that fails on a dying connection: close() follows anyway
    await Promise.race([client.logout().catch(() => undefined), deadline(1_000)]);
    clearTimeout(timer);
  }
  client.close();
  await Promise.race([released, deadline(deadlineMs)]);
  clearTimeout(timer);
}
