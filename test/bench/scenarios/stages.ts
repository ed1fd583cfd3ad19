/**
 * The capture engine alone over the cold-mirror drop box (see engineStages.ts): fetch only, and
 * fetch + understand, `repeats` times each in alternating order, then fetch + understand with a
 * paced store (PACE_MS per batch); each run in a child process of its own, so its peak RSS is
 * the engine's. Then one more fetch + understand in this process under the profiler, to say
 * which code the understanding time is spent in.
 */
import { bundleStageChild } from '../core/bundleCoreChild';
import { runStageInChild } from '../core/stageProcess';
import { type ProfileSummary, summarizeProfile } from '../profile/cpuProfileSummary';
import { profileInProcess } from '../profile/inProcessProfile';
import { saveProfile } from '../profile/profileFiles';
import type { BenchStack } from '../support/benchStack';
import { median } from '../support/stats';
import { inProcessStageEngine } from './stageEngineInProcess';
import { PACE_MS, type StageMode, type StageRun, runEngineStage, stageTarget } from './engineStages';

export interface StagesResult {
  runs: StageRun[];
  fetchSeconds: number;
  fetchCpuSeconds: number;
  understandSeconds: number;
  fetchUnderstandSeconds: number;
  fetchUnderstandCpuSeconds: number;
  /**
   * fetch + understand with a store that takes `pacedMs` per batch; `pacedSequentialSeconds` is
   * what an engine that waits for each answer before fetching on would take at least
   * (fetch + understand, plus batches × pace)
   */
  pacedSeconds: number;
  pacedMs: number;
  pacedSequentialSeconds: number;
  /** highest peak RSS (MB) of the runs of each mode */
  peakRssMb: Record<StageMode, number>;
  /** RSS of a stage child before its run (median, MB) */
  startRssMb: number;
  /** highest V8 heap / Buffer peaks (MB) of the runs that understand */
  heapUsedPeakMb: number;
  arrayBuffersPeakMb: number;
  /** most batches in flight at one time, over all runs */
  maxInFlight: number;
  /** message bytes the engine fetched (bodyBytes), and all it received */
  bodyBytes: number;
  bytesReceived: number;
  profile: ProfileSummary;
  profileFile: string;
}

function describeRun(run: StageRun): string {
  const m = run.memory;
  return `  ${run.mode.padEnd(17)} ${run.seconds.toFixed(2)} s, ${run.cpuSeconds.toFixed(1)} s CPU; peak RSS ${m.peakRssMb.toFixed(0)} MB (start ${m.startRssMb.toFixed(0)}; heap used ${m.heapUsedMb.toFixed(0)} of ${m.heapTotalMb.toFixed(0)}, buffers ${m.arrayBuffersMb.toFixed(0)}); ${run.maxInFlight} in flight at most`;
}

export async function runStages(env: BenchStack, messages: number, repeats: number, timeoutMs: number, log: (line: string) => void): Promise<StagesResult> {
  const bundle = await bundleStageChild();
  const target = stageTarget(env);
  const runs: StageRun[] = [];
  const modes: StageMode[] = ['fetch-only', 'fetch+understand'];
  for (let i = 0; i < repeats; i++) {
    for (const mode of i % 2 === 0 ? modes : [...modes].reverse()) {
      const run = await runStageInChild(bundle, target, mode, messages, timeoutMs);
      runs.push(run);
      log(describeRun(run));
    }
  }
  const paced = await runStageInChild(bundle, target, 'paced-store', messages, timeoutMs);
  runs.push(paced);
  log(describeRun(paced));

  const of = (mode: StageMode, f: (r: StageRun) => number) => median(runs.filter((r) => r.mode === mode).map(f));
  const highest = (mode: StageMode, f: (r: StageRun) => number) => Math.max(0, ...runs.filter((r) => r.mode === mode).map(f));
  const understanding = runs.filter((r) => r.mode !== 'fetch-only');
  const profiled = await profileInProcess(() => runEngineStage(target, 'fetch+understand', messages, timeoutMs, inProcessStageEngine));
  return {
    runs,
    fetchSeconds: of('fetch-only', (r) => r.seconds),
    fetchCpuSeconds: of('fetch-only', (r) => r.cpuSeconds),
    fetchUnderstandSeconds: of('fetch+understand', (r) => r.seconds),
    fetchUnderstandCpuSeconds: of('fetch+understand', (r) => r.cpuSeconds),
    understandSeconds: of('fetch+understand', (r) => r.seconds) - of('fetch-only', (r) => r.seconds),
    pacedSeconds: paced.seconds,
    pacedMs: PACE_MS,
    pacedSequentialSeconds: of('fetch+understand', (r) => r.seconds) + (Math.ceil(messages / 200) * PACE_MS) / 1000,
    peakRssMb: { 'fetch-only': highest('fetch-only', (r) => r.memory.peakRssMb), 'fetch+understand': highest('fetch+understand', (r) => r.memory.peakRssMb), 'paced-store': paced.memory.peakRssMb },
    startRssMb: median(runs.map((r) => r.memory.startRssMb)),
    heapUsedPeakMb: Math.max(...understanding.map((r) => r.memory.heapUsedMb)),
    arrayBuffersPeakMb: Math.max(...understanding.map((r) => r.memory.arrayBuffersMb)),
    maxInFlight: Math.max(...runs.map((r) => r.maxInFlight)),
    bodyBytes: of('fetch+understand', (r) => r.bodyBytes),
    bytesReceived: of('fetch+understand', (r) => r.bytesReceived),
    profile: summarizeProfile(profiled.profile),
    profileFile: await saveProfile('engine-fetch-understand', profiled.profile),
  };
}
