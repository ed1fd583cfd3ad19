/**
 * CPU time per group of processes over a span of a benchmark, from Linux's /proc: how the cores
 * were shared between the app's core child, Chromium's renderer and browser processes (the
 * browser process runs IndexedDB's backing store), Dovecot and mbsync. On a 2-core machine a
 * mirror that keeps both cores busy is bound by the CPU all of them use together, not by any
 * one process's wall time, so this is the split that says where a mirror's time can come from.
 *
 * Processes are sampled every `intervalMs`; one that exits between samples loses at most its
 * last interval. A process seen for the first time during the span counts from zero (it started
 * within it). Children of this process that exited and were reaped count exactly through this
 * process's cutime/cstime ("reaped": mbsync).
 */
import { execFileSync } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { cpus } from 'node:os';

export type CpuGroup = 'core' | 'renderer' | 'browser' | 'chromium other' | 'dovecot' | 'mbsync' | 'reaped' | 'bench' | 'other';

export interface CpuSplit {
  /** CPU seconds (user + system) per group */
  seconds: Partial<Record<CpuGroup, number>>;
  wallSeconds: number;
  /** CPU seconds the whole machine was busy (all processes, the kernel included) */
  machineBusySeconds: number;
  cores: number;
}

interface Proc {
  ppid: number;
  comm: string;
  /** when it started (clock ticks after boot): with the pid, which process this is */
  started: number;
  cmdline: string;
  /** at the first sample that saw it (0 when it started after the span began) */
  firstTicks: number;
  lastTicks: number;
  /** the sample that last saw it */
  seenAt: number;
}

function clockTicksPerSecond(): number {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
}

const TICKS = clockTicksPerSecond();

/** comm, ppid, start time and utime + stime of /proc/<pid>/stat (comm may hold spaces and parentheses). */
function parseStat(text: string): { comm: string; ppid: number; ticks: number; childTicks: number; started: number } {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  const fields = text.slice(close + 2).split(' ');
  const num = (i: number) => Number(fields[i] ?? 0);
  // fields after comm start at state (field 3): ppid is field 4, utime 14, stime 15, cutime 16, cstime 17, starttime 22
  return { comm: text.slice(open + 1, close), ppid: num(1), ticks: num(11) + num(12), childTicks: num(13) + num(14), started: num(19) };
}

/** Clock ticks the whole machine has been busy since boot (all but idle and iowait). */
async function machineBusyTicks(): Promise<number> {
  const line = (await readFile('/proc/stat', 'utf8')).split('\n')[0] ?? '';
  const values = line.trim().split(/\s+/).slice(1, 9).map(Number);
  const total = values.reduce((a, b) => a + b, 0);
  return total - (values[3] ?? 0) - (values[4] ?? 0);
}

async function ownChildTicks(): Promise<number> {
  return parseStat(await readFile('/proc/self/stat', 'utf8')).childTicks;
}

export interface CpuAccount {
  /** Ends the span; `core` is the core child's pid (its threads and children count as core). */
  stop(roots?: { core?: number }): Promise<CpuSplit>;
}

export function startCpuAccount(intervalMs = 200): CpuAccount {
  const procs = new Map<number, Proc>();
  let samples = 0;
  let stopped = false;
  const startedAt = performance.now();

  async function sample(): Promise<void> {
    const first = samples === 0;
    samples += 1;
    const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name)).map(Number);
    await Promise.all(
      pids.map(async (pid) => {
        try {
          const stat = parseStat(await readFile(`/proc/${pid}/stat`, 'utf8'));
          const known = procs.get(pid);
          // (a process may rename itself, and kernel workers do with every job: the start time says it is the same one)
          if (known !== undefined && known.started === stat.started) {
            known.lastTicks = stat.ticks;
            known.ppid = stat.ppid;
            known.comm = stat.comm;
            known.seenAt = samples;
            return;
          }
          const cmdline = (await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')).replaceAll('\0', ' ');
          procs.set(pid, { ppid: stat.ppid, comm: stat.comm, started: stat.started, cmdline, firstTicks: first ? stat.ticks : 0, lastTicks: stat.ticks, seenAt: samples });
        } catch {
          // it exited between the listing and the read
        }
      }),
    );
  }

  const ready = Promise.all([sample(), machineBusyTicks(), ownChildTicks()]);
  const loop = (async () => {
    await ready;
    while (!stopped) {
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
      if (!stopped) await sample();
    }
  })();

  function ancestors(pid: number): number[] {
    const chain: number[] = [];
    for (let at: number | undefined = pid; at !== undefined && at > 1 && chain.length < 64; at = procs.get(at)?.ppid) chain.push(at);
    return chain;
  }

  function groupOf(pid: number, proc: Proc, core: number | undefined): CpuGroup {
    const chain = ancestors(pid);
    if (proc.comm === 'mbsync') return 'mbsync';
    if (core !== undefined && chain.includes(core)) return 'core';
    if (chain.some((p) => procs.get(p)?.comm === 'dovecot')) return 'dovecot';
    if (/chrom/i.test(proc.comm) || /\/chrom(e|ium)\b/.test(proc.cmdline)) {
      const type = /--type=([\w-]+)/.exec(proc.cmdline)?.[1];
      return type === undefined ? 'browser' : type === 'renderer' ? 'renderer' : 'chromium other';
    }
    if (chain.includes(process.pid)) return 'bench';
    return 'other';
  }

  return {
    async stop(roots = {}) {
      const [, machineBefore, childBefore] = await ready;
      stopped = true;
      await loop;
      await sample();
      const [machineAfter, childAfter] = await Promise.all([machineBusyTicks(), ownChildTicks()]);
      const seconds: Partial<Record<CpuGroup, number>> = {};
      const add = (group: CpuGroup, ticks: number) => {
        if (ticks > 0) seconds[group] = (seconds[group] ?? 0) + ticks / TICKS;
      };
      // Our own children that exited are counted exactly by what they left in our cutime/cstime
      // (the samples miss their last interval), under their group when they share one.
      const reapedGroups = new Set<CpuGroup>();
      for (const [pid, proc] of procs) {
        const group = groupOf(pid, proc, roots.core);
        if (proc.ppid === process.pid && proc.seenAt < samples) reapedGroups.add(group);
        else add(group, proc.lastTicks - proc.firstTicks);
      }
      const [only] = reapedGroups;
      add(reapedGroups.size === 1 && only !== undefined ? only : 'reaped', childAfter - childBefore);
      return {
        seconds,
        wallSeconds: (performance.now() - startedAt) / 1000,
        machineBusySeconds: (machineAfter - machineBefore) / TICKS,
        cores: cpus().length,
      };
    },
  };
}

/** The median of each group's seconds over runs (a group a run did not see counts as 0 there). */
export function medianSplit(splits: readonly CpuSplit[], median: (values: number[]) => number): CpuSplit {
  const groups = new Set(splits.flatMap((s) => Object.keys(s.seconds) as CpuGroup[]));
  const seconds: Partial<Record<CpuGroup, number>> = {};
  for (const group of groups) seconds[group] = median(splits.map((s) => s.seconds[group] ?? 0));
  return {
    seconds,
    wallSeconds: median(splits.map((s) => s.wallSeconds)),
    machineBusySeconds: median(splits.map((s) => s.machineBusySeconds)),
    cores: splits[0]?.cores ?? cpus().length,
  };
}

/** "core 25.6 s, renderer 26.4 s, …; the machine busy 93% of 2 cores" */
export function describeSplit(split: CpuSplit, groups: readonly CpuGroup[]): string {
  const parts = groups.flatMap((g) => (split.seconds[g] === undefined ? [] : [`${g} ${(split.seconds[g] ?? 0).toFixed(1)} s`]));
  const busy = split.wallSeconds > 0 ? (100 * split.machineBusySeconds) / (split.wallSeconds * split.cores) : 0;
  return `${parts.join(', ')}; machine busy ${busy.toFixed(0)}% of ${split.cores} cores over ${split.wallSeconds.toFixed(1)} s`;
}

/** CPU seconds of the groups that did the mirror's work (client, server, browser), not the bench's own. */
export function workSeconds(split: CpuSplit): number {
  const { bench: _bench, other: _other, ...work } = split.seconds;
  return Object.values(work).reduce((a, b) => a + b, 0);
}
