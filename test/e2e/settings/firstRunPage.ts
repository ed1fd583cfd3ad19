/** Steps of the first run, driven the way a user would, shared by the first-run tests. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
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

/**
 * R8.2: both servers show the stack's self-signed certificate; the user trusts it once, for IMAP,
 * and SMTP, presenting the very same certificate, is trusted with it without asking again.
 */
export async function trustBothServers(page: Page, stack: MailStack): Promise<void> {
  const imap = page.getByTestId('server-imap');
  const smtp = page.getByTestId('server-smtp');
  await imap.getByRole('button', { name: 'Trust this certificate for this server' }).click();
  await imap.getByText(`Connected to ${stack.host}`).waitFor();
  await smtp.getByText(`Connected to ${stack.host}`).waitFor();
  expect(await smtp.getByRole('button', { name: 'Trust this certificate for this server' }).count()).toBe(0);
}
