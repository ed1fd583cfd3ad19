/**
 * Debian's Chromium with a profile on disk: fresh per use, or one the caller keeps (a cached
 * store). The harness's contexts are incognito-like, and an incognito profile keeps IndexedDB in
 * memory; the app's database lives on disk, so the benchmarks measure it there. Same flags as
 * test/support/browser/chromium.ts.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type Page, chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../../support/browser/chromium';

export interface HeapUsage {
  usedBytes: number;
  totalBytes: number;
}

export interface BenchBrowser {
  context: BrowserContext;
  page: Page;
  /** the profile folder (IndexedDB lives in Default/IndexedDB) */
  profileDir: string;
  /** everything the page threw or logged as an error */
  pageErrors: string[];
  /** the page's JS heap after a full garbage collection (CDP, as DevTools reads it) */
  heapUsage(): Promise<HeapUsage>;
  close(): Promise<void>;
}

export async function openBenchBrowser(options: { profileDir?: string } = {}): Promise<BenchBrowser> {
  const profile = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'blindcopy-bench-profile-')));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') pageErrors.push(msg.text());
  });
  return {
    context,
    page,
    profileDir: profile,
    pageErrors,
    async heapUsage() {
      const cdp = await context.newCDPSession(page);
      try {
        await cdp.send('HeapProfiler.collectGarbage');
        const usage = await cdp.send('Runtime.getHeapUsage');
        return { usedBytes: usage.usedSize, totalBytes: usage.totalSize };
      } finally {
        await cdp.detach();
      }
    },
    async close() {
      await context.close();
      if (options.profileDir === undefined) await rm(profile, { recursive: true, force: true });
    },
  };
}
