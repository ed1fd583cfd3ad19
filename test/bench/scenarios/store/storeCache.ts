/**
 * A built store at scale, kept between runs (bench-results/.cache/): loading 300k messages
 * through applyBatch takes longer here than the whole benchmark may, so a run builds it only
 * when no profile for the same size, seed and store code (bundle hash) exists, and otherwise
 * starts from a copy. The build's own figures are kept with it and reported as such.
 */
import { cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const CACHE_ROOT = fileURLToPath(new URL('../../../../bench-results/.cache/', import.meta.url));

export const BuildFiguresSchema = z.object({
  builtAt: z.string(),
  seconds: z.number(),
  messages: z.number(),
  messagesPerSecond: z.number(),
  /** per batch, inside applyBatch */
  batchMsP50: z.number(),
  batchMsP95: z.number(),
  /** messages per second over the first and the last tenth of the build */
  firstTenthRate: z.number(),
  lastTenthRate: z.number(),
  /** the word indexer over everything the build captured (the app runs it when capture is quiet) */
  wordsSeconds: z.number().optional(),
  wordsPerSecond: z.number().optional(),
  /** the page's JS heap right after the build (after a full GC), MB */
  heapAfterBuildMb: z.number().optional(),
});
export type BuildFigures = z.infer<typeof BuildFiguresSchema>;

export function cacheDirFor(threads: number, seed: number, hash: string): string {
  return join(CACHE_ROOT, `store-${threads}t-seed${seed}-${hash}`);
}

export async function readCachedBuild(dir: string): Promise<BuildFigures | undefined> {
  try {
    return BuildFiguresSchema.parse(JSON.parse(await readFile(join(dir, 'build.json'), 'utf8')));
  } catch {
    return undefined;
  }
}

export async function copyCachedProfile(dir: string, target: string): Promise<void> {
  await cp(join(dir, 'profile'), target, { recursive: true });
}

/** Copied in beside, then renamed: a run stopped half-way never leaves a cache that looks whole. */
export async function saveBuild(dir: string, profile: string, figures: BuildFigures): Promise<void> {
  const partial = `${dir}.partial`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true });
  await cp(profile, join(partial, 'profile'), { recursive: true });
  await writeFile(join(partial, 'build.json'), JSON.stringify(figures, null, 2));
  await rm(dir, { recursive: true, force: true });
  await rename(partial, dir);
}
