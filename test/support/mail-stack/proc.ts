import { readdirSync, readFileSync } from 'node:fs';

// Linux /proc helpers. Dovecot's service processes are direct children of its master, which is
// how we tell this stack's processes from another stack's (or the system's) without names.
// A process is remembered with its start time, so a pid reused by some unrelated process after
// ours exited is never signalled.

export interface ProcessRef {
  pid: number;
  comm: string;
  /** Field 22 of /proc/<pid>/stat, in clock ticks since boot. */
  startTime: string;
}

interface ProcStat extends ProcessRef {
  state: string;
  ppid: number;
}

function readStat(pid: number): ProcStat | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // comm is in parentheses and may itself contain spaces or ')', so split at the last ')'.
  const close = text.lastIndexOf(')');
  const rest = text.slice(close + 2).split(' ');
  return {
    pid,
    comm: text.slice(text.indexOf('(') + 1, close),
    state: rest[0] ?? '',
    ppid: Number(rest[1]),
    startTime: rest[19] ?? '',
  };
}

export function processRef(pid: number): ProcessRef | undefined {
  const stat = readStat(pid);
  return stat === undefined ? undefined : { pid, comm: stat.comm, startTime: stat.startTime };
}

/** Running (not zombie) children of `parent`, optionally only those named `comm`. */
export function childProcesses(parent: number, comm?: string): ProcessRef[] {
  const result: ProcessRef[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat?.ppid !== parent || stat.state === 'Z' || stat.state === 'X') continue;
    if (comm === undefined || stat.comm === comm) {
      result.push({ pid: stat.pid, comm: stat.comm, startTime: stat.startTime });
    }
  }
  return result;
}

/**
 * True while the process runs. Zombies count as gone: here PID 1 reaps orphans only now and
 * then, so Dovecot's services linger as zombies for a while after they exited.
 */
export function isRunning(ref: ProcessRef): boolean {
  const stat = readStat(ref.pid);
  return stat !== undefined && stat.startTime === ref.startTime && stat.state !== 'Z' && stat.state !== 'X';
}

/** For tests that only kept a pid: running and not a zombie. */
export function isAlive(pid: number): boolean {
  const ref = processRef(pid);
  return ref !== undefined && isRunning(ref);
}

export function signalProcess(ref: ProcessRef, sig: NodeJS.Signals): void {
  if (!isRunning(ref)) return;
  try {
    process.kill(ref.pid, sig);
  } catch {
    // Exited between the check and the kill: nothing to do.
  }
}

/** Waits until none of `refs` runs; returns those still running at the deadline. */
export async function waitForExit(refs: readonly ProcessRef[], timeoutMs: number): Promise<ProcessRef[]> {
  const deadline = Date.now() + timeoutMs;
  let running = refs.filter(isRunning);
  while (running.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    running = running.filter(isRunning);
  }
  return running;
}
