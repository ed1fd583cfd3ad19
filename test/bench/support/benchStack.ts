/**
 * The mail side of a benchmark run: the test mail stack (real Dovecot + SMTP on loopback), the
 * salesperson who owns the mail and the drop box it is BCC'd to, and the stack's certificate
 * as a file (mbsync takes a CertificateFile, the app pins the same certificate).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ServerLogin } from '../../../shared/settings/account';
import { type MailStack, type StackUser, startMailStack } from '../../support/mail-stack';

export const OWNER_NAME = 'Sam Seller';

export interface BenchStack {
  stack: MailStack;
  owner: StackUser;
  dropbox: StackUser;
  /** PEM file of the stack's self-signed certificate */
  caFile: string;
  stop(): Promise<void>;
}

export async function startBenchStack(): Promise<BenchStack> {
  const stack = await startMailStack();
  try {
    const owner = await stack.createUser('sam');
    const dropbox = await stack.createUser('crm');
    const caFile = join(stack.dir, 'bench-ca.pem');
    await writeFile(caFile, stack.caCert);
    return { stack, owner, dropbox, caFile, stop: () => stack.stop() };
  } catch (err) {
    await stack.stop();
    throw err;
  }
}

/** How the app logs in to a mailbox of the stack: implicit TLS, certificate pinned; `port` may be a proxy's. */
export function imapLogin(stack: MailStack, user: StackUser, port = stack.ports.imaps): ServerLogin {
  return {
    host: stack.host,
    port,
    tls: 'implicit',
    user: user.user,
    password: user.password,
    pinnedCertificate: { pem: stack.caCert, sha256: stack.certFingerprint256 },
  };
}
