/** What the compose tests do in the page: open compose, fill it, send, look at the outbox. */
import type { Locator, Page } from 'playwright-core';

export async function openComposer(page: Page, title = 'New message'): Promise<Locator> {
  await page.getByTestId('compose-open').click();
  const dialog = page.getByRole('dialog', { name: title });
  await dialog.getByRole('button', { name: 'Send' }).waitFor();
  return dialog;
}

/** Types an address into To / Cc / Bcc and turns it into a recipient with Enter. */
export async function addRecipient(dialog: Locator, field: 'To' | 'Cc' | 'Bcc', address: string): Promise<void> {
  const input = dialog.getByLabel(field, { exact: true });
  await input.fill(address);
  await input.press('Enter');
  await dialog.getByTestId(`compose-${field.toLowerCase()}`).getByText(address).waitFor();
}

export async function chooseItem(dialog: Locator, search: string, title: string): Promise<void> {
  await dialog.getByLabel('Deal or lead').fill(search);
  await dialog.getByRole('option', { name: new RegExp(title) }).click();
  await dialog.getByTestId('compose-item').getByText(title).waitFor();
}

export async function writeMessage(dialog: Locator, subject: string, text: string): Promise<void> {
  await dialog.getByLabel('Subject').fill(subject);
  await dialog.getByLabel('Message', { exact: true }).fill(text);
}

/** Send, then wait until compose has closed (the message is in the outbox, or already sent: the note follows it). */
export async function send(page: Page, dialog: Locator): Promise<void> {
  await dialog.getByRole('button', { name: 'Send' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByTestId('compose-queued').getByText(QUEUED_OR_SENT).waitFor();
}

/** The note after Send: in the outbox, then "sent" once the outbox reports it (issue 20.6). */
export const QUEUED_OR_SENT = /^Your message (is in the outbox|was sent)/;

export async function openOutbox(page: Page): Promise<Locator> {
  await page.locator('[data-view="outbox"]').click();
  const panel = page.getByRole('dialog', { name: 'Outbox' });
  await panel.waitFor();
  return panel;
}

export function outboxEntry(panel: Locator, subject: string): Locator {
  return panel.getByRole('listitem', { name: subject, exact: true });
}
