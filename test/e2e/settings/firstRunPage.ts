/** Steps of the first run, driven the way a user would, shared by the first-run tests. */
import type { Page } from 'playwright-core';
import type { MailStack, StackUser } from '../../support/mail-stack';

/** Address, name and password typed; the servers of the stack typed in by hand. */
export async function typeAccount(page: Page, stack: MailStack, user: StackUser): Promise<void> {
  await page.getByLabel('Email address').fill(user.address);
  await page.getByLabel('Your name').fill('Sam Seller');
  await page.getByLabel('Password', { exact: true }).fill(user.password);
}

export async function typeServers(page: Page, stack: MailStack): Promise<void> {
  const imap = page.getByTestId('server-imap');
  const smtp = page.getByTestId('server-smtp');
  await imap.getByLabel('Server').fill(stack.host);
  await imap.getByLabel('Port').fill(String(stack.ports.imaps));
  await smtp.getByLabel('Server').fill(stack.host);
  await smtp.getByLabel('Port').fill(String(stack.ports.smtp));
}

/** Each server shows the stack's self-signed certificate; the user trusts it for that server. */
export async function trustBothServers(page: Page, stack: MailStack): Promise<void> {
  for (const id of ['server-imap', 'server-smtp']) {
    const block = page.getByTestId(id);
    await block.getByRole('button', { name: 'Trust this certificate for this server' }).click();
    await block.getByText(`Connected to ${stack.host}`).waitFor();
  }
}
