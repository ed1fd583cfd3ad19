/**
 * Where the capture worker's code is, for `new Worker(...)`. Found relative to this module's
 * own URL, which is the bundle's when main runs bundled (the app, the benchmarks' children) and
 * this .ts file when the sources run (tests, `npm run demo`):
 *  - bundled: the worker bundle that scripts/build.mjs writes beside main's, one self-contained
 *    CommonJS file, so loading it needs no module resolution inside the app's asar archive;
 *  - sources: captureWorker.ts beside this file, with tsx's loader in the worker.
 */
export interface WorkerFile {
  url: URL;
  /** node options of the worker; undefined inherits main's */
  execArgv?: string[];
}

/** The worker bundle's name, beside main's bundle (scripts/build.mjs writes it). */
export const WORKER_BUNDLE = 'captureWorker.cjs';

export function captureWorkerFile(base: string = import.meta.url): WorkerFile {
  if (!base.endsWith('.ts')) return { url: new URL(`./${WORKER_BUNDLE}`, base) };
  return { url: new URL('./captureWorker.ts', base), execArgv: ['--import', 'tsx'] };
}
