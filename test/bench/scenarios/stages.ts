/**
 * The capture engine alone over the cold-mirror drop box (see engineStages.ts): fetch only, and
 * fetch + understand, `repeats` times each in alternating order; then one more fetch + understand
 * under the profiler, to say which code the understanding time is spent in.
 */
import { type ProfileSummary, summarizeProfile } from '../profile/cpuProfileSummary';
import { profileInProcess } from '../profile/inProcessProfile';
import { saveProfile } from '../profile/profileFiles';
import type { BenchStack } from '../support/benchStack';
import { median } from '../support/stats';
import { type StageMode, type StageRun, runEngineStage } from './engineStages';

export interface StagesResult {
  runs: StageRun[];
  fetchSeconds: number;
  fetchCpuSeconds: number;
  understandSeconds: number;
  fetchUnderstandSeconds: number;
  fetchUnderstandCpuSeconds: number;
  /** message bytes the engine fetched (bodyBytes), and all it received */
  bodyBytes: number;
  bytesReceived: number;
  profile: ProfileSummary;
  profileFile: string;
}

export async function runStages(env: BenchStack, messages: number, repeats: number, timeoutMs: number, log: (line: string) => void): Promise<StagesResult> {
  const runs: StageRun[] = [];
  const modes: StageMode[] = ['fetch-only', 'fetch+understand'];
  for (let i = 0; i < repeats; i++) {
    for (const mode of i % 2 === 0 ? modes : [...modes].reverse()) {
      const run = await runEngineStage(env, mode, messages, timeoutMs);
      runs.push(run);
      log(`  ${mode.padEnd(17)} ${run.seconds.toFixed(2)} s, ${run.cpuSeconds.toFixed(1)} s CPU`);
    }
  }
  const of = (mode: StageMode, f: (r: StageRun) => number) => median(runs.filter((r) => r.mode === mode).map(f));
  const profiled = await profileInProcess(() => runEngineStage(env, 'fetch+understand', messages, timeoutMs));
  return {
    runs,
    fetchSeconds: of('fetch-only', (r) => r.seconds),
    fetchCpuSeconds: of('fetch-only', (r) => r.cpuSeconds),
    fetchUnderstandSeconds: of('fetch+understand', (r) => r.seconds),
    fetchUnderstandCpuSeconds: of('fetch+understand', (r) => r.cpuSeconds),
    understandSeconds: of('fetch+understand', (r) => r.seconds) - of('fetch-only', (r) => r.seconds),
    bodyBytes: of('fetch+understand', (r) => r.bodyBytes),
    bytesReceived: of('fetch+understand', (r) => r.bytesReceived),
    profile: summarizeProfile(profiled.profile),
    profileFile: await saveProfile('engine-fetch-understand', profiled.profile),
  };
}
