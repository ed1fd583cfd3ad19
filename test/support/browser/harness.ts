/**
 * One call for an end-to-end test: real core services, the renderer served with the bridge,
 * Chromium open on it. Screenshots go to test-results/e2e/.
 */
import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import type { HandlerRegistry } from '../../../main/ipc/registry';
import { createTestCore, type TestCore } from '../coreServices';
import { startAppServer, type AppServer } from './appServer';
import { launchChromium } from './chromium';

export const SCREENSHOT_DIR = 'test-results/e2e';

export interface Harness {
  core: HandlerRegistry;
  server: AppServer;
  browser: Browser;
  page: Page;
  /** everything the page printed to its console or threw: a clean run has none */
  pageErrors: string[];
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** `initScript`: runs in the page before the app's own scripts (a test's observers). */
export async function startHarness(options: { locale?: string; core?: HandlerRegistry | TestCore; initScript?: string } = {}): Promise<Harness> {
  const core = options.core ?? (await createTestCore());
  const server = await startAppServer(core);
  const browser = await launchChromium();
  const context = await browser.newContext({ locale: options.locale ?? 'en-US', viewport: { width: 1280, height: 800 } });
  if (options.initScript) await context.addInitScript(options.initScript);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') pageErrors.push(msg.text());
  });
  await page.goto(server.url);
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  return {
    core,
    server,
    browser,
    page,
    pageErrors,
    async screenshot(name) {
      const path = `${SCREENSHOT_DIR}/${name}.png`;
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    async close() {
      await browser.close();
      await server.close();
      if ('services' in core) await (core as TestCore).stop();
    },
  };
}
