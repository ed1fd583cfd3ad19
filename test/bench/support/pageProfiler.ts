/** A CPU profile of a page's main thread over some work, via CDP (what DevTools records). */
import type { BrowserContext, Page } from 'playwright-core';

export async function profilePage<T>(context: BrowserContext, page: Page, work: () => Promise<T>): Promise<{ result: T; profile: unknown }> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    const result = await work();
    const { profile } = await cdp.send('Profiler.stop');
    return { result, profile };
  } finally {
    await cdp.detach();
  }
}
