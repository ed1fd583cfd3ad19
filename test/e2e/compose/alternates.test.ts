/**
 * R6.2 alternate sender addresses in the real app: added in Settings, the confirmation email
 * arrives in that mailbox; its blindcopy:// link, opened through the core exactly as the Electron
 * shell forwards it (`app:deepLink`), confirms the address and says so; typing the code confirms
 * another one. The confirmed address can then be chosen as the sender in compose.
 */
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import type { TestCore } from '../../support/coreServices';
import { useAppWithAccount } from '../../support/browser/appWithAccount';
import type { StackUser } from '../../support/mail-stack';
import { allSources, eventually } from '../../integration/send/stackAccess';

const { stack, h } = useAppWithAccount();

/** The link and the code of the confirmation email in `user`'s INBOX. */
async function confirmationMail(user: StackUser): Promise<{ link: string; code: string }> {
  const sources = await eventually(async () => {
    const all = await allSources(stack, user, 'INBOX');
    return all.length > 0 ? all : undefined;
  }, 20_000);
  const text = (await simpleParser(sources.at(-1) ?? '')).text ?? '';
  const link = /blindcopy:\/\/confirm-address\?token=\S+/.exec(text)?.[0] ?? '';
  const code = /code[^:]*:\s*([0-9A-Z]{4}-[0-9A-Z]{4})/.exec(text)?.[1] ?? '';
  expect(link).not.toBe('');
  expect(code).not.toBe('');
  return { link, code };
}

async function addAddress(address: string): Promise<void> {
  const section = h.page.locator('#addresses');
  await section.getByLabel('Another address you send from').fill(address);
  await section.getByRole('button', { name: 'Add address' }).click();
  await section.getByText(`A confirmation email is on its way to ${address}.`).waitFor();
}

function addressRow(address: string) {
  return h.page.locator('#addresses').getByRole('listitem').filter({ hasText: address });
}

describe('confirming a sender address', () => {
  it('R6.2 the link in the confirmation email, opened by the shell, confirms the address and says so', async () => {
    const carol = await stack.createUser('carol');
    await h.page.getByRole('navigation').first().getByRole('button', { name: 'Settings' }).click();
    await h.page.getByTestId('settings-view').waitFor();
    await addAddress(carol.address);
    await addressRow(carol.address).getByText('Waiting for confirmation').waitFor();

    const { link } = await confirmationMail(carol);
    (h.core as TestCore).services.deepLinks.receive(link);

    const notice = h.page.getByTestId('deep-link-notice');
    // anyone can make a page open such a link: the app asks before it confirms anything
    await notice.getByText('Confirm a sender address with this link?').waitFor();
    await h.screenshot('alternates-0-link-asks-first');
    expect(await addressRow(carol.address).getByText('Waiting for confirmation').count()).toBe(1);
    await notice.getByRole('button', { name: 'Confirm the address' }).click();
    await notice.getByText('Address confirmed').waitFor();
    await notice.getByText(`Mail from ${carol.address} is now accepted as yours`).waitFor();
    await addressRow(carol.address).getByText('Confirmed').waitFor();
    await h.page.locator('#addresses').evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await h.screenshot('alternates-1-link-confirmed');

    // R6.3 single use: the same link again says so plainly
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    (h.core as TestCore).services.deepLinks.receive(link);
    await notice.getByRole('button', { name: 'Confirm the address' }).click();
    await notice.getByText('This confirmation link does not work').waitFor();
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await notice.waitFor({ state: 'detached' });
  });

  it.each([
    ['of absurd length', `blindcopy://confirm-address?token=${'a'.repeat(26)}&${'x'.repeat(200_000)}`],
    ['of an unknown kind', 'blindcopy://delete-all-mail?now=yes'],
    ['with control characters', 'blindcopy://confirm-address\u0000?token=\r\n'],
  ])('R6.2 a link %s is refused with a message, and the app goes on', async (_what, link) => {
    (h.core as TestCore).services.deepLinks.receive(link);
    const notice = h.page.getByTestId('deep-link-notice');
    await notice.getByText('Blindcopy cannot open this link').waitFor();
    expect(await notice.getByRole('button', { name: 'Confirm the address' }).count()).toBe(0);
    await h.screenshot('alternates-link-refused');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await notice.waitFor({ state: 'detached' });
    expect(h.pageErrors).toEqual([]);
  });

  it('R6.2 typing the code confirms a second address; compose offers both as sender', async () => {
    const dave = await stack.createUser('dave');
    await addAddress(dave.address);
    const { code } = await confirmationMail(dave);
    const row = addressRow(dave.address);
    await row.getByRole('button', { name: 'Enter code' }).click();
    await row.getByLabel('Code from the email').fill(code);
    await row.getByRole('button', { name: 'Confirm' }).click();
    await row.getByText('Confirmed').waitFor();
    await h.screenshot('alternates-2-code-confirmed');

    await h.page.getByTestId('compose-open').click();
    const from = h.page.getByRole('dialog', { name: 'New message' }).getByLabel('From', { exact: true });
    await from.waitFor();
    const options = await from.locator('option').allTextContents();
    expect(options.some((o) => o.includes(dave.address))).toBe(true);
    expect(options.some((o) => o.includes('carol@'))).toBe(true);
    expect(h.pageErrors).toEqual([]);
  });
});
