/**
 * One engine stage (scenarios/engineStages.ts) in a process of its own, bundled and run by plain
 * node as main's bundle is: its peak RSS is then the engine's, not the benchmark's. Takes one
 * 'run' message, answers with the run's figures, and exits.
 */
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { runEngineStage, type StageRun } from '../scenarios/engineStages';
import { workerStageEngine } from '../scenarios/stageEngineWorker';

const RunSchema = z.object({
  type: z.literal('run'),
  target: z.object({ login: z.any(), owner: z.string(), dropbox: z.string() }),
  mode: z.enum(['fetch-only', 'fetch+understand', 'paced-store']),
  expected: z.number(),
  timeoutMs: z.number(),
});

/** The fetch-only stage's worker, which bundleCoreChild.ts writes beside this bundle. */
const fetchOnlyWorker = { url: pathToFileURL(join(dirname(process.argv[1] ?? '.'), 'fetchOnlyWorker.cjs')) };

export type StageChildAnswer = { type: 'result'; run: StageRun } | { type: 'failed'; message: string };

function answer(message: StageChildAnswer): Promise<void> {
  return new Promise((resolve) => process.send?.(message, () => resolve()) ?? resolve());
}

process.once('message', (raw: unknown) => {
  const parsed = RunSchema.safeParse(raw);
  const work = parsed.success
    ? runEngineStage(parsed.data.target as Parameters<typeof runEngineStage>[0], parsed.data.mode, parsed.data.expected, parsed.data.timeoutMs, workerStageEngine(fetchOnlyWorker)).then((run) => answer({ type: 'result', run }))
    : answer({ type: 'failed', message: `bad request: ${parsed.error.message}` });
  work
    .catch((err: unknown) => answer({ type: 'failed', message: err instanceof Error ? err.message : String(err) }))
    .finally(() => process.exit(0));
});
