import { generateKeyPairSync } from 'node:crypto';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImapFlowOptions } from 'imapflow';
import type { SMTPTransportOptions } from 'nodemailer/lib/smtp-transport';
import { generateCertificate } from './cert';
import { PLAIN_IMAP_HOST, dovecotPaths, renderDictPassdbConfig, renderDovecotConfig } from './dovecotConfig';
import type { DovecotPorts } from './dovecotConfig';
import { DovecotProcess, DovecotStartError } from './dovecotProcess';
import { dkimSign } from 'mailauth';
import { InboundMx } from './inboundMx';
import { deliverLmtp } from './lmtp';
import { loadMaildir } from './maildir';
import { freePorts } from './ports';
import { SubmissionServer } from './submissionServer';
import type { ExternalMail } from './submissionServer';
import { gidOf, uidOf } from './systemIds';
import { TestDns } from './testDns';
import type { ImapTlsMode, MailStack, MailStackMx, MailStackOptions, MxOptions } from './types';
import { UserDirectory } from './users';
import type { StackUser } from './users';

export type * from './types';

const HOST = '127.0.0.1';
const PORT_ATTEMPTS = 3;
/** TEST-NET-1: where the stack's submission server "sends from", as the MX's SPF check sees it */
const OUTBOUND_IP = '192.0.2.25';

interface StartedMx {
  mx: MailStackMx;
  server: InboundMx;
  relay: { sign(raw: Buffer, mailFrom: string): Promise<Buffer>; receive(raw: Buffer, envelope: { from: string; to: readonly string[] }): Promise<void> };
}

/** The inbound MX with its DNS: SPF, a DKIM key and (if asked) DMARC for the stack's domain. */
async function startMx(domain: string, lmtpPort: number, options: MxOptions): Promise<StartedMx> {
  const authservId = options.authservId ?? `mx.${domain}`;
  const selector = 'stack';
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const dns = new TestDns()
    .txt(domain, `v=spf1 ip4:${OUTBOUND_IP} -all`)
    .txt(`${selector}._domainkey.${domain}`, `v=DKIM1; k=rsa; p=${publicKey.export({ type: 'spki', format: 'der' }).toString('base64')}`)
    .add(domain, 'A', OUTBOUND_IP);
  if (options.dmarc !== undefined) dns.txt(`_dmarc.${domain}`, options.dmarc);
  const server = new InboundMx({ authservId, dns, lmtpPort });
  const [port = 0] = await freePorts(1);
  await server.start(port);
  const helo = `mail.${domain}`;
  const relay: StartedMx['relay'] = {
    async sign(raw, mailFrom) {
      if (!mailFrom.toLowerCase().endsWith(`@${domain}`)) return raw;
      const signer = { signingDomain: domain, selector, privateKey: privateKeyPem };
      const { signatures } = await dkimSign(raw, { ...signer, signatureData: [signer] });
      return Buffer.concat([Buffer.from(signatures), raw]);
    },
    receive: (raw, envelope) => server.receive(raw, { ...envelope, ip: OUTBOUND_IP, helo }),
  };
  const mx: MailStackMx = {
    authservId,
    dns,
    port,
    outboundIp: OUTBOUND_IP,
    dkim: { domain, selector, privateKeyPem },
    receive: (raw, envelope) => server.receive(Buffer.from(raw), envelope),
  };
  return { mx, server, relay };
}

async function allocateDovecotPorts(plainImap: boolean): Promise<DovecotPorts> {
  const [imap = 0, imaps = 0, lmtp = 0] = await freePorts(3);
  // The plain listener is on another IP, so its port is probed there.
  const imapPlain = plainImap ? (await freePorts(1, PLAIN_IMAP_HOST))[0] : undefined;
  return imapPlain === undefined ? { imap, imaps, lmtp } : { imap, imaps, lmtp, imapPlain };
}

/**
 * Starts Dovecot (IMAP + LMTP) and an SMTP submission server on free loopback ports in a fresh
 * temp dir. Needs root: Dovecot drops to `nobody` for mail and must chroot its login processes.
 */
export async function startMailStack(options: MailStackOptions = {}): Promise<MailStack> {
  if (process.getuid?.() !== 0) throw new Error('mail-stack: Dovecot needs root to run its own instance');
  const domain = (options.domain ?? 'example.test').toLowerCase();
  const dir = await mkdtemp(join(tmpdir(), 'blindcopy-mail-'));
  // Mail processes run as nobody and imap-login as dovenull; both must traverse the dir.
  await chmod(dir, 0o755);
  const mailRoot = join(dir, 'mail');
  const passdbDir = join(dir, 'passdb');
  const paths = dovecotPaths(dir);

  const [cert] = await Promise.all([
    generateCertificate(dir),
    mkdir(mailRoot, { mode: 0o755 }).then(() => chown(mailRoot, uidOf('nobody'), gidOf('nogroup'))),
  ]);
  const keyPem = await readFile(cert.keyPath, 'utf8');
  const users = new UserDirectory(passdbDir, domain);
  await users.init(uidOf('dovecot'));
  await writeFile(paths.dictConf, renderDictPassdbConfig(passdbDir));

  let ports: DovecotPorts = await allocateDovecotPorts(options.plainImap === true);
  let dovecot: DovecotProcess | undefined;
  // Another process can grab a port between our probe and Dovecot's bind; pick new ones then.
  for (let attempt = 1; dovecot === undefined; attempt += 1) {
    await writeFile(paths.conf, renderDovecotConfig({
      dir, ports, passdbDir, mailRoot, certPath: cert.certPath, keyPath: cert.keyPath,
    }));
    const candidate = new DovecotProcess({
      confPath: paths.conf,
      logPath: paths.log,
      stateDir: paths.stateDir,
      listeners: [
        { host: HOST, port: ports.imap },
        { host: HOST, port: ports.imaps },
        { host: HOST, port: ports.lmtp },
        ...(ports.imapPlain === undefined ? [] : [{ host: PLAIN_IMAP_HOST, port: ports.imapPlain }]),
      ],
      greetingPort: ports.imap,
    });
    try {
      await candidate.start();
      dovecot = candidate;
    } catch (err) {
      if (!(err instanceof DovecotStartError && err.addressInUse && attempt < PORT_ATTEMPTS)) {
        await rm(dir, { recursive: true, force: true });
        throw err;
      }
      ports = await allocateDovecotPorts(options.plainImap === true);
    }
  }

  const externalMail: ExternalMail[] = [];
  const [smtpPort = 0] = await freePorts(1);
  let started: StartedMx | undefined;
  let smtp: SubmissionServer;
  try {
    started = options.mx === undefined ? undefined : await startMx(domain, ports.lmtp, options.mx);
    smtp = new SubmissionServer({
      port: smtpPort, certPem: cert.pem, keyPem, users, lmtpPort: ports.lmtp, externalMail,
      ...(started === undefined ? {} : { relay: started.relay }),
    });
    await smtp.start();
  } catch (err) {
    await started?.server.stop();
    await dovecot.stop();
    await rm(dir, { recursive: true, force: true });
    throw err;
  }

  const imapd = dovecot;
  const mxServer = started?.server;
  const dovecotPorts = ports;
  let stopped = false;

  const imapConfig = (user: StackUser, opts: { tls?: ImapTlsMode } = {}): ImapFlowOptions => {
    const auth = { user: user.user, pass: user.password };
    // imapflow logs through pino-like loggers by default; tests stay quiet and never log secrets.
    const base = { auth, logger: false as const, tls: { ca: [cert.pem] } };
    switch (opts.tls ?? 'implicit') {
      case 'implicit':
        return { ...base, host: HOST, port: dovecotPorts.imaps, secure: true };
      case 'starttls':
        return { ...base, host: HOST, port: dovecotPorts.imap, secure: false, doSTARTTLS: true };
      case 'none':
        if (dovecotPorts.imapPlain === undefined) throw new Error('mail-stack: start with { plainImap: true }');
        return { ...base, host: PLAIN_IMAP_HOST, port: dovecotPorts.imapPlain, secure: false, doSTARTTLS: false };
    }
  };

  const smtpConfig = (user: StackUser): SMTPTransportOptions => ({
    host: HOST,
    port: smtp.port,
    secure: false,
    requireTLS: true,
    auth: { user: user.user, pass: user.password },
    tls: { ca: [cert.pem] },
    logger: false,
  });

  return {
    dir,
    domain,
    host: HOST,
    plainImapHost: PLAIN_IMAP_HOST,
    ports: { ...dovecotPorts, imapPlain: dovecotPorts.imapPlain, smtp: smtp.port },
    caCert: cert.pem,
    certFingerprint256: cert.fingerprint256,
    keyPem,
    mx: started?.mx,
    externalMail,
    smtp: {
      get port() {
        return smtp.port;
      },
      get acceptedCount() {
        return smtp.acceptedCount;
      },
      failNext: (count, code, message) => smtp.failNext(count, code, message),
    },
    get dovecotPid() {
      return imapd.pid;
    },
    dovecotProcessIds: () => imapd.processIds(),
    createUser: (nameOrAddress, password) => users.create(nameOrAddress, password),
    setPassword: async (user, password) => {
      await users.setPassword(user.address, password);
      user.password = password;
    },
    imapConfig,
    smtpConfig,
    deliver: async (recipient, raw, opts = {}) => {
      const to = typeof recipient === 'string' ? [recipient] : [...recipient];
      await deliverLmtp(dovecotPorts.lmtp, { from: opts.from ?? 'sender@external.test', to }, raw);
    },
    loadMaildir: (user, raws) => loadMaildir(join(mailRoot, user.user), raws),
    stopImap: () => imapd.stop(),
    startImap: () => imapd.start(),
    imapSessionIds: () => imapd.imapSessionIds(),
    killImapSessions: (signal) => imapd.killImapSessions(signal),
    stopSmtp: () => smtp.stop(),
    startSmtp: () => smtp.start(),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await Promise.all([smtp.stop(), imapd.stop(), mxServer?.stop()]);
      await rm(dir, { recursive: true, force: true });
    },
    dovecotLogTail: () => imapd.logTail(),
  };
}
