/** The renderer shell in real Chromium, talking to the real core over the bridge. */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/browser/axe';
import { startHarness, type Harness } from '../support/browser/harness';
import { createTestCore } from '../support/coreServices';
import { startMailStack, type MailStack } from '../support/mail-stack';
import { seedAccount } from '../support/stackAccount';

let stack: MailStack;
let h: Harness;

/** a core with an account saved, so the app opens on its shell rather than the first run */
async function configuredCore() {
  const core = await createTestCore();
  await seedAccount(core, stack, await stack.createUser(`sam${Math.random().toString(36).slice(2, 8)}`), await stack.createUser(`crm${Math.random().toString(36).slice(2, 8)}`));
  return core;
}

beforeAll(async () => {
  stack = await startMailStack();
  h = await startHarness({ core: await configuredCore() });
});
afterAll(async () => {
  await h?.close();
  await stack?.stop();
});

describe('renderer shell in Chromium', () => {
  it('renders the navigation and answers an IPC call through the bridge', async () => {
    const nav = h.page.getByRole('navigation', { name: 'Main navigation' });
    await nav.waitFor();
    await expect(nav.getByRole('button').allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining('Inbox'), expect.stringContaining('Settings')]),
    );
    expect(await nav.locator('[data-view]:not([data-view="outbox"])').count()).toBe(8);
    // app:info went renderer → bridge → WebSocket → registry → handler and back
    await h.page.locator('[data-testid="core-status"][data-core-version="0.1.0-test"]').waitFor({ state: 'attached' });
    // R10.4: no developer wording in the sidebar while all is well
    expect(await h.page.getByTestId('core-status').textContent()).toBe('');
  });

  it('switches views from the navigation', async () => {
    await h.page.getByRole('button', { name: 'Deals' }).click();
    await h.page.getByTestId('view-deals').waitFor();
    expect(await h.page.getByRole('heading', { level: 1 }).textContent()).toBe('Deals');
    const shot = await h.screenshot('shell-deals');
    expect(existsSync(shot)).toBe(true);
  });

  it('runs under the strict CSP with no page errors, and the bridge token left the address bar', async () => {
    const csp = await h.page.evaluate(async () => (await fetch('/')).headers.get('content-security-policy'));
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(h.page.url()).not.toContain('bc-token');
    // an inline script is refused by the policy
    const inlineRan = await h.page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = true';
      document.body.append(s);
      return (window as unknown as { __inline?: boolean }).__inline === true;
    });
    expect(inlineRan).toBe(false);
    expect(h.pageErrors.filter((e) => !e.includes('Content Security Policy'))).toEqual([]);
  });
});

describe('accessibility', () => {
  it.each(['inbox', 'deals', 'persons', 'rejected', 'settings'])('axe-core finds no serious or critical violation in %s', async (view) => {
    await h.page.locator(`[data-view="${view}"]`).click();
    await h.page.getByTestId(`view-${view}`).waitFor();
    await h.page.waitForTimeout(300);
    expect(await seriousViolations(h.page)).toEqual([]);
  });
});

describe('renderer shell in German', () => {
  it('R10.3 follows the system language', async () => {
    const de = await startHarness({ locale: 'de-DE', core: await configuredCore() });
    try {
      await de.page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor();
      expect(await de.page.getByRole('button', { name: 'Einstellungen' }).count()).toBe(1);
      expect(await de.page.evaluate(() => document.documentElement.lang)).toBe('de');
      await de.screenshot('shell-de');
    } finally {
      await de.close();
    }
  });
});
