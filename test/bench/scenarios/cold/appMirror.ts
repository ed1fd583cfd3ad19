/**
 * One cold mirror by the real app: an empty store (fresh browser profile, fresh core), the drop
 * box reached through the byte-counting proxy, the built renderer in Chromium bridged to the
 * core child. Timed from opening the page until the store's ack for the batch that completes
 * the mailbox reaches main (see coreChild for why the ack marks the commit). Afterwards the
 * committed rows are read back from IndexedDB, so a fast run that lost mail cannot pass.
 * With `profileDir` the core child runs under --cpu-prof and the page under CDP's profiler.
 */
import { countRows } from '../../../support/browser/pageDb';
import { stackAccountConfig } from '../../../support/stackAccount';
import { type AppAccount, type AppProcess, startAppProcess } from '../../core/appProcess';
import type { HandOverSplit } from '../../core/commitLog';
import { preciseNow } from '../../core/protocol';
import { readCpuProfsFrom } from '../../profile/profileFiles';
import type { BenchStack } from '../../support/benchStack';
import { type BenchBrowser, openBenchBrowser } from '../../support/benchBrowser';
import { profilePage } from '../../support/pageProfiler';
import { type ByteCountingProxy, bytesBetween } from '../../support/byteCountingProxy';
import { type CpuSplit, startCpuAccount } from '../../support/cpuAccount';

export interface AppMirrorRun {
  seconds: number;
  messagesPerSecond: number;
  /** server → client bytes through the proxy */
  proxyBytes: number;
  /** the engine's own count (decrypted socket bytes) and the message bytes among them */
  engineBytes: number;
  engineBodyBytes: number;
  storedMessages: number;
  storedRejected: number;
  /** page open → capture:start (renderer boot, session, account facts) */
  bootMs: number;
  split: HandOverSplit;
  /** the core child's peak RSS over its life (VmHWM), MB */
  mainPeakRssMb: number;
  /** its RSS when ready, before capture, MB */
  mainStartupRssMb: number;
  /** peaks of V8's heap and of memory outside it (Buffers), MB */
  mainPeaks: { heapTotalMb: number; heapUsedMb: number; externalMb: number; arrayBuffersMb: number };
  rendererHeapMb: number;
  /** CPU time of each process group from opening the page to the last commit */
  cpu: CpuSplit;
  pageErrors: string[];
}

const MB = 1024 * 1024;

export interface ProfiledAppMirror {
  run: AppMirrorRun;
  mainProfile: unknown;
  /** the capture worker thread of the core child */
  workerProfile?: unknown;
  rendererProfile: unknown;
}

/**
 * Replication through the mail server (R8.3) during a mirror: `on` (the default, as the app
 * ships) with a sync folder of the run's own, so one run never restores what an earlier one
 * uploaded; `off` for the pair that shows what replication costs the mirror.
 */
export type ReplicationMode = { enabled: true; folder: string } | { enabled: false };

let runs = 0;
/** a sync folder no earlier run of this benchmark used */
export function freshSyncFolder(): string {
  runs += 1;
  return `Blindcopy-bench-${process.pid}-${runs}`;
}

/** The account as the first run saves it, with the drop box (and IMAP) reached at `port`. */
export function appAccount(env: BenchStack, port: number, replication: ReplicationMode = { enabled: true, folder: freshSyncFolder() }): AppAccount {
  const config = stackAccountConfig(env.stack, env.owner, env.dropbox);
  config.replication = replication.enabled ? { enabled: true, folder: replication.folder } : { ...config.replication, enabled: false };
  config.imap.port = port;
  if (config.dropbox.mode === 'login') config.dropbox.server.port = port;
  return { config, passwords: { imap: env.owner.password, smtp: env.owner.password, dropbox: env.dropbox.password } };
}

async function mirror(app: AppProcess, browser: BenchBrowser, proxy: ByteCountingProxy, expected: number, timeoutMs: number): Promise<AppMirrorRun> {
  const before = proxy.count();
  const cpuAccount = startCpuAccount();
  const started = preciseNow();
  await browser.page.goto(app.url);
  await app.log.waitFor(() => app.log.committedMessages >= expected, timeoutMs, () => `${expected} committed messages (have ${app.log.committedMessages})`);
  const cpu = await cpuAccount.stop({ core: app.pid });
  const seconds = (app.log.lastCommitAt - started) / 1000;
  const bytes = bytesBetween(before, proxy.count());
  const stats = await app.stats();
  const source = stats.sources.dropbox;
  const storedMessages = await countRows(browser.page, 'messages');
  const storedRejected = await countRows(browser.page, 'rejected');
  if (storedMessages + storedRejected !== expected) throw new Error(`the store holds ${storedMessages} messages and ${storedRejected} rejected, expected ${expected} in all`);
  const heap = await browser.heapUsage();
  return {
    seconds,
    messagesPerSecond: expected / seconds,
    proxyBytes: bytes.fromServer,
    engineBytes: source?.bytesReceived ?? 0,
    engineBodyBytes: source?.bodyBytes ?? 0,
    storedMessages,
    storedRejected,
    bootMs: (app.log.captureStartedAt ?? started) - started,
    split: app.log.split(),
    mainPeakRssMb: stats.memory.peakRssKb / 1024,
    mainStartupRssMb: stats.memory.startupRssKb / 1024,
    mainPeaks: {
      heapTotalMb: stats.memory.peaks.heapTotal / MB,
      heapUsedMb: stats.memory.peaks.heapUsed / MB,
      externalMb: stats.memory.peaks.external / MB,
      arrayBuffersMb: stats.memory.peaks.arrayBuffers / MB,
    },
    rendererHeapMb: heap.usedBytes / MB,
    cpu,
    pageErrors: [...browser.pageErrors],
  };
}

export async function runAppMirror(env: BenchStack, proxy: ByteCountingProxy, bundle: string, expected: number, timeoutMs: number, replication: 'on' | 'off' = 'on'): Promise<AppMirrorRun> {
  const app = await startAppProcess(bundle, appAccount(env, proxy.port, replication === 'on' ? { enabled: true, folder: freshSyncFolder() } : { enabled: false }));
  const browser = await openBenchBrowser();
  try {
    return await mirror(app, browser, proxy, expected, timeoutMs);
  } finally {
    await browser.close();
    await app.stop();
  }
}

/** The same mirror under both profilers (not timed for the table: profiling slows it down). */
export async function runProfiledAppMirror(env: BenchStack, proxy: ByteCountingProxy, bundle: string, expected: number, timeoutMs: number, profileDir: string): Promise<ProfiledAppMirror> {
  const app = await startAppProcess(bundle, appAccount(env, proxy.port), { cpuProfileDir: profileDir });
  const browser = await openBenchBrowser();
  let profiled: { result: AppMirrorRun; profile: unknown };
  try {
    profiled = await profilePage(browser.context, browser.page, () => mirror(app, browser, proxy, expected, timeoutMs));
  } finally {
    await browser.close();
    // --cpu-prof writes the profile when the child exits.
    await app.stop();
  }
  const core = await readCpuProfsFrom(profileDir);
  return { run: profiled.result, mainProfile: core.main, workerProfile: core.worker, rendererProfile: profiled.profile };
}
