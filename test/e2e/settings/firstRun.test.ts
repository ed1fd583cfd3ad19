/**
 * The first run in Chromium against the real core and a real mail stack: the address, no
 * autodiscovery for 127.0.0.1, servers typed in, the stack's self-signed certificate shown and
 * trusted once for both servers (R8.2), a separate drop-box login, saved, and the BCC address copied.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountView } from '../../../shared/settings/accountConfig';
import { failure } from '../../../shared/failures/failure';
import { startHarness, type Harness } from '../../support/browser/harness';
import { createTestCore, testAdapters } from '../../support/coreServices';
import { startMailStack, type MailStack, type StackUser } from '../../support/mail-stack';
import { sampleDropboxMail } from '../../support/demo/sampleMail';
import { trustBothServers, typeAccount, typeServers } from './firstRunPage';

let stack: MailStack;
let sam: StackUser;
let crm: StackUser;
let h: Harness;

beforeAll(async () => {
  stack = await startMailStack();
  sam = await stack.createUser('sam');
  crm = await stack.createUser('crm');
  // mail already waiting in the drop box: the first run must end on a synced inbox
  const [offer] = sampleDropboxMail(sam.address, crm.address, stack.domain);
  if (offer) await stack.deliver(crm.address, offer.raw);
  h = await startHarness();
  await h.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.server.origin });
});

afterAll(async () => {
  await h?.close();
  await stack?.stop();
});

describe('first run', () => {
  it('R1.1 from the address to saved settings: manual servers, trusted certificate, drop-box login, BCC address copied', async () => {
    const { page } = h;
    await page.getByRole('heading', { level: 1, name: 'Set up Blindcopy' }).waitFor();
    await h.screenshot('settings-first-run-1-start');

    await typeAccount(page, stack, sam);
    await page.getByRole('button', { name: 'Find my servers' }).click();
    await page.getByTestId('discovery-result').getByText(`No server settings found for ${stack.domain}`).waitFor();

    const imap = page.getByTestId('server-imap');
    const smtp = page.getByTestId('server-smtp');
    // the user names follow the address; the ports start at the usual ones
    expect(await imap.getByLabel('User name').inputValue()).toBe(sam.address);
    expect(await smtp.getByLabel('Port').inputValue()).toBe('587');
    await typeServers(page, stack);
    await h.screenshot('settings-first-run-2-manual-servers');

    await page.getByRole('button', { name: 'Test connection' }).click();
    await imap.getByText(`The certificate of ${stack.host} is not trusted`).waitFor();
    await smtp.getByText(`The certificate of ${stack.host} is not trusted`).waitFor();
    expect(await imap.getByTestId('certificate-sha256').textContent()).toBe(stack.certFingerprint256);
    expect(await smtp.getByTestId('certificate-sha256').textContent()).toBe(stack.certFingerprint256);
    await imap.getByText('CN=localhost').first().waitFor();
    expect(await page.getByRole('button', { name: 'Continue' }).isDisabled()).toBe(true);
    await h.screenshot('settings-first-run-3-untrusted-certificate');

    await trustBothServers(page, stack);
    await imap.getByText(/\d+ folders found/).waitFor();
    await h.screenshot('settings-first-run-4-connected');
    await page.getByRole('button', { name: 'Continue' }).click();

    // Step 2: the company BCC address follows the account's domain; the drop box is its own login
    const dropboxHeading = page.getByRole('heading', { level: 2, name: 'The drop box' });
    await dropboxHeading.waitFor();
    expect(await dropboxHeading.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.getByTestId('bcc-preview').textContent()).toBe(crm.address);
    await page.getByLabel('In a separate mailbox with its own login').check();
    const login = page.getByTestId('dropbox-login');
    expect(await login.getByLabel('Server').inputValue()).toBe(stack.host);
    expect(await login.getByLabel('User name').inputValue()).toBe(crm.address);
    await login.getByLabel('Password of the drop box').fill(crm.password);
    await login.getByRole('button', { name: 'Test the drop box' }).click();
    // the certificate trusted for this host and port holds for the drop box's login too
    await login.getByText(`Connected to ${stack.host}`).waitFor();
    await h.screenshot('settings-first-run-5-dropbox');
    await page.getByRole('button', { name: 'Continue' }).click();

    // Step 3: the summary, then save
    await page.getByRole('heading', { level: 2, name: 'Check and save' }).waitFor();
    await page.getByText(`${crm.address} on ${stack.host}, port ${stack.ports.imaps} (TLS), folder “INBOX”`).waitFor();
    await h.screenshot('settings-first-run-6-summary');
    await page.getByRole('button', { name: 'Save and start' }).click();

    await page.getByRole('heading', { level: 2, name: 'Blindcopy is ready' }).waitFor();
    expect(await page.getByTestId('bcc-address').textContent()).toBe(crm.address);
    await page.getByRole('button', { name: 'Copy the BCC address' }).click();
    await page.getByRole('status').getByText('Copied').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(crm.address);
    await h.screenshot('settings-first-run-7-done');

    // what main stored: servers with their pinned certificate, passwords in the keychain only
    const stored = await h.core.dispatch('account:get', {});
    if (!stored.ok) throw new Error(stored.error.message);
    const view = stored.value as AccountView;
    expect(view.hasPassword).toEqual({ imap: true, smtp: true, dropbox: true });
    expect(view.config).toMatchObject({
      email: sam.address,
      displayName: 'Sam Seller',
      imap: { host: stack.host, port: stack.ports.imaps, tls: 'implicit', pinnedCertificate: { sha256: stack.certFingerprint256 } },
      smtp: { host: stack.host, port: stack.ports.smtp, tls: 'starttls', pinnedCertificate: { sha256: stack.certFingerprint256 } },
      dropbox: { mode: 'login', mailbox: 'INBOX', server: { user: crm.address, pinnedCertificate: { sha256: stack.certFingerprint256 } } },
      companyBcc: { address: crm.address, aliases: [] },
    });
    // passwords are gone from the page once saved
    const html = await page.content();
    expect(html).not.toContain(sam.password);
    expect(html).not.toContain(crm.password);

    await page.getByRole('button', { name: 'Open Blindcopy' }).click();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    // R3.1 capture started with the saved account: the waiting mail is in the inbox
    await page.getByTestId('view-inbox').getByText('Offer for 40 licences').first().waitFor({ timeout: 20_000 });
    await h.screenshot('settings-first-run-8-synced-inbox');
    expect(h.pageErrors).toEqual([]);
  });

  it('R8.2 without a keychain nothing is saved, and the first run says so plainly', async () => {
    const refusing = testAdapters({
      secrets: {
        set: () => Promise.reject(failure('keychain-unavailable', 'only the basic_text backend is available')),
        get: () => Promise.resolve(undefined),
        delete: () => Promise.resolve(),
      },
    });
    const bare = await startHarness({ core: await createTestCore(refusing) });
    try {
      const { page } = bare;
      await page.getByRole('heading', { level: 1, name: 'Set up Blindcopy' }).waitFor();
      await typeAccount(page, stack, sam);
      await page.getByRole('button', { name: 'Enter the servers myself' }).click();
      await typeServers(page, stack);
      await page.getByRole('button', { name: 'Test connection' }).click();
      await trustBothServers(page, stack);
      await page.getByRole('button', { name: 'Continue' }).click();
      // the drop box as a folder of the account, picked from the folders the test listed
      await page.getByLabel('Folder', { exact: true }).selectOption('INBOX');
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByText('Folder “INBOX” of your mailbox').waitFor();
      await page.getByRole('button', { name: 'Save and start' }).click();

      const failure = page.getByTestId('save-failure');
      await failure.getByText('Nothing was saved: the system keychain is not available').waitFor();
      await failure.getByText('install and unlock GNOME Keyring or KWallet', { exact: false }).waitFor();
      expect(await page.getByRole('heading', { level: 2, name: 'Check and save' }).count()).toBe(1);
      await bare.screenshot('settings-first-run-8-no-keychain');
      const stored = await bare.core.dispatch('account:get', {});
      expect(stored).toMatchObject({ ok: true, value: { hasPassword: { imap: false, smtp: false, dropbox: false } } });
      expect(stored.ok && (stored.value as AccountView).config).toBeUndefined();
    } finally {
      await bare.close();
    }
  });

  it.each([
    ['de-DE', 'Blindcopy einrichten', 'Server selbst eingeben', 'Posteingangsserver (IMAP)'],
    ['sv-SE', 'Konfigurera Blindcopy', 'Ange servrarna själv', 'Inkommande e-post (IMAP)'],
    ['it-IT', 'Configura Blindcopy', 'Inserisco io i server', 'Posta in arrivo (IMAP)'],
    ['nb-NO', 'Sett opp Blindcopy', 'Skriv inn serverne selv', 'Innkommende e-post (IMAP)'],
  ])('R10.3 the first run speaks the system language (%s)', async (locale, title, manual, imapTitle) => {
    const local = await startHarness({ locale });
    try {
      await local.page.getByRole('heading', { level: 1, name: title }).waitFor();
      await local.page.getByRole('button', { name: manual }).click();
      await local.page.getByRole('heading', { level: 3, name: imapTitle }).waitFor();
      await local.screenshot(`settings-first-run-${locale}`);
      expect(local.pageErrors).toEqual([]);
    } finally {
      await local.close();
    }
  });
});
