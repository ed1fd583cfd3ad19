/**
 * R3.8 in Chromium against the real core and a real mail stack, with sync on (R7): mail from an
 * address of the user that Blindcopy does not know yet is held with advice that fits (add it as
 * an alternate address; a stranger is not told so), "Open Settings" opens the sender addresses,
 * and confirming the address through the real confirmation mail releases the held message into
 * the inbox within seconds, without a manual Accept. Blindcopy's own confirmation mail, landing
 * in a synced folder, never becomes a CRM conversation.
 */
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import type { TestCore } from '../../support/coreServices';
import { useAppWithAccount } from '../../support/browser/appWithAccount';
import { countRows, waitForRows } from '../../support/browser/pageDb';
import type { StackUser } from '../../support/mail-stack';
import { allSources, eventually } from '../../integration/send/stackAccess';
import { rawMail } from './mail';
import { expectAccessible, openView, screenshotWhole } from './page';

const CAPTURE_MS = 30_000;
/** R3.8 "within seconds": from the confirmation to the message in the inbox */
const RELEASE_MS = 10_000;
const CONFIRMATION_SUBJECT = 'Confirm your address for Blindcopy';

const { stack, sam, crm, h } = useAppWithAccount({ account: { sync: { enabled: true, folders: 'all', sinceDays: 30 } } });

const rows = () => h.page.getByTestId('rejected-view').getByTestId('rejected-row');

/** The raw confirmation email in `user`'s INBOX, and its link and code. */
async function confirmationMail(user: StackUser): Promise<{ link: string; code: string; raw: string }> {
  const raw = await eventually(async () => (await allSources(stack, user, 'INBOX')).find((s) => s.includes(CONFIRMATION_SUBJECT)), 20_000);
  const text = (await simpleParser(raw)).text ?? '';
  const link = /blindcopy:\/\/confirm-address\?token=\S+/.exec(text)?.[0] ?? '';
  const code = /code[^:]*:\s*([0-9A-Z]{4}-[0-9A-Z]{4})/.exec(text)?.[1] ?? '';
  expect(link).not.toBe('');
  return { link, code, raw };
}

async function addAddress(address: string): Promise<void> {
  const section = h.page.locator('#addresses');
  await section.getByLabel('Another address you send from').fill(address);
  await section.getByRole('button', { name: 'Add address' }).click();
  await section.getByText(`A confirmation email is on its way to ${address}.`).waitFor();
}

describe('held mail comes in when its sender is confirmed', () => {
  it('R3.8 mail from an unknown address of the user is released automatically once that address is confirmed; a stranger is not told to add themselves', async () => {
    const home = await stack.createUser('samhome');
    await stack.deliver(crm.address, rawMail({ from: `Sam Seller <${home.address}>`, to: 'Jane Roe <jane@customer.test>', subject: 'Quote from my phone' }), { from: home.address });
    await stack.deliver(crm.address, rawMail({ from: 'Mallory Stranger <mallory@elsewhere.test>', to: crm.address, subject: 'Cheap watches' }), { from: 'mallory@elsewhere.test' });

    await openView(h, 'Rejected');
    const own = rows().filter({ hasText: 'Quote from my phone' });
    const stranger = rows().filter({ hasText: 'Cheap watches' });
    await own.waitFor({ timeout: CAPTURE_MS });
    await stranger.waitFor({ timeout: CAPTURE_MS });
    expect(await own.getByTestId('rejected-reason').textContent()).toBe('Why Sent from an address that is not one of yours.');
    expect(await own.getByTestId('rejected-advice').textContent()).toBe(
      'If this address is yours, add it as an alternate address in Settings: once it is confirmed, its mail comes in by itself.',
    );
    expect(await stranger.getByTestId('rejected-advice').textContent()).toBe('It was not sent by you. Accept it only if it belongs in your CRM.');
    expect(await stranger.getByRole('button', { name: 'Open Settings' }).count()).toBe(0);
    await screenshotWhole(h, 'held-release-1-advice');
    await expectAccessible(h);

    // "Open Settings" opens the sender addresses
    await own.getByRole('button', { name: 'Open Settings' }).click();
    await h.page.waitForFunction(() => document.activeElement?.id === 'addresses-title');
    await addAddress(home.address);
    const { link } = await confirmationMail(home);
    expect(await countRows(h.page, 'threads')).toBe(0);

    const confirmedAt = Date.now();
    (h.core as TestCore).services.deepLinks.receive(link);
    // a link from outside confirms only once the user says so (R6.2)
    await h.page.getByTestId('deep-link-notice').getByRole('button', { name: 'Confirm the address' }).click();
    await h.page.getByTestId('deep-link-notice').getByText('Address confirmed').waitFor();
    await waitForRows(h.page, 'threads', (n) => n === 1, RELEASE_MS);
    const releasedMs = Date.now() - confirmedAt;
    expect(releasedMs).toBeLessThan(RELEASE_MS);

    await openView(h, 'Inbox');
    await h.page.getByTestId('inbox-row').filter({ hasText: 'Quote from my phone' }).waitFor();
    await h.screenshot('held-release-2-in-inbox');
    await openView(h, 'Rejected');
    await stranger.waitFor();
    expect(await own.count()).toBe(0);
    await screenshotWhole(h, 'held-release-3-rejected-after');
    await expectAccessible(h);
  });

  it('R3.8 Blindcopy\'s confirmation mail, landing in a synced folder, never becomes a CRM conversation', async () => {
    // sam's own sub-address: the confirmation mail is delivered to sam's INBOX, which is synced
    const alias = sam.address.replace('@', '+phone@');
    await openView(h, 'Settings');
    await addAddress(alias);
    const { code, raw } = await confirmationMail(sam);
    expect(raw).toMatch(/^X-Blindcopy-Purpose: address-confirmation\r?$/m);
    const row = h.page.locator('#addresses').getByRole('listitem').filter({ hasText: alias });
    await row.getByRole('button', { name: 'Enter code' }).click();
    await row.getByLabel('Code from the email').fill(code);
    await row.getByRole('button', { name: 'Confirm' }).click();
    await row.getByText('Confirmed').waitFor();

    // a customer's mail after it in the same folder: once that is in, the confirmation mail was seen
    const messagesBefore = await countRows(h.page, 'messages');
    await stack.deliver(sam.address, rawMail({ from: 'Jane Roe <jane@customer.test>', to: sam.address, subject: 'Delivery dates for March' }), { from: 'jane@customer.test' });
    await waitForRows(h.page, 'messages', (n) => n === messagesBefore + 1, CAPTURE_MS);
    await openView(h, 'Inbox');
    await h.page.getByTestId('inbox-row').filter({ hasText: 'Delivery dates for March' }).first().waitFor();
    expect(await h.page.getByTestId('inbox-row').filter({ hasText: CONFIRMATION_SUBJECT }).count()).toBe(0);
    await openView(h, 'Rejected');
    await h.page.getByTestId('rejected-view').waitFor();
    await h.page.getByTestId('rejected-view').locator('[aria-busy="true"]').waitFor({ state: 'detached' });
    expect(await rows().filter({ hasText: CONFIRMATION_SUBJECT }).count()).toBe(0);
    expect(await countRows(h.page, 'messages')).toBe(messagesBefore + 1);
    await h.screenshot('held-release-4-no-confirmation-mail');
    expect(h.pageErrors).toEqual([]);
  });
});
