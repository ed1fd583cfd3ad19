// esbuild options of the capture worker's bundle (main/capture/worker/captureWorker.ts), shared
// by scripts/build.mjs (the app) and the benchmarks' children (test/bench/core), so both run
// the worker the same way. One self-contained CommonJS file: no module resolution at run time.
import { join } from 'node:path';
import { latin1Source } from './latin1Source.mjs';

/**
 * @param {string} outdir folder of main's bundle; the worker's file goes beside it
 * @param {string} [entry] the worker's entry (the benchmarks' fetch-only worker differs)
 * @param {string} [name] the bundle's file name
 */
export function captureWorkerBuild(outdir, entry = 'main/capture/worker/captureWorker.ts', name = 'captureWorker.cjs') {
  return {
    entryPoints: [entry],
    outfile: join(outdir, name),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    // packages written as ES modules read import.meta.url (email-forward-parser does)
    banner: { js: 'const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
    define: { 'import.meta.url': '__importMetaUrl' },
    sourcemap: true,
    // Whitespace and comments out: the worker's heap holds the whole source (5.0 MB instead of
    // 6.9), and loading it cost 55 MB of the process's memory instead of 66 (measured: a worker
    // that loads the bundle, /proc RSS). Names stay, for CPU profiles; stack traces map through the
    // source map. (Full minification loaded worse: 73–78 MB, the parser's zone twice as large.)
    minifyWhitespace: true,
    // one byte per character of the bundle's source in the worker's heap, not two (latin1Source.mjs)
    plugins: [latin1Source],
    logLevel: 'warning',
  };
}
