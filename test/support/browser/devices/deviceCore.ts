/**
 * Starts one app instance's core in a child process (deviceCoreChild.ts, run from its sources by
 * tsx's loader, as the capture worker runs under test) and holds it: `kill()` is a real SIGKILL,
 * `stop()` the app quitting normally.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { type FromDeviceCore, FromDeviceCoreSchema, type ToDeviceCore } from './deviceProtocol';

const CHILD = fileURLToPath(new URL('./deviceCoreChild.ts', import.meta.url));
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;

export interface DeviceCore {
  pid: number;
  /** the page to open: the renderer with this run's bridge token */
  url: string;
  origin: string;
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

  const ready = await new Promise<Extract<FromDeviceCore, { type: 'ready' }>>((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`device core: not ready within ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS);
    const onMessage = (raw: unknown): void => {
      const parsed = FromDeviceCoreSchema.safeParse(raw);
      if (!parsed.success) done(new Error(`device core: unexpected message ${JSON.stringify(raw)}`));
      else if (parsed.data.type === 'failed') done(new Error(`device core failed: ${parsed.data.message}`));
      else done(undefined, parsed.data);
    };
    const onExit = (code: number | null, signal: string | null): void => done(new Error(`device core exited (${signal ?? `code ${code}`}) before it was ready`));
    const done = (err: Error | undefined, value?: Extract<FromDeviceCore, { type: 'ready' }>): void => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (value) resolve(value);
      else reject(err ?? new Error('device core: no answer'));
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
    child.send({ type: 'start', ...request } satisfies ToDeviceCore);
  }).catch(async (err: unknown) => {
    if (!gone()) child.kill('SIGKILL');
    await exited;
    throw err;
  });

  return {
    pid: ready.pid,
    url: ready.url,
    origin: ready.origin,
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
