import { execFile } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface StackCertificate {
  certPath: string;
  keyPath: string;
  /** PEM of the self-signed certificate; clients trust it as their only CA. */
  pem: string;
  /** SHA-256 fingerprint as Node's TLS socket reports it (`AB:CD:...`). */
  fingerprint256: string;
}

/**
 * A self-signed P-256 certificate for localhost / 127.0.0.1. EC key generation takes a few ms,
 * where RSA-2048 would add a noticeable share of the stack's startup time.
 */
export async function generateCertificate(dir: string): Promise<StackCertificate> {
  const certPath = join(dir, 'cert.pem');
  const keyPath = join(dir, 'key.pem');
  await run('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', keyPath, '-out', certPath, '-days', '7', '-subj', '/CN=localhost',
    '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost',
  ]);
  const pem = await readFile(certPath, 'utf8');
  return { certPath, keyPath, pem, fingerprint256: new X509Certificate(pem).fingerprint256 };
}
