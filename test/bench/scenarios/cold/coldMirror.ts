/**
 * Cold mirror, side by side: the real app and mbsync (the reference: TLS, its defaults) copy the
 * same drop box, `repeats` times each, in alternating order (so neither always gets the warmer
 * server), all through proxies that count bytes the same way; mbsync's two other variants run
 * once. Medians go to the table; every run goes to the JSON. When the app misses its target
 * (or when asked), one more, untimed mirror of a smaller drop box (the corpus's first messages)
 * runs under the profilers.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ProfileSummary, summarizeProfile } from '../../profile/cpuProfileSummary';
import { rendererSources, saveProfile } from '../../profile/profileFiles';
import type { StackUser } from '../../../support/mail-stack';
import type { BenchStack } from '../../support/benchStack';
import { type ByteCountingProxy, startByteCountingProxy } from '../../support/byteCountingProxy';
import { type CpuSplit, medianSplit, workSeconds } from '../../support/cpuAccount';
import { primeServer } from '../../support/primeServer';
import { median } from '../../support/stats';
import { type AppMirrorRun, runAppMirror, runProfiledAppMirror } from './appMirror';
import { type MbsyncRun, type MbsyncVariant, runMbsync } from './mbsyncMirror';

export interface ColdMirrorSummary {
  appSeconds: number;
  mbsyncSeconds: number;
  mbsyncPlainSeconds: number;
  mbsyncNoFsyncSeconds: number;
  /** app time / mbsync time, both over TLS: the target's ratio */
  ratio: number;
  ratioToPlain: number;
  ratioToNoFsync: number;
  appMessagesPerSecond: number;
  mbsyncMessagesPerSecond: number;
  appProxyBytes: number;
  mbsyncProxyBytes: number;
  appEngineBytes: number;
  mbsyncMaildirBytes: number;
  bootMs: number;
  mainMs: number;
  storeMs: number;
  /** largest over the runs */
  mainPeakRssMb: number;
  mainStartupRssMb: number;
  rendererHeapMb: number;
  /** CPU seconds per process group, medians over the runs (TLS mbsync for mbsync) */
  appCpu: CpuSplit;
  mbsyncCpu: CpuSplit;
  /** the CPU both sides used (client, server and, for the app, Chromium): app / mbsync */
  cpuRatio: number;
  /** R8.3 the same mirror with replication off (median), and app time with it on / off; absent without the pair */
  appReplicationOffSeconds?: number;
  replicationOnOffRatio?: number;
}

export interface ColdMirrorProfile {
  /** messages in the profiled drop box */
  messages: number;
  files: string[];
  /** the core child's main thread and its capture worker */
  main: ProfileSummary;
  worker?: ProfileSummary;
  renderer: ProfileSummary;
  /** the profiled run's own split (slower than the timed runs) */
  split: AppMirrorRun['split'];
}

export interface ColdMirrorResult {
  messages: number;
  summary: ColdMirrorSummary;
  /** replication on, as the app ships (its own sync folder per run) */
  app: AppMirrorRun[];
  /** replication off: the pair's other half (empty without it) */
  appReplicationOff: AppMirrorRun[];
  mbsync: MbsyncRun[];
  mbsyncPlain: MbsyncRun[];
  mbsyncNoFsync: MbsyncRun[];
  profile?: ColdMirrorProfile;
}

export interface ColdMirrorOptions {
  repeats: number;
  bundle: string;
  timeoutMs: number;
  /** 'auto': profile when the app is slower than mbsync */
  profile: 'auto' | 'always' | 'never';
  /** the smaller drop box to profile on, holding the corpus's first `messages` */
  profileBox?: { user: StackUser; messages: number };
  /** also mirror with replication off in every repetition (R8.3: what replication costs) */
  replicationPair: boolean;
}

async function profileRun(env: BenchStack, proxy: ByteCountingProxy, options: ColdMirrorOptions, box: NonNullable<ColdMirrorOptions['profileBox']>): Promise<ColdMirrorProfile> {
  const dir = await mkdtemp(join(tmpdir(), 'blindcopy-bench-prof-'));
  try {
    const profiled = await runProfiledAppMirror({ ...env, dropbox: box.user }, proxy, options.bundle, box.messages, options.timeoutMs, dir);
    const files = [await saveProfile('cold-mirror-main', profiled.mainProfile), await saveProfile('cold-mirror-renderer', profiled.rendererProfile)];
    if (profiled.workerProfile !== undefined) files.push(await saveProfile('cold-mirror-worker', profiled.workerProfile));
    return {
      messages: box.messages,
      files,
      main: summarizeProfile(profiled.mainProfile),
      ...(profiled.workerProfile === undefined ? {} : { worker: summarizeProfile(profiled.workerProfile) }),
      renderer: summarizeProfile(profiled.rendererProfile, 12, rendererSources()),
      split: profiled.run.split,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function runColdMirror(env: BenchStack, messages: number, options: ColdMirrorOptions, log: (line: string) => void): Promise<ColdMirrorResult> {
  await primeServer(env);
  const tls = await startByteCountingProxy(env.stack.host, env.stack.ports.imaps);
  const plain = await startByteCountingProxy(env.stack.host, env.stack.ports.imap);
  const app: AppMirrorRun[] = [];
  const appOff: AppMirrorRun[] = [];
  const mbsync: MbsyncRun[] = [];
  const mbsyncPlain: MbsyncRun[] = [];
  const mbsyncNoFsync: MbsyncRun[] = [];
  const mbsyncStep = (variant: MbsyncVariant, runs: MbsyncRun[], proxy: ByteCountingProxy) => async () => {
    const run = await runMbsync(env, variant, proxy, options.timeoutMs);
    runs.push(run);
    log(`  mbsync  ${run.seconds.toFixed(2)} s (${variant})`);
  };
  try {
    for (let i = 0; i < options.repeats; i++) {
      const steps = [
        async () => {
          const run = await runAppMirror(env, tls, options.bundle, messages, options.timeoutMs, 'on');
          app.push(run);
          log(`  app     ${run.seconds.toFixed(2)} s (main ${(run.split.mainMs / 1000).toFixed(1)} s, store ${(run.split.storeMs / 1000).toFixed(1)} s)`);
        },
        ...(options.replicationPair
          ? [
              async () => {
                const run = await runAppMirror(env, tls, options.bundle, messages, options.timeoutMs, 'off');
                appOff.push(run);
                log(`  app     ${run.seconds.toFixed(2)} s with replication off`);
              },
            ]
          : []),
        mbsyncStep('tls', mbsync, tls),
        // the variants once, in the middle repetition
        ...(i === Math.floor((options.repeats - 1) / 2) ? [mbsyncStep('plain', mbsyncPlain, plain), mbsyncStep('tls-nofsync', mbsyncNoFsync, tls)] : []),
      ];
      for (const step of i % 2 === 0 ? steps : [...steps].reverse()) await step();
    }
    for (const run of [...mbsync, ...mbsyncPlain, ...mbsyncNoFsync]) {
      if (run.messages !== messages) throw new Error(`mbsync copied ${run.messages} of ${messages} messages`);
    }
    const m = <T>(runs: readonly T[], f: (r: T) => number): number => median(runs.map(f));
    const summary: ColdMirrorSummary = {
      appSeconds: m(app, (r) => r.seconds),
      mbsyncSeconds: m(mbsync, (r) => r.seconds),
      mbsyncPlainSeconds: m(mbsyncPlain, (r) => r.seconds),
      mbsyncNoFsyncSeconds: m(mbsyncNoFsync, (r) => r.seconds),
      ratio: m(app, (r) => r.seconds) / m(mbsync, (r) => r.seconds),
      ratioToPlain: m(app, (r) => r.seconds) / m(mbsyncPlain, (r) => r.seconds),
      ratioToNoFsync: m(app, (r) => r.seconds) / m(mbsyncNoFsync, (r) => r.seconds),
      appMessagesPerSecond: m(app, (r) => r.messagesPerSecond),
      mbsyncMessagesPerSecond: m(mbsync, (r) => r.messagesPerSecond),
      appProxyBytes: m(app, (r) => r.proxyBytes),
      mbsyncProxyBytes: m(mbsync, (r) => r.proxyBytes),
      appEngineBytes: m(app, (r) => r.engineBytes),
      mbsyncMaildirBytes: m(mbsync, (r) => r.maildirBytes),
      bootMs: m(app, (r) => r.bootMs),
      mainMs: m(app, (r) => r.split.mainMs),
      storeMs: m(app, (r) => r.split.storeMs),
      mainPeakRssMb: Math.max(...app.map((r) => r.mainPeakRssMb)),
      mainStartupRssMb: m(app, (r) => r.mainStartupRssMb),
      rendererHeapMb: m(app, (r) => r.rendererHeapMb),
      appCpu: medianSplit(app.map((r) => r.cpu), median),
      mbsyncCpu: medianSplit(mbsync.map((r) => r.cpu), median),
      cpuRatio: m(app, (r) => workSeconds(r.cpu)) / m(mbsync, (r) => workSeconds(r.cpu)),
      ...(appOff.length === 0 ? {} : { appReplicationOffSeconds: m(appOff, (r) => r.seconds), replicationOnOffRatio: m(app, (r) => r.seconds) / m(appOff, (r) => r.seconds) }),
    };
    const result: ColdMirrorResult = { messages, summary, app, appReplicationOff: appOff, mbsync, mbsyncPlain, mbsyncNoFsync };
    const box = options.profileBox;
    if (box !== undefined && (options.profile === 'always' || (options.profile === 'auto' && summary.ratio > 1))) {
      log(`  profiling an app mirror of the first ${box.messages} messages (untimed)`);
      result.profile = await profileRun(env, tls, options, box);
    }
    return result;
  } finally {
    await Promise.all([tls.close(), plain.close()]);
  }
}
