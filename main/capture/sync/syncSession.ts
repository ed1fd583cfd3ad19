/**
 * One connected period of a source: the fetch connection selects the mailbox and catches up;
 * the IDLE connection waits for new mail and wakes it. It ends by close() (stop) or by throwing
 * when a connection fails; the runner then decides when to start the next one.
 *
 * Expunges (DESIGN: QRESYNC where offered, else UID lists): with QRESYNC the SELECT names the
 * last committed UIDVALIDITY and HIGHESTMODSEQ, and the server answers with VANISHED (EARLIER)
 * for what went while we were away; later expunges come as VANISHED on either connection. The
 * checkpoint's HIGHESTMODSEQ is the one read at this SELECT and does not move during the
 * session, so it can never pass an expunge we have not committed yet (Mailspring lost messages
 * that way); the next SELECT may report some expunges twice, which the store takes calmly.
 * Without QRESYNC the UIDs up to the checkpoint are compared with the server's list instead.
 */
import type { ExpungeEvent, ImapFlow } from 'imapflow';
import { ensureSyncFolder } from '../../replication/syncFolder';
import { catchUp, type MailboxState } from './catchUp';
import { clientOptions, closeClient, createClient } from './imapClients';
import { Wakeup } from './signals';
import { withinDeadline } from './stepDeadline';
import type { SourceContext } from './sourceContext';

/** The session was closed on purpose; the runner checks its own state rather than this error. Internal control flow (never leaves this file's session). */
class SessionClosedError extends Error {
  constructor() {
    super('session closed');
    this.name = 'SessionClosedError';
  }
}

/** Shaped like imapflow's own errors, so the failure is classified as the lost connection it is. */
function connectionLost(): Error {
  return Object.assign(new Error('IMAP connection lost'), { code: 'EConnectionClosed' });
}

function readBytes(client: ImapFlow | undefined): number {
  try {
    return client?.stats().received ?? 0;
  } catch {
    // handled: a closed client has no stats: it counts as nothing read
    return 0;
  }
}

export class SyncSession {
  private readonly wake = new Wakeup();
  private readonly pendingExpunged = new Set<number>();
  /** connections whose server stopped answering during a step: closed without LOGOUT */
  private readonly silent = new Set<ImapFlow>();
  private fetchClient: ImapFlow | undefined;
  private idleClient: ImapFlow | undefined;
  private closed = false;
  private lost = false;
  private mailboxState: MailboxState | undefined;
  private readonly ctx: SourceContext;

  constructor(ctx: SourceContext) {
    this.ctx = ctx;
  }

  /** The fetch connection and its mailbox, while the session is up (for downloadAttachment). */
  get fetch(): { client: ImapFlow; uidValidity: number } | undefined {
    const client = this.fetchClient;
    const mailbox = this.mailboxState;
    return client !== undefined && mailbox !== undefined && client.usable && !this.closed && !this.lost ? { client, uidValidity: mailbox.uidValidity } : undefined;
  }

  /** syncNow(): look again as soon as the current catch-up is done. */
  wakeUp(): void {
    this.wake.notify();
  }

  /** Bytes received so far on the connections still open. */
  liveBytes(): number {
    return this.closed ? 0 : readBytes(this.fetchClient) + readBytes(this.idleClient);
  }

  async run(): Promise<void> {
    const { source, deps } = this.ctx;
    const tuning = { qresync: deps.qresync, pollIntervalMs: deps.pollIntervalMs };
    this.ctx.progress({ state: 'connecting', done: 0, total: 0 });

    const fetch = this.watch(createClient(clientOptions(source.server, 'fetch', tuning), () => this.gone()));
    this.fetchClient = fetch;
    this.ctx.stats.connectAttempts += 1;
    await this.step(fetch, 'connect', fetch.connect());
    this.check();

    // R8.3: the sync folder may not exist yet (no device has written to it): made empty, not an error.
    if (source.kind === 'replica') {
      await this.step(fetch, 'sync folder check', ensureSyncFolder(fetch, source.mailbox));
      this.check();
    }

    const committed = this.ctx.committed;
    const qresync = fetch.enabled.has('QRESYNC') && committed?.highestModseq !== undefined;
    const selected = await this.step(
      fetch,
      'SELECT',
      fetch.mailboxOpen(source.mailbox, {
        readOnly: true,
        ...(qresync ? { uidValidity: committed.uidValidity, changedSince: committed.highestModseq } : {}),
      }),
    );
    this.check();
    const uidValidity = Number(selected.uidValidity);
    const sameMailbox = committed?.uidValidity === uidValidity;
    // VANISHED (EARLIER) of another UIDVALIDITY would name UIDs of a mailbox that is gone.
    if (!sameMailbox) this.pendingExpunged.clear();
    this.mailboxState = {
      uidValidity,
      highestModseq: selected.noModseq === true || selected.highestModseq === undefined ? undefined : selected.highestModseq.toString(),
      pendingExpunged: this.pendingExpunged,
      needUidCompare: sameMailbox && !qresync,
      gmail: fetch.capabilities.has('X-GM-EXT-1') && !fetch.capabilities.has('OBJECTID'),
    };

    const idle = this.watch(createClient(clientOptions(source.server, 'idle', tuning), () => this.gone()));
    this.idleClient = idle;
    this.ctx.stats.connectAttempts += 1;
    await this.step(idle, 'connect', idle.connect());
    this.check();
    const watched = await this.step(idle, 'SELECT', idle.mailboxOpen(source.mailbox, { readOnly: true }));
    this.check();
    // Recreated between the two SELECTs: start over rather than mix two mailboxes.
    if (Number(watched.uidValidity) !== uidValidity) throw connectionLost();

    for (;;) {
      await catchUp(this.ctx, fetch, this.mailboxState);
      this.check();
      this.ctx.healthy();
      this.ctx.progress({ state: 'idle', done: 0, total: 0 });
      // imapflow starts IDLE on its own after autoIdleDelay; an `exists` wakes us. Every poll
      // interval without one, the mailbox is checked anyway (see lookAgain).
      while (!(await this.wake.wait(deps.pollIntervalMs))) {
        this.check();
        if (await this.lookAgain(fetch, this.mailboxState)) break;
      }
      this.check();
    }
  }

  /**
   * The safety net between notifications: a lost `exists` would leave mail waiting until the
   * next one, and a folder deleted and recreated under a selected session gets a new UIDVALIDITY
   * that nothing announces. So STATUS every poll interval: unseen UIDs call for a catch-up, a
   * changed UIDVALIDITY ends the session so the next SELECT starts clean. (Dovecot on Maildir
   * answers STATUS for the selected folder from the session's old view, so there the change
   * shows at the next SELECT, after any reconnect. STATUS on the selected mailbox is discouraged
   * by RFC 3501 but answered by the servers we know; it is one short command per interval.)
   */
  private async lookAgain(client: ImapFlow, mailbox: MailboxState): Promise<boolean> {
    // handled: a STATUS that fails is treated as a replaced mailbox: the session restarts and reads it again
    const status = await client.status(this.ctx.source.mailbox, { uidValidity: true, uidNext: true }).catch(() => false as const);
    this.check();
    if (status === false || status.uidValidity === undefined || Number(status.uidValidity) !== mailbox.uidValidity) {
      throw Object.assign(new Error('the mailbox was replaced (UIDVALIDITY changed)'), { code: 'MailboxReplaced' });
    }
    const committed = this.ctx.committed;
    return status.uidNext !== undefined && committed !== undefined && status.uidNext - 1 > committed.lastUid;
  }

  /** Ends the session: logs out where possible and closes both sockets. Safe to call twice. */
  async close(): Promise<void> {
    if (!this.closed) this.ctx.stats.bytesReceived += readBytes(this.fetchClient) + readBytes(this.idleClient);
    this.closed = true;
    this.wake.notify();
    await Promise.all([this.fetchClient, this.idleClient].map((client) => closeClient(client, { logout: client === undefined || !this.silent.has(client) })));
  }

  /**
   * One step of the setup, within the engine's step deadline (stepDeadline.ts): a server that
   * stops answering costs seconds, then the session ends (close() drops the connection) and the
   * runner reconnects.
   */
  private step<T>(client: ImapFlow, step: string, work: Promise<T>): Promise<T> {
    return withinDeadline(work, this.ctx.deps.stepTimeoutMs, step, () => this.silent.add(client));
  }

  private watch(client: ImapFlow): ImapFlow {
    client.on('exists', () => this.wake.notify());
    client.on('expunge', (event: ExpungeEvent) => this.onExpunge(event));
    // Closed under us (deleted, or re-selected with a new UIDVALIDITY): reconnect and start clean.
    client.on('mailboxClose', () => this.gone());
    return client;
  }

  private onExpunge(event: ExpungeEvent): void {
    if (this.closed) return;
    if (event.uid !== undefined) this.pendingExpunged.add(event.uid);
    else if (this.mailboxState !== undefined) this.mailboxState.needUidCompare = true;
    this.wake.notify();
  }

  private gone(): void {
    if (this.closed) return;
    this.lost = true;
    this.wake.notify();
  }

  private check(): void {
    if (this.closed) throw new SessionClosedError();
    if (this.lost) throw connectionLost();
  }
}
