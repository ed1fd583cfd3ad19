/**
 * The store page in Chromium: the entry bundled with esbuild (not minified, so profiles name
 * the store's own functions) and served by request interception on a fixed origin. IndexedDB
 * belongs to an origin; a fixed one lets a cached profile's database be opened again.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { bundleForBrowser } from '../../../support/browser/bundleForBrowser';
import { type BenchBrowser, openBenchBrowser } from '../../support/benchBrowser';

const ORIGIN = 'http://bench-store.test';

export interface StorePageBundle {
  script: string;
}

/** A page script bundled for Chromium (iife, not minified); `entry` is a file URL. */
export function bundlePageScript(entry: URL): Promise<string> {
  return bundleForBrowser(fileURLToPath(entry), String(entry));
}

export async function bundleStorePage(): Promise<StorePageBundle> {
  return { script: await bundlePageScript(new URL('../../store-page/entry.ts', import.meta.url)) };
}

/** Modules that only read the database: they cannot change what a built store holds. */
const READ_ONLY = /renderer\/src\/store\/queries\//;

/**
 * The hash of everything that decides what a built store holds (store code, schema, generator:
 * the sources scaleStore.ts bundles), not of how it is queried (store/queries is left out, so
 * work on the queries measures on the same cached build): the cache key of a build.
 */
export async function contentHash(): Promise<string> {
  const root = fileURLToPath(new URL('../../../../', import.meta.url));
  const out = await build({
    entryPoints: [fileURLToPath(new URL('../../store-page/scaleStore.ts', import.meta.url))],
    absWorkingDir: root,
    bundle: true,
    write: false,
    metafile: true,
    format: 'iife',
    target: 'chrome130',
    logLevel: 'warning',
  });
  const hash = createHash('sha256');
  for (const input of Object.keys(out.metafile.inputs).sort()) {
    if (READ_ONLY.test(input)) continue;
    hash.update(input).update(await readFile(join(root, input)));
  }
  return hash.digest('hex').slice(0, 16);
}

export async function openStorePage(bundle: StorePageBundle, profileDir: string): Promise<BenchBrowser> {
  const browser = await openBenchBrowser({ profileDir });
  await browser.context.route(`${ORIGIN}/**`, (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/store.js') return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: bundle.script });
    return route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      headers: { 'content-security-policy': "default-src 'self'" },
      body: '<!doctype html><html><head><meta charset="utf-8"><script src="/store.js"></script></head><body>store at scale</body></html>',
    });
  });
  await browser.page.goto(`${ORIGIN}/`);
  await browser.page.waitForFunction(() => window.benchStore !== undefined);
  return browser;
}
