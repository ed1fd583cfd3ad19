import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { canConnect } from './ports';
import { childProcesses, processRef, signalProcess, waitForExit } from './proc';
import type { ProcessRef } from './proc';

const DOVECOT_BIN = existsSync('/usr/sbin/dovecot') ? '/usr/sbin/dovecot' : 'dovecot';
const START_TIMEOUT_MS = 10_000;
/** How long services get to quit on SIGTERM before they are killed. */
const GRACE_MS = 500;

// A crashed test file must not leave Dovecot masters behind; SIGTERM makes the master take its
// services down even after we are gone.
const running = new Set<DovecotProcess>();
process.once('exit', () => {
  for (const dovecot of running) dovecot.killNow();
});

/** Node reaps its children itself, so until 'exit' the master's pid cannot be reused. */
function isMasterRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

export interface DovecotProcessOptions {
  confPath: string;
  logPath: string;
  stateDir: string;
  /** Listeners that must accept connections before start() resolves. */
  listeners: ReadonlyArray<{ host: string; port: number }>;
  /** An IMAP port whose greeting proves the auth process is up. */
  greetingPort: number;
}

export class DovecotStartError extends Error {
  readonly addressInUse: boolean;
  constructor(message: string, logTail: string) {
    super(`${message}\n--- dovecot log tail ---\n${logTail}`);
    this.addressInUse = /Address already in use/i.test(logTail);
  }
}

/** One `dovecot -F` master that this stack started, and only that one. */
export class DovecotProcess {
  private child: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();
  private stderrTail = '';
  private readonly options: DovecotProcessOptions;

  constructor(options: DovecotProcessOptions) {
    this.options = options;
  }

  get pid(): number | undefined {
    return this.child !== undefined && isMasterRunning(this.child) ? this.child.pid : undefined;
  }

  /** The master and its service processes (imap, imap-login, lmtp, auth, log, ...). */
  processIds(): number[] {
    const pid = this.pid;
    return pid === undefined ? [] : [pid, ...childProcesses(pid).map((ref) => ref.pid)];
  }

  async start(): Promise<void> {
    if (this.pid !== undefined) return;
    // At startup the master rewrites state_dir/instances under a dotlock, instances.lock. A
    // master SIGKILLed by stop() at that moment leaves the lock behind, and the next master
    // then waits for it to go stale (longer than our start timeout) before opening any port.
    // No process of this stack runs now, so the lock is stale by construction.
    rmSync(join(this.options.stateDir, 'instances.lock'), { force: true });
    const child = spawn(DOVECOT_BIN, ['-F', '-c', this.options.confPath], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    this.child = child;
    this.stderrTail = '';
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      this.stderrTail = (this.stderrTail + chunk).slice(-4000);
    });
    let exitedEarly = false;
    this.exited = new Promise((resolve) => {
      const done = (): void => {
        exitedEarly = true;
        running.delete(this);
        resolve();
      };
      child.once('exit', done);
      child.once('error', done);
    });
    running.add(this);

    const deadline = Date.now() + START_TIMEOUT_MS;
    for (;;) {
      if (exitedEarly) throw new DovecotStartError('dovecot exited during startup', this.logTail());
      const ready = await Promise.all(this.options.listeners.map((l) => canConnect(l.host, l.port)));
      if (ready.every(Boolean) && (await this.greeted())) return;
      if (Date.now() > deadline) {
        await this.stop();
        throw new DovecotStartError('dovecot did not open its ports in time', this.logTail());
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /**
   * Until the auth process is up, imap-login first sends `* OK Waiting for authentication
   * process to respond..`, which a client would take for the greeting. Wait for the real one.
   */
  private greeted(): Promise<boolean> {
    return new Promise((resolve) => {
      const socket = connect({ host: '127.0.0.1', port: this.options.greetingPort });
      let buffer = '';
      const finish = (ok: boolean): void => {
        socket.destroy();
        resolve(ok);
      };
      socket.setTimeout(2000, () => finish(false));
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => {
        buffer += chunk;
        if (buffer.includes('* OK [CAPABILITY')) finish(true);
      });
      socket.once('error', () => finish(false));
      socket.once('close', () => finish(false));
    });
  }

  /**
   * SIGTERM to the master and every service at once, then SIGKILL to what is left once the
   * services that quit on their own are gone (at most GRACE_MS). Left alone, the master waits
   * ~1 s for its `log` process, which only quits after the master, and an `lmtp` process that
   * just served a session sometimes ignores SIGTERM until the master SIGKILLs it 5 s later.
   * Mail is safe either way: LMTP answers 250 only after the message file is complete, and
   * Dovecot's index files are crash-safe.
   */
  async stop(): Promise<void> {
    const child = this.child;
    const pid = this.pid;
    const master = pid === undefined ? undefined : processRef(pid);
    if (child === undefined || master === undefined) return;
    const services = childProcesses(master.pid);
    child.kill('SIGTERM');
    for (const service of services) signalProcess(service, 'SIGTERM');
    const quitsOnItsOwn = (ref: ProcessRef): boolean => ref.comm !== 'log';
    await waitForExit(services.filter(quitsOnItsOwn), GRACE_MS);
    // Services the master spawned after our first look are its children too.
    const late = isMasterRunning(child) ? childProcesses(master.pid) : [];
    const everything = [...services, ...late];
    if (isMasterRunning(child)) child.kill('SIGKILL');
    for (const ref of everything) signalProcess(ref, 'SIGKILL');
    await this.exited;
    const left = await waitForExit(everything, 2000);
    running.delete(this);
    if (left.length > 0) {
      throw new Error(`mail-stack: dovecot services survived SIGKILL: ${left.map((r) => r.pid).join(', ')}`);
    }
  }

  /** Synchronous last resort for process exit. */
  killNow(): void {
    if (this.child !== undefined && isMasterRunning(this.child)) this.child.kill('SIGTERM');
  }

  /** The post-login `imap` processes: one per logged-in IMAP connection. */
  imapSessionIds(): number[] {
    const pid = this.pid;
    return pid === undefined ? [] : childProcesses(pid, 'imap').map((ref) => ref.pid);
  }

  /** Kills the post-login `imap` processes, which drops every logged-in IMAP connection. */
  killImapSessions(sig: NodeJS.Signals = 'SIGKILL'): number {
    const pid = this.pid;
    if (pid === undefined) return 0;
    const sessions = childProcesses(pid, 'imap');
    for (const session of sessions) signalProcess(session, sig);
    return sessions.length;
  }

  logTail(): string {
    let log = '';
    try {
      log = readFileSync(this.options.logPath, 'utf8').slice(-4000);
    } catch {
      // No log yet: Dovecot failed before opening it, so stderr has the reason.
    }
    return [log, this.stderrTail].filter((s) => s.length > 0).join('\n');
  }
}
