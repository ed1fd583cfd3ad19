/**
 * Bundles the core child with esbuild, as scripts/build.mjs bundles main: one ESM file, npm
 * packages left in node_modules. Run by plain node, the child's memory is the core's, not a
 * TypeScript loader's. Modules that find files next to themselves (import.meta.url) get their
 * own URL written in, since in the bundle they would resolve from the bundle's folder.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const BUILD_DIR = join(ROOT, 'bench-results', '.build');

const keepImportMetaUrl: Plugin = {
  name: 'keep-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
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
