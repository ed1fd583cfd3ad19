/**
 * What the replication tests (R8.3) do on a device the way a user does it, through the UI that
 * exists: the Deals view (new deal, fields edited in place) and the inbox's link panel (link to an
 * existing item by hand, unlink by hand).
 */
import type { Locator, Page } from 'playwright-core';
import { inboxPage } from '../inbox/inboxPage';

export async function openView(page: Page, name: 'Inbox' | 'Deals'): Promise<void> {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name, exact: true }).click();
}

export const itemDetail = (page: Page): Locator => page.getByTestId('item-detail');

/** The Deals view's list (choosing the view it already shows keeps its open record: back to the list then). */
async function dealList(page: Page): Promise<void> {
  await openView(page, 'Deals');
  const back = itemDetail(page).getByRole('button', { name: 'All deals' });
  if (await back.isVisible()) await back.click();
}

/** A new deal from the Deals view; its page is open afterwards. */
export async function createDeal(page: Page, title: string): Promise<void> {
  await dealList(page);
  await page.getByRole('button', { name: 'New deal' }).click();
  const form = page.getByTestId('new-item-form');
  await form.getByLabel('Title').fill(title);
  await form.getByRole('button', { name: 'Create deal' }).click();
  await itemDetail(page).getByRole('heading', { level: 2, name: title }).waitFor();
}

/** The deal's row in the Deals view (open deals), then its page. */
export async function openDeal(page: Page, title: string): Promise<void> {
  await dealList(page);
  await page.getByTestId('item-row').filter({ hasText: title }).getByRole('button', { name: title, exact: true }).click();
  await itemDetail(page).getByRole('heading', { level: 2, name: title }).waitFor();
}

/** Edits a text field of the open item in place ('Title', 'Stage'): Edit, type, Enter. */
export async function editField(page: Page, field: 'Title' | 'Stage', value: string): Promise<void> {
  const detail = itemDetail(page);
  await detail.getByRole('button', { name: `Edit ${field}`, exact: true }).click();
  const input = detail.getByLabel(field, { exact: true });
  await input.fill(value);
  await input.press('Enter');
  await detail.getByRole('button', { name: `Edit ${field}`, exact: true }).waitFor();
}

/** Sets the open deal's value (amount in euros). */
export async function editValue(page: Page, amount: string, shown: string): Promise<void> {
  const detail = itemDetail(page);
  await detail.getByRole('button', { name: 'Edit Value', exact: true }).click();
  await detail.getByLabel('Currency').selectOption('EUR');
  const input = detail.getByLabel('Value', { exact: true });
  await input.fill(amount);
  await input.press('Enter');
  await detail.getByTestId('deal-value').getByText(shown, { exact: true }).waitFor();
}

/** Links the conversation to an existing item by hand, from the inbox's link panel. */
export async function linkByHand(page: Page, subject: string, itemTitle: string): Promise<void> {
  await openView(page, 'Inbox');
  const ui = inboxPage(page);
  await ui.open(subject);
  const picker = ui.panel.getByTestId('link-existing');
  await picker.getByRole('combobox').fill(itemTitle);
  await picker.getByRole('option', { name: new RegExp(itemTitle) }).click();
  await ui.panel.getByTestId('linked-item').getByTestId('linked-item-title').getByText(itemTitle, { exact: true }).waitFor();
}

/** Unlinks the conversation by hand, from the inbox's link panel. */
export async function unlinkByHand(page: Page, subject: string): Promise<void> {
  await openView(page, 'Inbox');
  const ui = inboxPage(page);
  await ui.open(subject);
  await ui.panel.getByTestId('unlink').click();
  await ui.panel.getByText('You unlinked this conversation', { exact: false }).waitFor();
}

/** Shares a conversation on the open item's page by hand (R5.4). */
export async function shareOnItem(page: Page, subject: string): Promise<void> {
  const row = itemDetail(page).getByTestId('item-email').getByTestId('thread-row').filter({ hasText: subject });
  const toggle = row.getByRole('switch', { name: 'Shared' });
  await toggle.click();
  await row.locator('[data-testid="thread-shared"][aria-checked="true"]').waitFor();
}
