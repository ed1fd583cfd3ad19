/**
 * Asks one guessed host whether an IMAP or SMTP server answers there: connect (TLS at once, or
 * plain for STARTTLS), read the greeting, and for STARTTLS check that it is offered (IMAP
 * CAPABILITY, SMTP EHLO). Then LOGOUT / QUIT. No LOGIN, no AUTH: no user name or password is
 * ever sent, so probing a host that turns out not to be the user's costs nothing. The certificate
 * is not judged here (the connection test does that, and offers to trust a self-signed one).
 */
import { connect as netConnect, isIP, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import type { ProbeOutcome } from '../../../shared/ipc/discovery';
import type { GuessCandidate } from './guessCandidates';
import { isTimeout, withTimeout } from './withTimeout';

/**
 * Where to connect for a host and port. The app connects to the name itself (the system
 * resolves it); tests map names of a test domain to the local mail stack's ports.
 */
export type ResolveHost = (host: string, port: number) => Promise<{ address: string; port: number }>;

export const resolveDirectly: ResolveHost = async (host, port) => ({ address: host, port });

const NO_HOST = new Set(['ENOTFOUND', 'EAI_NONAME', 'EAI_NODATA', 'ENODATA', 'EAI_AGAIN', 'EAI_FAIL']);
/** A greeting longer than this is not a mail server's. */
const MAX_BUFFER = 16 * 1024;

class NotMail extends Error {}
class NoStartTls extends Error {}
class TlsError extends Error {}

export async function probeServer(candidate: GuessCandidate, resolveHost: ResolveHost, timeoutMs: number): Promise<ProbeOutcome> {
  // every socket opened, so that a probe ended by its timer leaves none connecting or open
  const sockets: Socket[] = [];
  let finished = false;
  try {
    return await withTimeout(
      (async () => {
        const endpoint = await resolveHost(candidate.host, candidate.port);
        if (finished) throw new NotMail('too late');
        const socket = await open(candidate, endpoint, sockets);
        const talk = conversation(socket);
        if (candidate.protocol === 'imap') await speakImap(talk, candidate);
        else await speakSmtp(talk, candidate);
        return 'answered' as const;
      })(),
      timeoutMs,
    );
  } catch (err) {
    // handled: every failure is one of the outcomes the first run shows
    return outcomeOf(err);
  } finally {
    finished = true;
    for (const s of sockets) s.destroy();
  }
}

function outcomeOf(err: unknown): ProbeOutcome {
  if (err instanceof NotMail) return 'not-mail';
  if (err instanceof NoStartTls) return 'no-starttls';
  if (isTimeout(err)) return 'timeout';
  const code = typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : '';
  if (NO_HOST.has(code)) return 'no-host';
  if (err instanceof TlsError || code.startsWith('ERR_SSL') || code.startsWith('ERR_TLS')) return 'tls-failed';
  return 'refused';
}

function open(candidate: GuessCandidate, endpoint: { address: string; port: number }, sockets: Socket[]): Promise<Socket> {
  return new Promise((resolve, reject) => {
    if (candidate.tls === 'starttls') {
      const s = netConnect({ host: endpoint.address, port: endpoint.port });
      sockets.push(s);
      s.once('connect', () => resolve(s));
      // `on`, not `once`: a second 'error' without a listener would throw in main
      s.on('error', reject);
      return;
    }
    const plain = netConnect({ host: endpoint.address, port: endpoint.port });
    sockets.push(plain);
    plain.on('error', reject);
    plain.once('connect', () => {
      // Not trusting is fine here: nothing secret is sent on this socket, it only says who answers.
      const s = tlsConnect({ socket: plain, servername: isIP(candidate.host) ? undefined : candidate.host, rejectUnauthorized: false });
      sockets.push(s);
      s.once('secureConnect', () => resolve(s));
      // connected, so whatever fails now is the TLS handshake
      s.on('error', (err) => reject(new TlsError(err.message)));
    });
  });
}

interface Conversation {
  /** resolves with what arrived up to and including the first match of `pattern` */
  until(pattern: RegExp): Promise<string>;
  send(line: string): void;
}

function conversation(socket: Socket): Conversation {
  let buffer = '';
  let waiting: { pattern: RegExp; resolve(text: string): void; reject(err: Error): void } | undefined;
  const check = () => {
    if (!waiting) return;
    const match = waiting.pattern.exec(buffer);
    if (match) {
      const end = match.index + match[0].length;
      const text = buffer.slice(0, end);
      buffer = buffer.slice(end);
      const { resolve } = waiting;
      waiting = undefined;
      resolve(text);
    } else if (buffer.length > MAX_BUFFER) waiting.reject(new NotMail('too much without the expected answer'));
  };
  const fail = (err: Error) => {
    const pending = waiting;
    waiting = undefined;
    pending?.reject(err);
  };
  socket.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('latin1');
    check();
  });
  socket.on('error', fail);
  // a server that closes before answering as expected is not the mail server we look for
  socket.on('close', () => fail(new NotMail('closed')));
  return {
    until(pattern) {
      return new Promise((resolve, reject) => {
        waiting = { pattern, resolve, reject };
        check();
      });
    },
    send(line) {
      socket.write(`${line}\r\n`);
    },
  };
}

/** The first full line; then `* OK` / `* PREAUTH` or not IMAP. */
async function speakImap(talk: Conversation, candidate: GuessCandidate): Promise<void> {
  const greeting = await talk.until(/\r?\n/);
  if (!/^\* (OK|PREAUTH)\b/i.test(greeting)) throw new NotMail('no IMAP greeting');
  if (candidate.tls === 'starttls') {
    let capabilities = greeting;
    if (!/\[CAPABILITY [^\]]*\]/i.test(greeting)) {
      talk.send('bc1 CAPABILITY');
      capabilities = await talk.until(/^bc1 [^\r\n]*\r?\n/m);
    }
    if (!/\bSTARTTLS\b/i.test(capabilities)) throw new NoStartTls('STARTTLS not offered');
  }
  talk.send('bc2 LOGOUT');
}

/** A 220 greeting (maybe several lines), EHLO answered with 250; STARTTLS among its lines when that is the mode. */
async function speakSmtp(talk: Conversation, candidate: GuessCandidate): Promise<void> {
  const first = await talk.until(/\r?\n/);
  if (!/^220[ -]/.test(first)) throw new NotMail('no SMTP greeting');
  // a greeting of several lines (220-…) ends with its "220 " line
  if (first.startsWith('220-')) await talk.until(/^220 [^\r\n]*\r?\n/m);
  talk.send('EHLO blindcopy');
  const ehlo = await talk.until(/^\d{3} [^\r\n]*\r?\n/m);
  if (!/^250[ -]/m.test(ehlo)) throw new NotMail('EHLO refused');
  if (candidate.tls === 'starttls' && !/^250[ -]STARTTLS\b/im.test(ehlo)) throw new NoStartTls('STARTTLS not offered');
  talk.send('QUIT');
}
