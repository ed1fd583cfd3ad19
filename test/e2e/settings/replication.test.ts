/**
 * R8.3 in the app (issue 18 item 5), against the real core and Dovecot with app instances on one
 * account: Settings › Copy on your mail server says where the copy stands — all saved; N changes
 * waiting while the computer is offline, why, and "Retry now"; a message that is not Blindcopy's,
 * filed into the folder, listed as skipped — and a new computer's first run offers to restore the
 * CRM from the mail server, shows the restore, and ends with the first computer's deal.
 */
import { mkdir } from 'node:fs/promises';
import { ImapFlow } from 'imapflow';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { closeImapClient } from '../../../main/mail/imap/closeImapClient';
import { SCREENSHOT_DIR } from '../../support/browser/harness';
import { useDevices } from '../../support/browser/devices/useDevices';
import type { Device } from '../../support/browser/devices/appInstances';
import { trustBothServers, typeAccount } from './firstRunPage';

const { stack, sam, crm, devices } = useDevices({ start: [{ name: 'A' }] });

const DEAL = 'Licence renewal 2027';
const WAIT_MS = 20_000;

const section = (page: Page) => page.getByTestId('settings-replication');
const state = (page: Page) => section(page).getByTestId('replication-state');

async function openView(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name, exact: true }).click();
}

async function shoot(target: Locator, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await target.scrollIntoViewIfNeeded();
  await target.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
}

async function createDeal(page: Page, title: string): Promise<void> {
  await openView(page, 'Deals');
  await page.getByRole('button', { name: 'New deal' }).click();
  const form = page.getByTestId('new-item-form');
  await form.getByLabel('Title').fill(title);
  await form.getByRole('button', { name: 'Create deal' }).click();
  await page.getByTestId('item-detail').getByRole('heading', { level: 2, name: title }).waitFor();
}

async function openSection(page: Page): Promise<void> {
  await openView(page, 'Settings');
  await section(page).waitFor();
  await section(page).scrollIntoViewIfNeeded();
}

/** A mail someone filed into the sync folder by hand: not Blindcopy's. */
async function fileForeignMail(folder: string): Promise<void> {
  const client = new ImapFlow({ ...stack.imapConfig(sam), disableAutoIdle: true });
  client.on('error', () => undefined);
  try {
    await client.connect();
    const raw = `From: Someone <someone@example.test>\r\nTo: ${sam.address}\r\nSubject: Filed here by hand\r\nMessage-ID: <filed-by-hand@example.test>\r\n\r\nHello\r\n`;
    await client.append(folder, raw, ['\\Seen']);
  } finally {
    await closeImapClient(client);
  }
}

/** The first run of a new computer, typed as a user would, through the device's own relays. */
async function firstRun(device: Device): Promise<void> {
  const { page } = device;
  await page.getByRole('heading', { level: 1, name: 'Set up Blindcopy' }).waitFor();
  await typeAccount(page, stack, sam);
  await page.getByRole('button', { name: 'Enter the servers myself' }).click();
  const imap = page.getByTestId('server-imap');
  const smtp = page.getByTestId('server-smtp');
  await imap.getByLabel('Server').fill(stack.host);
  await imap.getByLabel('Port').fill(String(device.ports.imap));
  await smtp.getByLabel('Server').fill(stack.host);
  await smtp.getByLabel('Port').fill(String(device.ports.smtp));
  await page.getByRole('button', { name: 'Test connection' }).click();
  await trustBothServers(page, stack);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { level: 2, name: 'The drop box' }).waitFor();
  await page.getByLabel('In a separate mailbox with its own login').check();
  const login = page.getByTestId('dropbox-login');
  await login.getByLabel('Password of the drop box').fill(crm.password);
  await login.getByRole('button', { name: 'Test the drop box' }).click();
  await login.getByText(`Connected to ${stack.host}`).waitFor();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { level: 2, name: 'Check and save' }).waitFor();
  await page.getByRole('button', { name: 'Save and start' }).click();
}

describe('R8.3 Settings › Copy on your mail server', () => {
  it('R8.3 R10.4 on by default: the folder, what it keeps, and all changes saved', async () => {
    const { page } = devices.device('A');
    await createDeal(page, DEAL);
    await openSection(page);
    expect(await section(page).getByRole('switch', { name: 'Keep my CRM on my mail server' }).getAttribute('aria-checked')).toBe('true');
    expect(await section(page).getByLabel('Folder on the server').inputValue()).toBe('Blindcopy');
    await section(page).getByText('not your mail, which stays where it is', { exact: false }).waitFor();
    await state(page).getByText('All changes saved to the server.').waitFor({ timeout: WAIT_MS });
    await state(page).getByText(/^Last saved at /).waitFor();
    await shoot(section(page), 'settings-replication-1-saved');
  });

  it('R8.3 R10.4 offline: the changes waiting, why, when it tries again, and Retry now', async () => {
    const a = devices.device('A');
    const { page } = a;
    await a.goOffline();
    // a CRM setting is a change like any other (setting.set)
    // (the radio follows the saved setting, a store round trip: click, then wait for it)
    const manually = page.getByTestId('settings-linking').getByLabel('Manually');
    await manually.click();
    await expect.poll(() => manually.isChecked(), { timeout: WAIT_MS }).toBe(true);
    await state(page).getByText('Cannot reach the server: 1 change is kept on this computer and saved when the server is back.').waitFor({ timeout: WAIT_MS });
    const trouble = state(page).getByTestId('replication-trouble');
    const why = (await trouble.getByText(/^Why: /).textContent()) ?? '';
    // the reason in the errors table's words, never a code or a stack
    expect(why).toMatch(/^Why: The mail server (cannot be reached right now|did not answer in time)/);
    await trouble.getByText(/^Blindcopy tries again by itself at /).waitFor();
    await shoot(section(page), 'settings-replication-2-offline');
    // the sidebar: the offline note says it already (no second note)
    await page.getByTestId('offline').waitFor({ timeout: WAIT_MS });

    await a.goOnline();
    await trouble.getByRole('button', { name: 'Retry now' }).click();
    await state(page).getByText('All changes saved to the server.').waitFor({ timeout: WAIT_MS });
    await expect.poll(() => page.getByTestId('replication-note').count()).toBe(0);
  });

  it('R8.3 a message filed into the folder by hand is listed as skipped, with why and when', async () => {
    const { page } = devices.device('A');
    await fileForeignMail('Blindcopy');
    const row = section(page).getByTestId('replication-skipped-row');
    await row.waitFor({ timeout: WAIT_MS });
    expect(await row.getAttribute('data-reason')).toBe('foreign');
    await row.getByText('Not written by Blindcopy (someone filed other mail here)').waitFor();
    await row.getByText(/^Message \d+ · found /).waitFor();
    await section(page).getByText('Nothing of your CRM was lost', { exact: false }).waitFor();
    // the state is unchanged by it
    await state(page).getByText('All changes saved to the server.').waitFor();
    await shoot(section(page), 'settings-replication-3-skipped');
  });
});

describe('R8.3 first run on a new computer', () => {
  it('R8.3 offers to restore the CRM from the mail server, shows the restore, and ends with the deal', async () => {
    const b = await devices.add({ name: 'B', firstRun: true });
    const { page } = b;
    await firstRun(b);
    const offer = page.getByTestId('restore-offer');
    await offer.getByRole('heading', { level: 2, name: 'Your CRM is on the mail server' }).waitFor({ timeout: WAIT_MS });
    await offer.getByText('saved from another computer in the folder Blindcopy.', { exact: false }).waitFor();
    await offer.getByRole('button', { name: 'Start without it' }).waitFor();
    await shoot(page.locator('.first-run-main'), 'settings-replication-4-restore-offer');

    await offer.getByRole('button', { name: 'Restore my CRM from the mail server' }).click();
    await offer.getByText('Your CRM is restored.').waitFor({ timeout: WAIT_MS });
    await shoot(page.locator('.first-run-main'), 'settings-replication-5-restored');
    await offer.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Open Blindcopy' }).click();

    await openView(page, 'Deals');
    await page.getByTestId('view-deals').getByText(DEAL).first().waitFor({ timeout: WAIT_MS });
    // the filed-by-hand message is skipped on this computer too
    await openSection(page);
    await section(page).getByTestId('replication-skipped-row').waitFor({ timeout: WAIT_MS });
    await state(page).getByText('All changes saved to the server.').waitFor({ timeout: WAIT_MS });
    expect(b.pageErrors).toEqual([]);
    expect(devices.device('A').pageErrors).toEqual([]);
  });
});
