/**
 * The stack's inbound MX (R3.4 end to end): what the drop box's own server does to every message
 * it receives. It verifies DKIM and SPF (and DMARC) with mailauth's `authenticate()` against the
 * test DNS, prepends a real Authentication-Results header under its own authserv-id (and its
 * Received line below it), then delivers into Dovecot over LMTP. It listens for SMTP like port
 * 25 (no AUTH: anybody may send, which is what lets a test forge), and the submission server
 * hands it the mail of local users, DKIM-signed for the stack's domain when a key is set.
 */
import type { Socket } from 'node:net';
import { authenticate } from 'mailauth';
import { SMTPServer } from 'smtp-server';
import { deliverLmtp } from './lmtp';
import { readAll, smtpError } from './smtpData';
import type { TestDns } from './testDns';

const MAX_MESSAGE_BYTES = 50 * 1024 * 1024;

export interface InboundEnvelope {
  /** MAIL FROM; '' for the null sender */
  from: string;
  to: readonly string[];
  /** the connecting client's IP, as SPF judges it */
  ip: string;
  /** its EHLO name */
  helo: string;
}

export interface InboundMxOptions {
  authservId: string;
  dns: TestDns;
  lmtpPort: number;
}

export class InboundMx {
  private server: SMTPServer | undefined;
  private readonly sockets = new Set<Socket>();
  private listeningPort = 0;
  private readonly options: InboundMxOptions;

  constructor(options: InboundMxOptions) {
    this.options = options;
  }

  get authservId(): string {
    return this.options.authservId;
  }

  get port(): number {
    return this.listeningPort;
  }

  /** The message as the MX passes it on: its verdicts and its trace on top. */
  async stamp(raw: Buffer, envelope: InboundEnvelope): Promise<Buffer> {
    const { authservId, dns } = this.options;
    const result = await authenticate(raw, {
      ip: envelope.ip,
      helo: envelope.helo,
      sender: envelope.from,
      mta: authservId,
      resolver: dns.resolve,
      // no ARC here, and BIMI would fetch logos over HTTPS
      disableArc: true,
      disableBimi: true,
    });
    const received = `Received: from ${envelope.helo} ([${envelope.ip}]) by ${authservId} with ESMTP; ${new Date().toUTCString()}\r\n`;
    // Its Received line on top and its verdicts right below it, directly above the sender's own
    // headers, as Postfix places headers its milters add (OpenDKIM's, mailauth's). RFC 8601 §5
    // asks an MTA to remove headers the sender wrote under its authserv-id; many do not, and
    // neither does this one: capture must cope with them (R3.4: only the topmost counts).
    return Buffer.concat([Buffer.from(received), Buffer.from(result.headers), raw]);
  }

  /** Authenticates and delivers one message to local mailboxes (one LMTP transaction each). */
  async receive(raw: Buffer, envelope: InboundEnvelope): Promise<void> {
    const stamped = await this.stamp(raw, envelope);
    for (const rcpt of envelope.to) await deliverLmtp(this.options.lmtpPort, { from: envelope.from, to: [rcpt] }, stamped);
  }

  async start(port: number): Promise<void> {
    if (this.server !== undefined) return;
    const server = new SMTPServer({
      name: this.options.authservId,
      size: MAX_MESSAGE_BYTES,
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      disableReverseLookup: true,
      logger: false,
      onData: (stream, session, callback) => {
        readAll(stream)
          .then(async (raw) => {
            if (stream.sizeExceeded) throw smtpError(552, '5.3.4 Message too big');
            const from = session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address;
            const ip = session.remoteAddress.replace(/^::ffff:/u, '');
            await this.receive(raw, { from, to: session.envelope.rcptTo.map((r) => r.address), ip, helo: session.hostNameAppearsAs || 'unknown' });
          })
          .then(
            () => callback(null, 'Delivered'),
            (err: unknown) => callback(err instanceof Error && 'responseCode' in err ? err : smtpError(451, '4.3.0 Delivery failed, try again later')),
          );
      },
    });
    server.on('error', () => {
      // handled: connection resets surface here; the client side sees them anyway
    });
    server.server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    this.listeningPort = port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (server === undefined) return;
    this.server = undefined;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    await closed;
  }
}
