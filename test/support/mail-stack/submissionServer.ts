import type { Socket } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { SMTPServerDataStream, SMTPServerSession } from 'smtp-server';
import { deliverLmtp } from './lmtp';
import { readAll, smtpError } from './smtpData';
import type { UserDirectory } from './users';

const MAX_MESSAGE_BYTES = 50 * 1024 * 1024;

/** A message for a recipient outside the stack's domain, kept instead of relayed. */
export interface ExternalMail {
  envelope: { from: string; to: string[] };
  raw: Buffer;
}

/**
 * Local mail through the stack's inbound MX instead of straight into LMTP: signed first (DKIM,
 * for senders of the stack's domain) as the sender's own server would, then authenticated by the
 * MX as if it came from `ip` (R3.4 end to end).
 */
export interface SubmissionRelay {
  sign(raw: Buffer, mailFrom: string): Promise<Buffer>;
  receive(raw: Buffer, envelope: { from: string; to: readonly string[] }): Promise<void>;
}

export interface SubmissionServerOptions {
  port: number;
  certPem: string;
  keyPem: string;
  users: UserDirectory;
  lmtpPort: number;
  externalMail: ExternalMail[];
  relay?: SubmissionRelay;
}

/**
 * SMTP submission (AUTH + STARTTLS, like port 587) that hands local mail to Dovecot over LMTP
 * and keeps external mail in memory. It can be told to fail and be stopped and started on the
 * same port, so outbox tests can simulate a sick or dead server.
 */
export class SubmissionServer {
  private server: SMTPServer | undefined;
  private readonly sockets = new Set<Socket>();
  private failures: { remaining: number; code: number; message: string } = { remaining: 0, code: 0, message: '' };
  private accepted = 0;
  private readonly options: SubmissionServerOptions;

  constructor(options: SubmissionServerOptions) {
    this.options = options;
  }

  get port(): number {
    return this.options.port;
  }

  /** DATA commands answered with 250 so far. */
  get acceptedCount(): number {
    return this.accepted;
  }

  get running(): boolean {
    return this.server !== undefined;
  }

  /** The next `count` DATA commands are answered with `code` (e.g. 451, 550) and not delivered. */
  failNext(count: number, code: number, message = 'Temporary failure injected by the test'): void {
    this.failures = { remaining: count, code, message };
  }

  async start(): Promise<void> {
    if (this.server !== undefined) return;
    const { users } = this.options;
    const server = new SMTPServer({
      name: 'mail-stack.localhost',
      key: this.options.keyPem,
      cert: this.options.certPem,
      size: MAX_MESSAGE_BYTES,
      authMethods: ['PLAIN', 'LOGIN'],
      // No DNS here; a reverse lookup of 127.0.0.1 could only add delay.
      disableReverseLookup: true,
      logger: false,
      onAuth: (auth, _session, callback) => {
        const user = users.verify(auth.username ?? '', auth.password ?? '');
        if (user === undefined) callback(smtpError(535, '5.7.8 Authentication credentials invalid'));
        else callback(null, { user: user.address });
      },
      onRcptTo: (address, _session, callback) => {
        const unknown = users.isLocal(address.address) && users.find(address.address) === undefined;
        callback(unknown ? smtpError(550, `5.1.1 <${address.address}>: no such user`) : null);
      },
      onData: (stream, session, callback) => {
        this.handleData(stream, session).then(
          (reply) => callback(null, reply),
          (err: unknown) => callback(err instanceof Error ? err : new Error(String(err))),
        );
      },
    });
    server.on('error', () => {
      // Connection resets (e.g. from stop()) surface here; the client side sees them anyway.
    });
    server.server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(this.options.port, '127.0.0.1', () => {
        server.server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
  }

  /** Stops listening and cuts every open session at once, like a server that died. */
  async stop(): Promise<void> {
    const server = this.server;
    if (server === undefined) return;
    this.server = undefined;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    await closed;
  }

  private async handleData(stream: SMTPServerDataStream, session: SMTPServerSession): Promise<string> {
    const raw = await readAll(stream);
    if (stream.sizeExceeded) throw smtpError(552, '5.3.4 Message too big');
    if (this.failures.remaining > 0) {
      this.failures.remaining -= 1;
      throw smtpError(this.failures.code, this.failures.message);
    }
    const { users, lmtpPort, externalMail, relay } = this.options;
    const from = session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address;
    const recipients = session.envelope.rcptTo.map((r) => r.address);
    const local = recipients.filter((r) => users.isLocal(r));
    const external = recipients.filter((r) => !users.isLocal(r));
    if (local.length > 0 && relay !== undefined) {
      try {
        await relay.receive(await relay.sign(raw, from), { from, to: local });
      } catch {
        // handled: answered as a temporary failure, as an MTA would; the client retries
        throw smtpError(451, '4.3.0 Local delivery failed, try again later');
      }
    } else if (local.length > 0) {
      try {
        // One recipient per LMTP transaction, as MTAs in front of Dovecot are told to do
        // (Postfix: *_destination_recipient_limit = 1): only then does Dovecot write the
        // Delivered-To header that carries an item address (R1.4).
        for (const rcpt of local) await deliverLmtp(lmtpPort, { from, to: [rcpt] }, raw);
      } catch {
        throw smtpError(451, '4.3.0 Local delivery failed, try again later');
      }
    }
    if (external.length > 0) externalMail.push({ envelope: { from, to: external }, raw });
    this.accepted += 1;
    return `Accepted (${recipients.length} recipient${recipients.length === 1 ? '' : 's'})`;
  }
}
