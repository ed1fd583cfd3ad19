/** One script for a test page: `entry` and all it imports bundled by esbuild, as an IIFE for Chromium. */
import { build } from 'esbuild';

/** `entry`: an absolute path; `what` names the bundle in the error when it comes out empty. */
export async function bundleForBrowser(entry: string, what: string): Promise<string> {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome130',
    logLevel: 'warning',
  });
  const file = out.outputFiles[0];
  if (!file) throw new Error(`${what} bundle is empty`);
  return file.text;
}
