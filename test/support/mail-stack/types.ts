import type { ImapFlowOptions } from 'imapflow';
import type { SMTPTransportOptions } from 'nodemailer/lib/smtp-transport';
import type { InboundEnvelope } from './inboundMx';
import type { ExternalMail } from './submissionServer';
import type { TestDns } from './testDns';
import type { StackUser } from './users';

export type { ExternalMail, InboundEnvelope, StackUser, TestDns };

/** The inbound MX's settings (R3.4 end to end); see MailStack.mx. */
export interface MxOptions {
  /** its authserv-id; default `mx.<domain>` */
  authservId?: string;
  /** DMARC record of the stack's domain, e.g. 'v=DMARC1; p=reject'; none when absent */
  dmarc?: string;
}

/**
 * The stack's inbound MX: every local delivery of the submission server goes through it, DKIM-
 * signed for the stack's domain (selector `dkim.selector`) and sent from `outboundIp`, which the
 * domain's SPF record permits. Its DNS is `dns`, which tests extend (other domains, keys).
 */
export interface MailStackMx {
  readonly authservId: string;
  readonly dns: TestDns;
  /** SMTP port without AUTH, like 25: mail from "the internet", forged or not */
  readonly port: number;
  /** the submission server's address as SPF sees it */
  readonly outboundIp: string;
  readonly dkim: { domain: string; selector: string; privateKeyPem: string };
  /** authenticate (as if from envelope.ip) and deliver, without SMTP */
  receive(raw: string | Buffer, envelope: InboundEnvelope): Promise<void>;
}

export interface MailStackOptions {
  /** Domain of the stack's users; mail to other domains lands in `externalMail`. */
  domain?: string;
  /**
   * Adds an IMAP listener without STARTTLS (for "server offers no TLS" tests). Dovecot can only
   * switch TLS off per local IP, so it listens on 127.0.0.2 (see `ports.imapPlain`).
   */
  plainImap?: boolean;
  /** Starts the inbound MX that authenticates mail (R3.4); off by default. */
  mx?: MxOptions;
}

/** 'none' needs `plainImap: true`; it connects to the listener that offers no STARTTLS. */
export type ImapTlsMode = 'starttls' | 'implicit' | 'none';

export interface MailStackPorts {
  /** IMAP with STARTTLS (like 143). */
  imap: number;
  /** IMAP over implicit TLS (like 993). */
  imaps: number;
  /** Plain IMAP on `plainImapHost`, no STARTTLS offered; only with `plainImap: true`. */
  imapPlain: number | undefined;
  lmtp: number;
  /** SMTP submission with STARTTLS + AUTH (like 587). */
  smtp: number;
}

export interface SmtpControls {
  readonly port: number;
  /** DATA commands answered with 250 since the stack started. */
  readonly acceptedCount: number;
  /** The next `count` DATA commands are answered with `code` (e.g. 451, 550), nothing delivered. */
  failNext(count: number, code: number, message?: string): void;
}

export interface MailStack {
  /** The temp dir holding config, certificate, passdb, maildirs and dovecot.log. */
  readonly dir: string;
  readonly domain: string;
  /** 127.0.0.1 for every service except the plain IMAP listener. */
  readonly host: string;
  readonly plainImapHost: string;
  readonly ports: MailStackPorts;
  /** PEM of the self-signed certificate (CN=localhost, SAN IP:127.0.0.1, DNS:localhost). */
  readonly caCert: string;
  /** SHA-256 fingerprint in Node's `AB:CD:...` form (as `getPeerCertificate().fingerprint256`). */
  readonly certFingerprint256: string;
  /** PEM of the certificate's private key, for test servers that stand in for the stack (silencingProxy.ts). */
  readonly keyPem: string;
  /** The inbound MX, when started with `mx`. */
  readonly mx: MailStackMx | undefined;
  /** Messages accepted by the submission server for recipients outside `domain`. */
  readonly externalMail: ExternalMail[];
  readonly smtp: SmtpControls;
  /** Pid of the Dovecot master while it runs. */
  readonly dovecotPid: number | undefined;
  /** The Dovecot master and all its service processes, for leak checks. */
  dovecotProcessIds(): number[];

  /** `createUser('alice')` → alice@<domain>; a random password when none is given. */
  createUser(nameOrAddress: string, password?: string): Promise<StackUser>;
  /** Changes the user's password on the server (the StackUser object follows); logged-in sessions stay. */
  setPassword(user: StackUser, password: string): Promise<void>;
  /** imapflow options with verification ON against `caCert`. Default tls: 'implicit'. */
  imapConfig(user: StackUser, options?: { tls?: ImapTlsMode }): ImapFlowOptions;
  /** nodemailer SMTP options: STARTTLS required, AUTH, verification ON against `caCert`. */
  smtpConfig(user: StackUser): SMTPTransportOptions;
  /** LMTP delivery straight into Dovecot; rejects if any recipient is refused. */
  deliver(recipient: string | readonly string[], raw: string | Buffer, options?: { from?: string }): Promise<void>;

  /** Writes messages straight into the user's INBOX Maildir (thousands in a second; see maildir.ts). */
  loadMaildir(user: StackUser, raws: ReadonlyArray<string | Buffer>): Promise<void>;

  /** Stops only this stack's Dovecot; ports refuse connections, mail is kept. */
  stopImap(): Promise<void>;
  /** Restarts Dovecot on the same ports with the same mail. */
  startImap(): Promise<void>;
  /** Pids of the `imap` processes behind logged-in connections (one per connection). */
  imapSessionIds(): number[];
  /** Kills the `imap` processes behind logged-in connections; returns how many. */
  killImapSessions(signal?: NodeJS.Signals): number;
  /** Closes the submission port and cuts open SMTP sessions. */
  stopSmtp(): Promise<void>;
  /** Listens again on the same submission port. */
  startSmtp(): Promise<void>;
  /** Stops everything this stack started and removes its temp dir. */
  stop(): Promise<void>;
  /** Last part of dovecot.log, for failure messages (holds no passwords or bodies). */
  dovecotLogTail(): string;
}
