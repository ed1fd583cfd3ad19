/**
 * Starts one app instance's core in a child process (deviceCoreChild.ts, run from its sources by
 * tsx's loader, as the capture worker runs under test) and holds it: `kill()` is a real SIGKILL,
 * `stop()` the app quitting normally. Every IPC call the page makes is logged here as the core
 * reports it, and a call can be held at a chosen point, so a test can kill the app exactly there.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { type CallPhase, type FromDeviceCore, FromDeviceCoreSchema, type ToDeviceCore } from './deviceProtocol';

const CHILD = fileURLToPath(new URL('./deviceCoreChild.ts', import.meta.url));
const START_TIMEOUT_MS = 60_000;
const ANSWER_TIMEOUT_MS = 10_000;
const STOP_TIMEOUT_MS = 15_000;

export interface CallRecord {
  name: string;
  phase: CallPhase;
  /** on 'answered': whether the handler succeeded */
  ok?: boolean;
}

export interface DeviceCore {
  pid: number;
  /** the page to open: the renderer with this run's bridge token */
  url: string;
  origin: string;
  /** the IPC calls of this run, in the order the core reported them */
  readonly calls: readonly CallRecord[];
  /** resolves with the index of the first record at or after `since` for that call and phase */
  waitForCall(name: string, phase: CallPhase, options?: { since?: number; timeoutMs?: number }): Promise<number>;
  /** from now on, calls of that name wait before their handler runs, or after it ran and before the answer leaves */
  hold(name: string, when: 'before' | 'after', sourceKind?: 'dropbox' | 'sync' | 'replica'): Promise<void>;
  /** lets every held call go on; nothing is held any more */
  release(): Promise<void>;
  /** SIGKILL: nothing is saved or closed, as when the OS kills the app */
  kill(): Promise<void>;
  /** the app quitting: capture and outbox stopped, then the process exits */
  stop(): Promise<void>;
}

type StartRequest = Extract<ToDeviceCore, { type: 'start' }>;

export async function startDeviceCore(request: Omit<StartRequest, 'type'>): Promise<DeviceCore> {
  // execArgv set explicitly: the child must not inherit the test runner's own flags.
  const child: ChildProcess = fork(CHILD, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = once(child, 'exit');
  const gone = (): boolean => child.exitCode !== null || child.signalCode !== null;
  const calls: CallRecord[] = [];
  const listeners = new Set<(message: FromDeviceCore) => void>();
  child.on('message', (raw: unknown) => {
    const parsed = FromDeviceCoreSchema.safeParse(raw);
    if (!parsed.success) {
      console.error(`device core: unexpected message ${JSON.stringify(raw)}`);
      return;
    }
    const message = parsed.data;
    if (message.type === 'call') calls.push({ name: message.name, phase: message.phase, ...(message.ok === undefined ? {} : { ok: message.ok }) });
    else if (message.type === 'failed') console.error(`device core failed: ${message.message}`);
    for (const listener of [...listeners]) listener(message);
  });

  /** the first message `match` accepts, sent after `request` (when given) */
  const answer = <T,>(match: (message: FromDeviceCore) => T | undefined, what: string, timeoutMs: number, requestToSend?: ToDeviceCore): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => done(new Error(`device core: no ${what} within ${timeoutMs} ms`)), timeoutMs);
      const listener = (message: FromDeviceCore): void => {
        if (message.type === 'failed') {
          done(new Error(`device core failed: ${message.message}`));
          return;
        }
        const value = match(message);
        if (value !== undefined) done(undefined, value);
      };
      const onExit = (code: number | null, signal: string | null): void => done(new Error(`device core exited (${signal ?? `code ${code}`}) while waiting for ${what}`));
      const done = (err: Error | undefined, value?: T): void => {
        clearTimeout(timer);
        listeners.delete(listener);
        child.off('exit', onExit);
        if (value !== undefined) resolve(value);
        else reject(err ?? new Error(`device core: no ${what}`));
      };
      listeners.add(listener);
      child.once('exit', onExit);
      if (requestToSend) child.send(requestToSend);
    });

  const ready = await answer((m) => (m.type === 'ready' ? m : undefined), 'ready', START_TIMEOUT_MS, { type: 'start', ...request }).catch(async (err: unknown) => {
    if (!gone()) child.kill('SIGKILL');
    await exited;
    throw err;
  });

  const holding = (message: ToDeviceCore): Promise<void> =>
    answer((m) => (m.type === 'holding' ? true : undefined), `an answer to '${message.type}'`, ANSWER_TIMEOUT_MS, message).then(() => undefined);

  return {
    pid: ready.pid,
    url: ready.url,
    origin: ready.origin,
    calls,
    waitForCall(name, phase, options = {}) {
      const since = options.since ?? 0;
      const found = (): number => calls.findIndex((c, i) => i >= since && c.name === name && c.phase === phase);
      const already = found();
      if (already >= 0) return Promise.resolve(already);
      return answer(() => {
        const index = found();
        return index >= 0 ? index : undefined;
      }, `'${name}' ${phase}`, options.timeoutMs ?? 20_000);
    },
    hold: (name, when, sourceKind) => holding({ type: 'hold', name, when, ...(sourceKind === undefined ? {} : { sourceKind }) }),
    release: () => holding({ type: 'release' }),
    async kill() {
      if (gone()) return;
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (gone()) return;
      child.send({ type: 'stop' } satisfies ToDeviceCore);
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}
