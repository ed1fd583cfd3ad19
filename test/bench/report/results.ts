/** Everything a run measured, as written to bench-results/latest.json (and a dated copy). */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchOptions } from '../options';
import type { CorpusFacts } from '../corpus/deliverCorpus';
import type { LatencyResult } from '../scenarios/captureLatency';
import type { ColdMirrorResult } from '../scenarios/cold/coldMirror';
import type { ReplicationResult } from '../scenarios/replication/replicationResult';
import type { StagesResult } from '../scenarios/stages';
import type { StoreScaleResult } from '../scenarios/store/storeScale';
import type { TargetCheck } from './targets';

export const RESULTS_DIR = fileURLToPath(new URL('../../../bench-results/', import.meta.url));

export interface MachineFacts {
  cpus: number;
  memoryGb: number;
  node: string;
  mbsync: string;
  chromium: string;
  /** 1-minute load average at the start and end: other work on the machine shows here */
  loadAverageStart: number;
  loadAverageEnd: number;
}

export interface BenchResults {
  startedAt: string;
  durationSeconds: number;
  options: BenchOptions;
  machine: MachineFacts;
  corpus?: CorpusFacts;
  stages?: StagesResult;
  coldMirror?: ColdMirrorResult;
  latency?: LatencyResult;
  store?: StoreScaleResult;
  /** R8.3 change on A shown on B, restore onto an empty device (the cold mirror's on/off pair is in coldMirror) */
  replication?: ReplicationResult;
  /** scenarios that failed, with their error: the others still ran */
  errors?: Record<string, string>;
  targets: TargetCheck[];
}

/** Writes latest.json and a copy named after the start time; returns the path of latest.json. */
export async function writeResults(results: BenchResults): Promise<string> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const json = `${JSON.stringify(results, null, 2)}\n`;
  const latest = join(RESULTS_DIR, 'latest.json');
  await writeFile(latest, json);
  await writeFile(join(RESULTS_DIR, `bench-${results.startedAt.replace(/[:.]/g, '-')}.json`), json);
  return latest;
}
