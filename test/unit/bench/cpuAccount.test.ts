/**
 * The benchmark's CPU account (test/bench/support/cpuAccount.ts) on real processes: a child that
 * burns CPU and exits within the span is counted exactly (reaped) under its own group, a child
 * that is still running is sampled under the group its root names, and an idle span counts
 * next to nothing.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { describeSplit, medianSplit, startCpuAccount, workSeconds } from '../../bench/support/cpuAccount';

/** A node child that spins for `ms` of CPU time, then exits (or idles, with `stay`). */
function burner(ms: number, stay = false): ChildProcess {
  const script = `const end = process.cpuUsage().user / 1000 + ${ms}; while (process.cpuUsage().user / 1000 < end); ${stay ? 'const u = process.cpuUsage(); process.stdout.write(String((u.user + u.system) / 1e6)); setInterval(() => {}, 1000);' : ''}`;
  return spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'ignore'] });
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

describe('cpuAccount', () => {
  it('counts an exited child exactly and a running one under its root', async () => {
    const account = startCpuAccount(50);
    const exited = burner(400);
    const running = burner(400, true);
    children.push(running);
    await once(exited, 'exit');
    // the running one says how much CPU it used (start-up included, which a loaded machine makes
    // longer): an idle timer adds nothing after that
    const [reported] = (await once(running.stdout as NodeJS.ReadableStream, 'data')) as [Buffer];
    const ownSeconds = Number(reported.toString());
    const split = await account.stop({ core: running.pid });
    expect(split.seconds.core).toBeGreaterThanOrEqual(0.35);
    // only its own time: the exited one's 0.4 s would show here if counted twice
    expect(split.seconds.core).toBeGreaterThanOrEqual(ownSeconds - 0.1);
    expect(split.seconds.core).toBeLessThan(ownSeconds + 0.2);
    // the exited one is ours and reaped: counted under the group it was sampled in
    expect(split.seconds.bench).toBeGreaterThanOrEqual(0.35);
    expect(split.seconds.reaped).toBeUndefined();
    expect(split.machineBusySeconds).toBeGreaterThanOrEqual(0.7);
    // the mirror's work leaves the bench's own processes and the rest of the machine out (a
    // constructed split: other tests' servers and browsers may run beside this one)
    expect(workSeconds({ ...split, seconds: { core: 1, dovecot: 0.5, renderer: 0.25, bench: 2, other: 3 } })).toBe(1.75);
    expect(describeSplit(split, ['core', 'bench'])).toMatch(/^core \d+\.\d s, bench \d+\.\d s; machine busy \d+% of \d+ cores over \d+\.\d s$/);
    // two node start-ups and 0.8 s of spinning: a loaded machine stretches that well past 5 s
  }, 60_000);

  it('counts next to nothing for a span where nothing of ours runs', async () => {
    const account = startCpuAccount(50);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const split = await account.stop();
    expect(split.seconds.core).toBeUndefined();
    expect(split.seconds.mbsync).toBeUndefined();
    expect(split.wallSeconds).toBeGreaterThanOrEqual(0.2);
  });

  it('takes the median of each group over runs, a missing group as 0', () => {
    const run = (core: number | undefined, renderer: number) => ({ seconds: { ...(core === undefined ? {} : { core }), renderer }, wallSeconds: renderer, machineBusySeconds: renderer, cores: 2 });
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
    const m = medianSplit([run(3, 1), run(undefined, 5), run(4, 3)], median);
    expect(m.seconds).toEqual({ core: 3, renderer: 3 });
    expect(m.wallSeconds).toBe(3);
  });
});
