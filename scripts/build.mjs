// Builds the three targets: renderer with Vite, main (ESM) and preload (one sandboxed CJS
// bundle) with esbuild. Output in out/, which is all electron-builder packs besides deps.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { readFile } from 'node:fs/promises';
import { captureWorkerBuild } from './captureWorkerBuild.mjs';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const dependencies = Object.keys(pkg.dependencies ?? {});

await Promise.all([
  viteBuild({ configFile: 'renderer/vite.config.ts', logLevel: 'warn' }),
  esbuild({
    entryPoints: ['main/index.ts'],
    outfile: 'out/main/index.js',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    // Runtime packages stay in node_modules (electron-builder ships production deps).
    external: ['electron', ...dependencies],
    sourcemap: true,
    logLevel: 'warning',
  }),
  // The capture engine's worker thread (main/capture/worker), beside main's bundle where
  // workerFile.ts looks for it: one CommonJS file with its packages inside, so that Electron
  // loads it from the asar archive without resolving any module there.
  esbuild(captureWorkerBuild('out/main')),
  esbuild({
    entryPoints: ['preload/index.ts'],
    outfile: 'out/preload/index.cjs',
    bundle: true,
    // A sandboxed preload can require only electron's renderer modules: bundle everything else.
    platform: 'browser',
    format: 'cjs',
    target: 'chrome130',
    external: ['electron'],
    logLevel: 'warning',
  }),
]);
console.log('built out/renderer, out/main, out/preload');
