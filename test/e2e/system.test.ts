/**
 * Updates and starting at login in Chromium, against the real core with stand-ins for the shell's
 * ports: the update found on start is downloaded in the background, then the sidebar offers
 * "Restart to update" (the update:state event through the bridge), which quits and installs;
 * Settings › This computer turns the login item on through its port.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/browser/axe';
import { startHarness, type Harness } from '../support/browser/harness';
import { createTestCore, testAdapters } from '../support/coreServices';
import { fakeUpdater, recordingLoginItem } from '../support/fakeSystemPorts';
import { startMailStack, type MailStack } from '../support/mail-stack';
import { seedAccount } from '../support/stackAccount';

let stack: MailStack;
let h: Harness;
const updater = fakeUpdater();
const loginItem = recordingLoginItem();

beforeAll(async () => {
  stack = await startMailStack();
  updater.offer('0.2.0');
  // the core starts its update schedule: it checks at once and starts the download, which waits
  const core = await createTestCore(testAdapters({ system: { updater: updater.port, loginItem: loginItem.port } }));
  await seedAccount(core, stack, await stack.createUser('sam'), await stack.createUser('crm'));
  h = await startHarness({ core });
});
afterAll(async () => {
  await h?.close();
  await stack?.stop();
});

describe('Restart to update', () => {
  it('is not offered while the update downloads', async () => {
    await h.page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    // the core answered (the sidebar keeps its version for tests and support, not as words)
    await h.page.locator('[data-testid="core-status"][data-core-version="0.1.0-test"]').waitFor({ state: 'attached' });
    expect(updater.calls).toEqual(['check', 'download']);
    expect(await h.page.getByTestId('update-notice').count()).toBe(0);
  });

  it('is offered once the download ends, through the update:state event', async () => {
    updater.finishDownload();
    const notice = h.page.getByTestId('update-notice');
    await notice.waitFor();
    expect(await notice.getByText('Blindcopy 0.2.0 is ready to install.').count()).toBe(1);
    expect(await notice.getAttribute('role')).toBe('status');
    expect(existsSync(await h.screenshot('update-ready'))).toBe(true);
    expect(await seriousViolations(h.page)).toEqual([]);
  });

  it('is offered in a window opened after the download too (the page asks for the state at start)', async () => {
    const later = await h.page.context().newPage();
    try {
      await later.goto(h.server.url);
      await later.getByTestId('update-notice').getByText('Blindcopy 0.2.0 is ready to install.').waitFor();
    } finally {
      await later.close();
    }
    expect(updater.calls).not.toContain('quitAndInstall');
  });

  it('quits and installs when clicked', async () => {
    await h.page.getByRole('button', { name: 'Restart to update' }).click();
    await expect.poll(() => updater.calls).toContain('quitAndInstall');
    expect(updater.calls).toEqual(['check', 'download', 'quitAndInstall']);
    expect(h.pageErrors).toEqual([]);
  });
});

describe('Start at login', () => {
  it('Settings › This computer turns it on through the login item port', async () => {
    await h.page.locator('[data-view="settings"]').click();
    const toggle = h.page.getByRole('switch', { name: 'Start Blindcopy when I log in' });
    await toggle.waitFor();
    expect(await toggle.getAttribute('aria-checked')).toBe('false');
    await toggle.click();
    await h.page.locator('[data-testid="startup-open-at-login"][aria-checked="true"]').waitFor();
    expect(loginItem.sets).toEqual([true]);
    await h.page.getByTestId('settings-startup').screenshot({ path: 'test-results/e2e/settings-startup.png' });
  });
});
