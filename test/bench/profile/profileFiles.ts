/**
 * Where profiles are kept (bench-results/profiles/, to open in DevTools) and how the built
 * renderer's minified functions are shown: with the start of their source.
 */
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceLookup } from './cpuProfileSummary';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const PROFILE_DIR = join(ROOT, 'bench-results', 'profiles');
const RENDERER_ASSETS = join(ROOT, 'out', 'renderer', 'assets');

export async function saveProfile(name: string, profile: unknown): Promise<string> {
  await mkdir(PROFILE_DIR, { recursive: true });
  const file = join(PROFILE_DIR, `${name}.cpuprofile`);
  await writeFile(file, JSON.stringify(profile));
  return file;
}

/** The profile --cpu-prof wrote into `dir` (the newest, if several). */
export async function readCpuProfFrom(dir: string): Promise<unknown> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile')).sort();
  const last = files.at(-1);
  if (last === undefined) throw new Error(`no .cpuprofile in ${dir}`);
  return JSON.parse(await readFile(join(dir, last), 'utf8')) as unknown;
}

/** Source of the built renderer's scripts, looked up by the URL the page loaded them from. */
export function rendererSources(): SourceLookup {
  const cache = new Map<string, string>();
  const names = readdirSync(RENDERER_ASSETS);
  return (url) => {
    const name = names.find((n) => url.endsWith(`/assets/${n}`));
    if (name === undefined) return undefined;
    const cached = cache.get(name) ?? readFileSync(join(RENDERER_ASSETS, name), 'utf8');
    cache.set(name, cached);
    return cached;
  };
}
