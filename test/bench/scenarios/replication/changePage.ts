/**
 * Opens the change page (replication-page/entry.ts) as a second tab of a device's Chromium, on
 * the app's own origin (served by request interception, so the app server is not involved), so
 * it reaches the app's IndexedDB.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { bundlePageScript } from '../store/storePage';

const PATH = '/__bench-changes';

export async function openChangePage(context: BrowserContext, appUrl: string): Promise<Page> {
  const script = await bundlePageScript(new URL('../../replication-page/entry.ts', import.meta.url));
  const origin = new URL(appUrl).origin;
  await context.route(`${origin}${PATH}/**`, (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === `${PATH}/changes.js`) return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: script });
    return route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html><head><meta charset="utf-8"><script src="${PATH}/changes.js"></script></head><body>bench changes</body></html>`,
    });
  });
  const page = await context.newPage();
  await page.goto(`${origin}${PATH}/index.html`);
  await page.waitForFunction(() => window.benchChanges !== undefined);
  return page;
}
