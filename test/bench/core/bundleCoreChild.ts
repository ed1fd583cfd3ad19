/**
 * Bundles the core child with esbuild, as scripts/build.mjs bundles main: one ESM file, npm
 * packages left in node_modules, and the capture worker's bundle beside it, where main's code
 * looks for it (built with the app's options: scripts/captureWorkerBuild.mjs). Run by plain
 * node, the child's memory is the core's, not a TypeScript loader's. Test modules that find
 * files next to themselves (import.meta.url) get their own URL written in, since in the bundle
 * they would resolve from the bundle's folder; main's modules do not, as they run bundled.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { WORKER_BUNDLE } from '../../../main/capture/worker/workerFile';
// @ts-expect-error -- a plain .mjs script without types; its one export is typed below
import { captureWorkerBuild as untypedWorkerBuild } from '../../../scripts/captureWorkerBuild.mjs';

const captureWorkerBuild = untypedWorkerBuild as (outdir: string, entry?: string, name?: string) => BuildOptions;

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const BUILD_DIR = join(ROOT, 'bench-results', '.build');
const MAIN_DIR = join(ROOT, 'main') + sep;
/** The fetch-only stage's worker (fetchOnlyWorker.ts), beside the stage child. */
export const FETCH_ONLY_WORKER = join(BUILD_DIR, 'fetchOnlyWorker.cjs');

const keepImportMetaUrl: Plugin = {
  name: 'keep-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (args.path.startsWith(MAIN_DIR)) return undefined;
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      return { contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' };
    });
  },
};

export function bundleCoreChild(): Promise<string> {
  return bundleChild('coreChild');
}

/** The engine-stage child (stageChild.ts), bundled the same way. */
export function bundleStageChild(): Promise<string> {
  return bundleChild('stageChild');
}

async function bundleChild(name: 'coreChild' | 'stageChild'): Promise<string> {
  await mkdir(BUILD_DIR, { recursive: true });
  const outfile = join(BUILD_DIR, `${name}.mjs`);
  await build({ ...captureWorkerBuild(BUILD_DIR), entryPoints: [join(MAIN_DIR, 'capture/worker/captureWorker.ts')], outfile: join(BUILD_DIR, WORKER_BUNDLE) });
  if (name === 'stageChild') await build({ ...captureWorkerBuild(BUILD_DIR), entryPoints: [fileURLToPath(new URL('./fetchOnlyWorker.ts', import.meta.url))], outfile: FETCH_ONLY_WORKER });
  await build({
    entryPoints: [fileURLToPath(new URL(`./${name}.ts`, import.meta.url))],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
    plugins: [keepImportMetaUrl],
  });
  return outfile;
}
