/**
 * Settings in Chromium against the real core and a real mail stack, with a saved account: the
 * BCC address and its aliases, connection-test failures in words, and the language choice.
 */
import { describe, expect, it } from 'vitest';
import { useAppWithAccount } from '../../support/browser/appWithAccount';

/** R3.4: the drop box's first message carries its server's Authentication-Results, as delivered by an MX. */
const AUTHSERV = 'mx.example.test';

const { stack, sam, crm, h } = useAppWithAccount({
  clipboard: true,
  beforeStart: async ({ stack: s, sam: owner, crm: dropbox }) => {
    const raw = [
      `Authentication-Results: ${AUTHSERV}; dkim=none; spf=none smtp.mailfrom=${owner.address}`,
      `From: Sam <${owner.address}>`,
      'To: Buyer <buyer@external.test>',
      `Bcc: ${dropbox.address}`,
      'Subject: First offer',
      'Message-ID: <first-offer@example.test>',
      'Date: Mon, 06 May 2024 10:00:00 +0000',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'The offer.',
      '',
    ].join('\r\n');
    await s.deliver(dropbox.address, raw, { from: owner.address });
  },
});

/** The app scrolls inside its content pane: a tall window shows the whole settings page at once. */
async function screenshotWhole(name: string): Promise<void> {
  const size = h.page.viewportSize() ?? { width: 1280, height: 800 };
  const height = await h.page.getByTestId('settings-view').evaluate((el) => el.scrollHeight + 60);
  await h.page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
  try {
    await h.screenshot(name);
  } finally {
    await h.page.setViewportSize(size);
  }
}

async function openSettings(name = 'Settings'): Promise<void> {
  await h.page.getByRole('navigation').first().getByRole('button', { name }).click();
  await h.page.getByTestId('settings-view').waitFor();
}

describe('settings', () => {
  it('R1.1 shows the company BCC address with a copy button', async () => {
    await openSettings();
    const bcc = h.page.getByTestId('settings-bcc');
    expect(await bcc.getByTestId('settings-bcc-address').textContent()).toBe(crm.address);
    await bcc.getByRole('button', { name: 'Copy the BCC address' }).click();
    await bcc.getByText('Copied').waitFor();
    expect(await h.page.evaluate(() => navigator.clipboard.readText())).toBe(crm.address);
    await screenshotWhole('settings-1-overview');
  });

  it('a wrong password says so; a stopped server says it cannot be reached', async () => {
    const account = h.page.getByTestId('settings-account');
    const imap = account.getByTestId('server-imap');
    await imap.getByLabel('Password').fill('not-the-password');
    await account.getByRole('button', { name: 'Test connection' }).click();
    await imap.getByText('Wrong user name or password').waitFor();
    await imap.getByText(`${stack.host} refused the login.`, { exact: false }).waitFor();
    // the other servers were not tested: their stored passwords never come back to the window
    await account.getByTestId('missing-passwords').getByText('outgoing mail (SMTP), the drop box').waitFor();
    await screenshotWhole('settings-2-wrong-password');

    await stack.stopImap();
    try {
      await imap.getByLabel('Password').fill(sam.password);
      await account.getByRole('button', { name: 'Test connection' }).click();
      await imap.getByText(`Cannot reach ${stack.host}`).waitFor();
      await imap.getByText(`Nothing answered on port ${stack.ports.imaps}.`, { exact: false }).waitFor();
      await screenshotWhole('settings-3-unreachable');
    } finally {
      await stack.startImap();
    }
    await account.getByRole('button', { name: 'Test connection' }).click();
    await imap.getByText(`Connected to ${stack.host}`).waitFor();
  });

  it('R1.2 a new company domain makes a new address and keeps the old one as an alias', async () => {
    const bcc = h.page.getByTestId('settings-bcc');
    await bcc.getByText('Change the address').click();
    await bcc.getByLabel('Company domain').fill('acme.test');
    await bcc.getByTestId('bcc-preview').getByText('crm@acme.test').waitFor();
    await bcc.getByRole('button', { name: 'Change address' }).click();
    await bcc.getByTestId('settings-bcc-address').getByText('crm@acme.test').waitFor();
    expect(await bcc.getByTestId('bcc-aliases').textContent()).toBe(crm.address);
    const stored = await h.core.dispatch('account:get', {});
    expect(stored).toMatchObject({ ok: true, value: { config: { companyBcc: { address: 'crm@acme.test', aliases: [crm.address] } } } });
    await screenshotWhole('settings-4-alias');
  });

  it('R3.4 the authserv-id learned from the first drop-box message is proposed, confirmed, shown and changeable', async () => {
    const section = h.page.getByTestId('settings-authentication');
    await section.getByTestId('authserv-proposal').getByText(`Proposed from the first message in the drop box: ${AUTHSERV}`).waitFor();
    // nothing is trusted before the user confirms it
    expect(await section.getByTestId('authserv-current').textContent()).toBe('No authserv-id in use yet: the results in the messages are not used.');
    await screenshotWhole('settings-4-authserv-proposed');
    await section.getByTestId('authserv-confirm').click();
    await section.getByTestId('authserv-current').getByText(`In use: ${AUTHSERV}`).waitFor();
    expect(await section.getByTestId('authserv-id').inputValue()).toBe(AUTHSERV);
    expect(await section.getByTestId('authserv-proposal').count()).toBe(0);

    await section.getByTestId('authserv-id').fill('MX2.Example.Test');
    await section.getByTestId('authserv-save').click();
    await section.getByTestId('authserv-current').getByText('In use: mx2.example.test').waitFor();
    await section.getByTestId('authserv-id').fill('two words');
    await section.getByTestId('authserv-save').click();
    await section.getByText('Enter a server name without spaces or quotes', { exact: false }).waitFor();
    await screenshotWhole('settings-5-authserv-confirmed');
  });

  it('R10.3 switching to German changes the interface at once and survives a reload', async () => {
    await h.page.getByLabel('Language of Blindcopy').selectOption('de');
    await h.page.getByRole('heading', { level: 1, name: 'Einstellungen' }).waitFor();
    await h.page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor();
    expect(await h.page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await h.page.evaluate(() => localStorage.getItem('blindcopy.language'))).toBe('de');

    // a real reload: leave the page, then open the app's URL again (it carries the bridge token
    // in its fragment; going to it from the app itself would only change the fragment)
    await h.page.goto('about:blank');
    await h.page.goto(h.server.url);
    await h.page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor();
    await openSettings('Einstellungen');
    await h.page.getByRole('heading', { level: 2, name: 'BCC-Adresse der Firma' }).waitFor();
    expect(await h.page.getByLabel('Sprache von Blindcopy').inputValue()).toBe('de');
    await screenshotWhole('settings-5-german');
    expect(h.pageErrors).toEqual([]);
  });

  it('follows the dark appearance of the system', async () => {
    await h.page.emulateMedia({ colorScheme: 'dark' });
    try {
      const background = await h.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe('rgb(27, 27, 29)');
      await screenshotWhole('settings-6-dark');
    } finally {
      await h.page.emulateMedia({ colorScheme: 'light' });
    }
  });
});
