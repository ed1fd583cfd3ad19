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

/**
 * The profiles --cpu-prof wrote into `dir`, one per thread: CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile,
 * thread 0 being the main thread. The core child's capture engine runs in a worker thread, whose
 * profile is its own file (summarizing one file alone showed the worker under main's name).
 */
export async function readCpuProfsFrom(dir: string): Promise<{ main: unknown; worker?: unknown }> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile')).sort();
  const thread = (f: string) => f.split('.').at(-3);
  const main = files.find((f) => thread(f) === '0');
  const worker = files.filter((f) => thread(f) !== '0').at(-1);
  if (main === undefined) throw new Error(`no main-thread .cpuprofile in ${dir} (${files.join(', ')})`);
  const read = async (f: string) => JSON.parse(await readFile(join(dir, f), 'utf8')) as unknown;
  return { main: await read(main), ...(worker === undefined ? {} : { worker: await read(worker) }) };
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
