/**
 * The store page in Chromium: the entry bundled with esbuild (not minified, so profiles name
 * the store's own functions) and served by request interception on a fixed origin. IndexedDB
 * belongs to an origin; a fixed one lets a cached profile's database be opened again.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { type BenchBrowser, openBenchBrowser } from '../../support/benchBrowser';

const ORIGIN = 'http://bench-store.test';

export interface StorePageBundle {
  script: string;
}

async function bundle(entry: string): Promise<string> {
  const out = await build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome130',
    logLevel: 'warning',
  });
  const file = out.outputFiles[0];
  if (!file) throw new Error(`bundle of ${entry} is empty`);
  return file.text;
}

export async function bundleStorePage(): Promise<StorePageBundle> {
  return { script: await bundle('../../store-page/entry.ts') };
}

/**
 * The hash of everything that decides what a built store holds (store code, schema, generator:
 * scaleStore.ts and what it imports), not of how it is queried: the cache key of a build.
 */
export async function contentHash(): Promise<string> {
  return createHash('sha256').update(await bundle('../../store-page/scaleStore.ts')).digest('hex').slice(0, 16);
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
