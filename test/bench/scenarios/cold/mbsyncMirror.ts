/**
 * The reference: Debian's mbsync (isync 1.4.4) copying the same drop box into a fresh Maildir
 * with a config written for this run — `Sync Pull`, `Create Near`, a MaildirStore, otherwise
 * its defaults. Variants:
 *  - 'tls' (the reference): logs in like the app does, implicit TLS with the same certificate,
 *    through the same byte-counting proxy; mbsync's default `FSync yes`.
 *  - 'plain': the design note's loopback setup (`SSLType None`, `AuthMechs LOGIN`; Dovecot
 *    allows plaintext logins on 127.0.0.1).
 *  - 'tls-nofsync': the reference with `FSync no`, i.e. without waiting for the disk once per
 *    message: how much of mbsync's time is the disk's (large on a busy machine).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchStack } from '../../support/benchStack';
import { type ByteCountingProxy, bytesBetween } from '../../support/byteCountingProxy';
import { type CpuSplit, startCpuAccount } from '../../support/cpuAccount';

export type MbsyncVariant = 'tls' | 'plain' | 'tls-nofsync';

export interface MbsyncRun {
  variant: MbsyncVariant;
  seconds: number;
  messagesPerSecond: number;
  proxyBytes: number;
  /** bytes of the message files mbsync wrote */
  maildirBytes: number;
  messages: number;
  /** CPU time of each process group while mbsync ran */
  cpu: CpuSplit;
}

function config(env: BenchStack, variant: MbsyncVariant, port: number, maildir: string): string {
  // The certificate names localhost (and IP 127.0.0.1, which mbsync does not match against).
  const server = variant === 'plain' ? ['Host 127.0.0.1', 'SSLType None'] : ['Host localhost', 'SSLType IMAPS', `CertificateFile ${env.caFile}`];
  return [
    ...(variant === 'tls-nofsync' ? ['FSync no', ''] : []),
    'IMAPAccount dropbox',
    ...server,
    `Port ${port}`,
    `User ${env.dropbox.user}`,
    `Pass ${env.dropbox.password}`,
    'AuthMechs LOGIN',
    '',
    'IMAPStore far',
    'Account dropbox',
    '',
    'MaildirStore near',
    `Path ${maildir}/`,
    `Inbox ${maildir}/INBOX`,
    '',
    'Channel bench',
    'Far :far:',
    'Near :near:',
    'Patterns INBOX',
    'Sync Pull',
    'Create Near',
    'SyncState *',
    '',
  ].join('\n');
}

async function maildirFiles(dir: string): Promise<{ count: number; bytes: number }> {
  let count = 0;
  let bytes = 0;
  for (const sub of ['cur', 'new']) {
    const names = await readdir(join(dir, sub)).catch(() => [] as string[]);
    for (const name of names) {
      count += 1;
      bytes += (await stat(join(dir, sub, name))).size;
    }
  }
  return { count, bytes };
}

export async function runMbsync(env: BenchStack, variant: MbsyncVariant, proxy: ByteCountingProxy, timeoutMs: number): Promise<MbsyncRun> {
  const dir = await mkdtemp(join(tmpdir(), 'blindcopy-bench-mbsync-'));
  try {
    const maildir = join(dir, 'Maildir');
    await mkdir(maildir);
    const configFile = join(dir, 'mbsyncrc');
    await writeFile(configFile, config(env, variant, proxy.port, maildir), { mode: 0o600 });
    const before = proxy.count();
    const cpuAccount = startCpuAccount();
    const started = performance.now();
    const child = spawn('mbsync', ['-c', configFile, 'bench'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    const [code] = (await once(child, 'exit')) as [number | null];
    clearTimeout(timer);
    const seconds = (performance.now() - started) / 1000;
    const cpu = await cpuAccount.stop();
    if (code !== 0) throw new Error(`mbsync (${variant}) exited with ${code}: ${stderr.trim().slice(0, 500)}`);
    const files = await maildirFiles(join(maildir, 'INBOX'));
    return {
      variant,
      seconds,
      messagesPerSecond: files.count / seconds,
      proxyBytes: bytesBetween(before, proxy.count()).fromServer,
      maildirBytes: files.bytes,
      messages: files.count,
      cpu,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
