/**
 * Starts the core child (see coreChild.ts) with an account, and talks to it: its events go to a
 * CommitLog, stats and stop are requests. `cpuProfileDir` runs it under --cpu-prof.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import type { AccountConfig } from '../../../shared/settings/accountConfig';
import { CommitLog } from './commitLog';
import { type ChildMemory, type ChildSourceStats, type FromChild, FromChildSchema, type ToChild } from './protocol';

export interface AppProcess {
  pid: number;
  /** the page to open: the renderer with the bridge token */
  url: string;
  log: CommitLog;
  stats(): Promise<{ sources: Record<string, ChildSourceStats>; memory: ChildMemory }>;
  /** one IPC call into the core as the page would make it; throws what the handler refused with */
  call(name: string, request: unknown, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export interface AppAccount {
  config: AccountConfig;
  passwords: { imap: string; smtp: string; dropbox: string };
}

export async function startAppProcess(bundle: string, account: AppAccount, options: { cpuProfileDir?: string } = {}): Promise<AppProcess> {
  const execArgv = options.cpuProfileDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`];
  // execArgv set explicitly: the child must not inherit this process's TypeScript loader.
  const child: ChildProcess = fork(bundle, [], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const log = new CommitLog();
  const listeners = new Set<(event: FromChild) => void>();
  let failure: string | undefined;
  child.on('message', (raw: unknown) => {
    const parsed = FromChildSchema.safeParse(raw);
    if (!parsed.success) return;
    if (parsed.data.type === 'failed') failure = parsed.data.message;
    log.record(parsed.data);
    for (const l of [...listeners]) l(parsed.data);
  });
  const exited = once(child, 'exit');
  child.once('exit', (code, signal) => log.fail(`the core child exited (${signal ?? `code ${code}`})${failure ? `: ${failure}` : ''}`));

  const request = <T extends FromChild['type']>(message: ToChild, answer: T, timeoutMs: number): Promise<Extract<FromChild, { type: T }>> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => done(new Error(`core child: no '${answer}' within ${timeoutMs} ms${failure ? ` (${failure})` : ''}`)), timeoutMs);
      const listener = (event: FromChild): void => {
        if (event.type === answer) done(undefined, event as Extract<FromChild, { type: T }>);
        else if (event.type === 'failed') done(new Error(`core child failed: ${event.message}`));
      };
      const onExit = (): void => done(new Error(`core child exited while waiting for '${answer}'`));
      const done = (err: Error | undefined, value?: Extract<FromChild, { type: T }>): void => {
        clearTimeout(timer);
        listeners.delete(listener);
        child.off('exit', onExit);
        if (err !== undefined || value === undefined) reject(err ?? new Error('no answer'));
        else resolve(value);
      };
      listeners.add(listener);
      child.once('exit', onExit);
      child.send(message);
    });

  const ready = await request({ type: 'start', ...account }, 'ready', 30_000).catch((err: unknown) => {
    child.kill('SIGKILL');
    throw err;
  });
  return {
    pid: ready.pid,
    url: ready.url,
    log,
    async stats() {
      const { sources, memory } = await request({ type: 'stats' }, 'stats', 10_000);
      return { sources, memory };
    },
    async call(name, body, timeoutMs = 120_000) {
      const answer = await request({ type: 'call', name, request: body }, 'answer', timeoutMs);
      if (!answer.ok) throw new Error(`${name}: ${answer.error ?? 'refused'}`);
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.send({ type: 'stop' } satisfies ToChild);
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
