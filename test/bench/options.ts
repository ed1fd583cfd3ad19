/**
 * What a benchmark run does, from argv (after `npm run bench --`) or the environment:
 *   --messages N   drop box size for the cold mirror (BENCH_MESSAGES, default 5000)
 *   --threads N    threads in the store at scale (BENCH_THREADS, default 100000; 3 messages each)
 *   --latency N    messages for the capture latency (BENCH_LATENCY, default 200)
 *   --repeat N     runs of each timed mirror (BENCH_REPEAT, default 3)
 *   --quick        a smoke run (BENCH_QUICK=1): 500 messages, 10k threads, 30 latency messages,
 *                  20 repetitions per query, engine stages once, no profiling unless asked
 *   --only a,b     scenarios to run (BENCH_ONLY): stages, cold, latency, store, replication
 *   --changes N    changes made on device A for the replication latency (BENCH_CHANGES, default 100; 30 with --quick)
 *   --restore-threads N  threads of the CRM restored onto an empty device (BENCH_RESTORE_THREADS,
 *                  default: --threads, i.e. the store scenario's CRM and its cached build)
 *   --no-replication-pair  the cold mirror without its replication-off runs (BENCH_REPLICATION_PAIR=0)
 *   --profile never|auto|always  profile an app mirror (BENCH_PROFILE; default auto, i.e. when
 *                  it misses its target; never with --quick)
 *   --rebuild-store   build the store at scale even when a cached build exists
 *   --seed N       seed of every generator (BENCH_SEED, default 20250530)
 */
import { z } from 'zod';

export const SCENARIOS = ['stages', 'cold', 'latency', 'store', 'replication'] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

export interface BenchOptions {
  messages: number;
  threads: number;
  latencyMessages: number;
  /** R8.3 changes on A timed to B */
  changes: number;
  /** R8.3 threads of the CRM restored onto an empty device */
  restoreThreads: number;
  /** the cold mirror also runs with replication off */
  replicationPair: boolean;
  repeats: number;
  /** runs of each engine stage */
  stageRepeats: number;
  /** repetitions of each store query */
  queryReps: number;
  quick: boolean;
  scenarios: ScenarioName[];
  profile: 'auto' | 'always' | 'never';
  rebuildStore: boolean;
  seed: number;
}

const positive = z.coerce.number().int().positive();

function flag(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

export function parseOptions(args: readonly string[], env: NodeJS.ProcessEnv): BenchOptions {
  const quick = args.includes('--quick') || env.BENCH_QUICK === '1';
  const value = (name: string, envName: string, fallback: number): number => {
    const raw = flag(args, name) ?? env[envName];
    return raw === undefined ? fallback : positive.parse(raw);
  };
  const only = flag(args, 'only') ?? env.BENCH_ONLY;
  const scenarios = only === undefined ? [...SCENARIOS] : only.split(',').map((s) => z.enum(SCENARIOS).parse(s.trim()));
  const threads = value('threads', 'BENCH_THREADS', quick ? 10_000 : 100_000);
  return {
    messages: value('messages', 'BENCH_MESSAGES', quick ? 500 : 5000),
    threads,
    changes: value('changes', 'BENCH_CHANGES', quick ? 30 : 100),
    restoreThreads: value('restore-threads', 'BENCH_RESTORE_THREADS', threads),
    replicationPair: !args.includes('--no-replication-pair') && env.BENCH_REPLICATION_PAIR !== '0',
    latencyMessages: value('latency', 'BENCH_LATENCY', quick ? 30 : 200),
    repeats: value('repeat', 'BENCH_REPEAT', 3),
    stageRepeats: quick ? 1 : value('repeat', 'BENCH_REPEAT', 3),
    queryReps: quick ? 20 : 50,
    quick,
    scenarios,
    profile: z.enum(['auto', 'always', 'never']).parse(flag(args, 'profile') ?? env.BENCH_PROFILE ?? (quick ? 'never' : 'auto')),
    rebuildStore: args.includes('--rebuild-store'),
    seed: value('seed', 'BENCH_SEED', 20250530),
  };
}
