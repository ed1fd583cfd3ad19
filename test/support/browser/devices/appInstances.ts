/**
 * Several app instances ("devices") on ONE mail account, as multi-device is tested (issue 18,
 * R8.3): each instance has its own core in a child process (own settings folder and keychain
 * file, the account saved through the real handlers on its first start), its own app server on
 * a port it keeps for life (the page's origin, so its IndexedDB, survives restarts) and its own
 * persistent Chromium profile. Each reaches the mail server through TCP relays of its own, so
 * one instance can go offline while the others stay online.
 *
 * Life of an instance: `kill()` SIGKILLs its core and its Chromium at once, as the OS kills
 * the app; `quit()` is the app quitting normally; `restart()` starts it again on the same
 * settings folder and profile (after a kill or a quit, or quitting it first if it runs);
 * `close()` quits and removes its folders.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { MailStack, StackUser } from '../../mail-stack';
import { freePorts } from '../../mail-stack/ports';
import { stackAccountConfig } from '../../stackAccount';
import { SCREENSHOT_DIR } from '../harness';
import { startDeviceCore, type CallRecord, type DeviceCore } from './deviceCore';
import type { CallPhase, DeviceServices } from './deviceProtocol';
import { dumpDatabase, type Dump, type DumpOptions } from './pageDump';
import { launchProfileBrowser, type ProfileBrowser } from './profileBrowser';
import { startTcpRelay, type TcpRelay } from './tcpRelay';
import { waitFor } from './waitFor';

export interface DeviceOptions {
  /** a label for errors and screenshots; default 'A', 'B', 'C'... in order of start */
  name?: string;
  /** starts with its network cut: its core cannot reach IMAP or SMTP until `goOnline()` */
  offline?: boolean;
  /** the core's tuning (plain data); default: the set's */
  services?: DeviceServices;
  locale?: string;
  /** starts without an account (no seed): the page shows the first run, to be filled in through `ports` */
  firstRun?: boolean;
}

export interface Device {
  readonly name: string;
  /** the app's page; a new one after each restart */
  readonly page: Page;
  /** everything the page printed to its console as an error or threw, over every run */
  readonly pageErrors: string[];
  /** core and browser are up */
  readonly running: boolean;
  /** the network to the mail server is up (kept across restarts) */
  readonly online: boolean;
  /** the ports of its own relays to the mail server (what its first run types in) */
  readonly ports: { imap: number; smtp: number };
  /** the instance's folder: `core/` (settings, secrets, outbox) and `profile/` (Chromium) */
  readonly dir: string;
  /** pids of this run's core (a child process) and Chromium (its process group leader) */
  readonly pids: { core: number; browser: number };
  /** the IPC calls the page made to this run's core, in order (a restart starts a new log) */
  readonly calls: readonly CallRecord[];
  /**
   * Resolves with the index in `calls` of the first record at or after `since` (default 0) of
   * that call in that phase ('received', 'held', 'answered'), waiting for it if need be.
   */
  waitForCall(name: string, phase: CallPhase, options?: { since?: number; timeoutMs?: number }): Promise<number>;
  /**
   * From now on (in this run), calls of that name wait in the core before their handler runs
   * ('before') or after it ran and before the answer leaves ('after'), until `release()`:
   * wait for the call 'held', then `kill()`, to crash the app exactly there. For capture:ack,
   * `sourceKind` holds only the acks of that kind of source's batches.
   */
  hold(name: string, when: 'before' | 'after', sourceKind?: 'dropbox' | 'sync' | 'replica'): Promise<void>;
  release(): Promise<void>;
  /** every table of the app's IndexedDB, read through the page (see pageDump.ts for `omit`) */
  dump(options?: DumpOptions): Promise<Dump>;
  /** polls dump() until `accept` holds; answers that dump */
  waitForDump(accept: (dump: Dump) => boolean, options?: DumpOptions & { timeoutMs?: number; what?: string }): Promise<Dump>;
  /** SIGKILL of its core and its Chromium at once; data on disk stays as the kill left it */
  kill(): Promise<void>;
  /** the app quitting normally (capture and outbox stopped, browser closed); data stays */
  quit(): Promise<void>;
  /** starts it again on the same settings folder, profile and port (quits first if it runs) */
  restart(): Promise<void>;
  /** cuts its network: its relays refuse new connections and reset the open ones */
  goOffline(): Promise<void>;
  goOnline(): Promise<void>;
  screenshot(name: string): Promise<string>;
  /** quits and removes its folders */
  close(): Promise<void>;
}

export interface DeviceSet {
  /** the instances started so far, in order */
  readonly devices: readonly Device[];
  /** the instance with that name */
  device(name: string): Device;
  /** starts one more instance on the account: a fresh settings folder and an empty profile */
  add(options?: DeviceOptions): Promise<Device>;
  /** closes every instance */
  close(): Promise<void>;
}

export interface DeviceSetOptions {
  stack: MailStack;
  /** the account's user */
  user: StackUser;
  /** the drop box's user */
  dropbox: StackUser;
  /** the cores' tuning unless an instance says otherwise; default: a quick capture retry, as instances go on- and offline */
  services?: DeviceServices;
}

const DEFAULT_SERVICES: DeviceServices = { captureEngine: { retry: { baseMs: 300, maxMs: 1_000 } } };

async function startDevice(set: DeviceSetOptions, name: string, options: DeviceOptions): Promise<Device> {
  const { stack, user, dropbox } = set;
  const dir = await mkdtemp(join(tmpdir(), `blindcopy-device-${name}-`));
  const userData = join(dir, 'core');
  const profile = join(dir, 'profile');
  await Promise.all([mkdir(userData), mkdir(profile)]);
  const online = options.offline !== true;
  const imapRelay = await startTcpRelay({ host: stack.host, port: stack.ports.imaps }, { online });
  const smtpRelay = await startTcpRelay({ host: stack.host, port: stack.ports.smtp }, { online });
  const relays: TcpRelay[] = [imapRelay, smtpRelay];
  const [port = 0] = await freePorts(1);
  const services = options.services ?? set.services ?? DEFAULT_SERVICES;

  // The account as this instance knows it: the stack's, reached through its own relays.
  const base = stackAccountConfig(stack, user, dropbox);
  const config = {
    ...base,
    imap: { ...base.imap, port: imapRelay.port },
    smtp: { ...base.smtp, port: smtpRelay.port },
    dropbox: base.dropbox.mode === 'login' ? { ...base.dropbox, server: { ...base.dropbox.server, port: imapRelay.port } } : base.dropbox,
  };
  let seed: { config: typeof config; passwords: { imap: string; smtp: string; dropbox: string } } | undefined = options.firstRun
    ? undefined
    : { config, passwords: { imap: user.password, smtp: user.password, dropbox: dropbox.password } };

  const pageErrors: string[] = [];
  let run: { core: DeviceCore; browser: ProfileBrowser; page: Page } | undefined;

  const launch = async (): Promise<void> => {
    const core = await startDeviceCore({ userData, port, services, ...(seed ? { seed } : {}) });
    seed = undefined;
    let browser: ProfileBrowser;
    try {
      browser = await launchProfileBrowser(profile, options.locale === undefined ? {} : { locale: options.locale });
    } catch (err) {
      await core.kill();
      throw err;
    }
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.on('pageerror', (err) => pageErrors.push(`${name}: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') pageErrors.push(`${name}: ${msg.text()}`);
    });
    run = { core, browser, page };
    await page.goto(core.url);
  };

  const current = (): NonNullable<typeof run> => {
    if (!run) throw new Error(`device ${name} is not running (killed or quit): restart() it first`);
    return run;
  };

  const quit = async (): Promise<void> => {
    const was = run;
    run = undefined;
    if (!was) return;
    await was.browser.close();
    await was.core.stop();
  };

  try {
    await launch();
  } catch (err) {
    await quit();
    await Promise.all(relays.map((r) => r.close()));
    await rm(dir, { recursive: true, force: true });
    throw err;
  }

  const device: Device = {
    name,
    dir,
    get page() {
      return current().page;
    },
    pageErrors,
    ports: { imap: imapRelay.port, smtp: smtpRelay.port },
    get running() {
      return run !== undefined;
    },
    get online() {
      return imapRelay.online;
    },
    get pids() {
      const { core, browser } = current();
      return { core: core.pid, browser: browser.pid };
    },
    get calls() {
      return current().core.calls;
    },
    waitForCall: (call, phase, waitOptions) => current().core.waitForCall(call, phase, waitOptions),
    hold: (call, when, sourceKind) => current().core.hold(call, when, sourceKind),
    release: () => current().core.release(),
    dump: (dumpOptions) => dumpDatabase(current().page, dumpOptions),
    waitForDump: (accept, waitOptions = {}) =>
      waitFor(() => dumpDatabase(current().page, waitOptions), accept, {
        timeoutMs: waitOptions.timeoutMs ?? 20_000,
        what: `${name}: ${waitOptions.what ?? 'dump'}`,
        describe: (dump) => Object.entries(dump).map(([table, rows]) => `${table}: ${rows.length}`).join(', '),
      }),
    async kill() {
      const was = run;
      run = undefined;
      if (!was) return;
      await Promise.all([was.core.kill(), was.browser.kill()]);
    },
    quit,
    async restart() {
      await quit();
      await launch();
    },
    async goOffline() {
      await Promise.all(relays.map((r) => r.goOffline()));
    },
    async goOnline() {
      await Promise.all(relays.map((r) => r.goOnline()));
    },
    async screenshot(shot) {
      await mkdir(SCREENSHOT_DIR, { recursive: true });
      const path = `${SCREENSHOT_DIR}/${shot}.png`;
      await current().page.screenshot({ path, fullPage: true });
      return path;
    },
    async close() {
      await quit();
      await Promise.all(relays.map((r) => r.close()));
      await rm(dir, { recursive: true, force: true });
    },
  };
  return device;
}

export function createDeviceSet(options: DeviceSetOptions): DeviceSet {
  const devices: Device[] = [];
  return {
    get devices() {
      return devices;
    },
    device(name) {
      const found = devices.find((d) => d.name === name);
      if (!found) throw new Error(`no device named ${name} (have: ${devices.map((d) => d.name).join(', ')})`);
      return found;
    },
    async add(deviceOptions = {}) {
      const name = deviceOptions.name ?? String.fromCharCode(65 + devices.length);
      if (devices.some((d) => d.name === name)) throw new Error(`a device named ${name} exists already`);
      const device = await startDevice(options, name, deviceOptions);
      devices.push(device);
      return device;
    },
    async close() {
      // one at a time: each quit stops a core and a browser, and the machine is small
      for (const device of devices.splice(0)) await device.close();
    },
  };
}
