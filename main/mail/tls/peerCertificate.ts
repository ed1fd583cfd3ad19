/**
 * Reads the certificate a server presents, without trusting it and without sending anything
 * but (for STARTTLS) the STARTTLS command: used to show the user what failed verification, so
 * they can decide to pin it.
 */
import { connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect, type TLSSocket } from 'node:tls';
import type { CertificateInfo } from '../../../shared/ipc/connection';
import type { TlsMode } from '../../../shared/settings/account';

export interface ProbeTarget {
  host: string;
  port: number;
  tls: TlsMode;
  /** the protocol spoken before STARTTLS */
  protocol: 'imap' | 'smtp';
}

export async function fetchPeerCertificate(target: ProbeTarget, timeoutMs = 5000): Promise<CertificateInfo | undefined> {
  let socket: Socket | undefined;
  let secure: TLSSocket | undefined;
  const timer = setTimeout(() => {
    socket?.destroy();
    secure?.destroy();
  }, timeoutMs);
  try {
    if (target.tls === 'implicit') {
      secure = await upgrade(undefined, target);
    } else {
      socket = await openPlain(target);
      await startTls(socket, target.protocol);
      secure = await upgrade(socket, target);
    }
    const cert = secure.getPeerCertificate(false);
    if (!cert || !cert.fingerprint256) return undefined;
    return {
      subject: dnText(cert.subject),
      issuer: dnText(cert.issuer),
      sha256: cert.fingerprint256,
      validFrom: cert.valid_from,
      validTo: cert.valid_to,
      pem: toPem(cert.raw),
    };
  } catch {
    // handled: no certificate could be read: the test result goes without one
    return undefined;
  } finally {
    clearTimeout(timer);
    secure?.destroy();
    socket?.destroy();
  }
}

function toPem(der: Buffer): string {
  const b64 = der.toString('base64').replace(/(.{64})/g, '$1\n').trimEnd();
  return `-----BEGIN CERTIFICATE-----\n${b64}\n-----END CERTIFICATE-----\n`;
}

function dnText(dn: Record<string, string | string[] | undefined> | undefined): string {
  if (!dn) return '';
  return Object.entries(dn)
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : (v ?? '')}`)
    .join(', ');
}

function openPlain(target: ProbeTarget): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = netConnect({ host: target.host, port: target.port });
    s.once('connect', () => resolve(s));
    s.once('error', reject);
  });
}

function upgrade(socket: Socket | undefined, target: ProbeTarget): Promise<TLSSocket> {
  return new Promise((resolve, reject) => {
    // Not trusting is the point here: this socket only reads the certificate, then closes.
    const s = tlsConnect({ socket, host: target.host, port: target.port, rejectUnauthorized: false });
    s.once('secureConnect', () => resolve(s));
    s.once('error', reject);
  });
}

/** Speaks just enough IMAP or SMTP to switch the connection to TLS. */
function startTls(socket: Socket, protocol: 'imap' | 'smtp'): Promise<void> {
  const script =
    protocol === 'imap'
      ? [{ expect: /^\* OK/m, send: 'bc1 STARTTLS\r\n' }, { expect: /^bc1 OK/m }]
      : [
          { expect: /^220 /m, send: 'EHLO blindcopy\r\n' },
          { expect: /^250 /m, send: 'STARTTLS\r\n' },
          { expect: /^220 /m },
        ];
  return new Promise((resolve, reject) => {
    let buffer = '';
    let step = 0;
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString('latin1');
      const current = script[step];
      if (!current || !current.expect.test(buffer)) return;
      buffer = '';
      if (current.send) socket.write(current.send);
      step += 1;
      if (step === script.length) {
        socket.off('data', onData);
        resolve();
      }
    };
    socket.on('data', onData);
    socket.once('error', reject);
    socket.once('close', () => reject(new Error('closed before STARTTLS')));
  });
}
