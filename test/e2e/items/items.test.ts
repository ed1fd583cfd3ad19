/**
 * The item views in Chromium against the real core, a real mail stack and real capture: a deal
 * made in the Deals view, its own address (R1.3) copied and mailed to (R1.4), linking while it is
 * open (R4.4) and not after it is won (R4.5), linking and unlinking by hand (R4.10), sharing a
 * conversation (R5.4), and a person's page with their conversations.
 */
import { describe, expect, it } from 'vitest';
import { useAppWithAccount } from '../../support/browser/appWithAccount';
import { startHarness } from '../../support/browser/harness';
import { createTestCore } from '../../support/coreServices';
import { seedAccount } from '../../support/stackAccount';
import { rawMail } from './mail';
import { createOrganization, expectAccessible, joinOrganization, openView, screenshotWhole } from './page';

const CAPTURE_MS = 30_000;
const DEAL = 'Licences for Customer AG';
const JANE = 'Jane Roe <jane.roe@customer.test>';

const { stack, sam, crm, h } = useAppWithAccount({ clipboard: true });
let dealAddress = '';

/**
 * Sam's mail to Jane, as it reaches the drop box: to the company address or to an item address.
 * A Date header counts whole seconds; waiting for the next one keeps the message from looking
 * older than an item made a moment before (R4.6 would rightly leave it alone then).
 */
async function samWrites(subject: string, dropbox: string): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 1010 - (Date.now() % 1000)));
  await stack.deliver(dropbox, rawMail({ from: `Sam Seller <${sam.address}>`, to: JANE, subject }), { from: sam.address });
}

const detail = () => h.page.getByTestId('item-detail');
const dealThreads = () => detail().getByTestId('item-email').getByTestId('thread-row');

describe('deals', () => {
  it('R1.3 R1.4 a new deal shows its own address, copies it, and mail BCC’d to it lands on the deal', async () => {
    const { page } = h;
    await openView(h, 'Deals');
    await page.getByText('No deals yet.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'New deal' }).click();
    const form = page.getByTestId('new-item-form');
    await form.getByLabel('Title').fill(DEAL);
    await form.getByLabel('Value').fill('12,000');
    await form.getByLabel('Currency').selectOption('EUR');
    await screenshotWhole(h, 'items-0-new-deal');
    await expectAccessible(h);
    await form.getByRole('button', { name: 'Create deal' }).click();

    await detail().getByRole('heading', { level: 2, name: DEAL }).waitFor();
    expect(await detail().getByTestId('item-status').textContent()).toBe('Open');
    expect(await detail().getByTestId('deal-value').textContent()).toBe('€12,000.00');
    dealAddress = (await detail().getByTestId('item-address').textContent()) ?? '';
    expect(dealAddress).toMatch(new RegExp(`^crm\\+d-[0-9a-z]{20,}@${stack.domain.replace(/\./g, '\\.')}$`));
    await detail().getByText('BCC this address and the mail lands on this deal.').waitFor();
    await detail().getByRole('button', { name: 'Copy the deal’s address' }).click();
    await detail().getByText('Copied').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(dealAddress);

    await samWrites('Offer for 40 licences', dealAddress);
    const row = dealThreads().filter({ hasText: 'Offer for 40 licences' });
    await row.waitFor({ timeout: CAPTURE_MS });
    await row.getByText('Linked by the deal’s address').waitFor();
    await row.getByText('Jane Roe').waitFor();
    await screenshotWhole(h, 'items-1-deal-item-address');
    await expectAccessible(h);
  });

  it('R5.4 a conversation on the deal is shared and made private again, one by one', async () => {
    const toggle = dealThreads().filter({ hasText: 'Offer for 40 licences' }).getByRole('switch', { name: 'Shared' });
    expect(await toggle.getAttribute('aria-checked')).toBe('false');
    await toggle.click();
    await h.page.waitForFunction(() => document.querySelector('[data-testid="thread-shared"]')?.getAttribute('aria-checked') === 'true');
    await toggle.click();
    await h.page.waitForFunction(() => document.querySelector('[data-testid="thread-shared"]')?.getAttribute('aria-checked') === 'false');
  });

  it('R4.4 R4.5 with Jane as its person the open deal takes her new mail; once won it does not', async () => {
    const { page } = h;
    await detail().getByRole('button', { name: 'Choose Person' }).click();
    await detail().getByRole('combobox', { name: 'Person' }).fill('jane');
    await page.getByRole('option', { name: /Jane Roe/ }).waitFor();
    await expectAccessible(h);
    await page.getByRole('option', { name: /Jane Roe/ }).click();
    await detail().getByTestId('item-person').getByRole('button', { name: 'Jane Roe', exact: true }).waitFor();

    // open: a new conversation with Jane is linked to her only open deal
    await samWrites('Pricing question', crm.address);
    const pricing = dealThreads().filter({ hasText: 'Pricing question' });
    await pricing.waitFor({ timeout: CAPTURE_MS });
    await pricing.getByText('Linked automatically: the only open deal of Jane Roe').waitFor();

    // won: the status shows, and the page says what that means for new mail
    await detail().getByRole('button', { name: 'Mark as won' }).click();
    await detail().getByTestId('item-status').getByText('Won').waitFor();
    const notice = detail().getByTestId('closed-notice');
    await notice.getByText('This deal is won.').waitFor();
    await notice.getByText('New mail is no longer linked to it automatically.', { exact: false }).waitFor();
    await detail().getByRole('button', { name: 'Reopen' }).waitFor();

    // a new conversation with Jane after that: captured (it is on her page), not on the deal
    await samWrites('Training dates', crm.address);
    await detail().getByTestId('item-person').getByRole('button', { name: 'Jane Roe', exact: true }).click();
    const person = page.getByTestId('person-detail');
    await person.getByRole('heading', { level: 2, name: 'Jane Roe' }).waitFor();
    const training = person.getByTestId('record-thread-list').getByTestId('thread-row').filter({ hasText: 'Training dates' });
    await training.waitFor({ timeout: CAPTURE_MS });
    await training.getByText('Not linked').waitFor();

    // back on the deal: its two conversations, not the new one
    await person.getByTestId('record-thread-list').getByTestId('thread-row').filter({ hasText: 'Pricing question' }).getByRole('button', { name: DEAL }).click();
    await detail().getByRole('heading', { level: 2, name: DEAL }).waitFor();
    await dealThreads().first().waitFor();
    expect((await dealThreads().allTextContents()).map((text) => text.includes('Training dates'))).toEqual([false, false]);
    expect(await dealThreads().count()).toBe(2);
    await screenshotWhole(h, 'items-2-deal-won');
    await expectAccessible(h);
  });

  it('R4.10 a conversation is linked to the won deal by hand, then unlinked', async () => {
    const { page } = h;
    await detail().getByRole('button', { name: 'Link a conversation' }).click();
    const panel = detail().getByTestId('link-thread-panel');
    await panel.getByRole('searchbox', { name: 'Find a conversation' }).fill('training');
    await panel.getByRole('button', { name: 'Link here: “Training dates”' }).waitFor();
    await screenshotWhole(h, 'items-3-link-panel');
    await expectAccessible(h);
    await panel.getByRole('button', { name: 'Link here: “Training dates”' }).click();
    const training = dealThreads().filter({ hasText: 'Training dates' });
    await training.getByText('Linked by you').waitFor();
    await detail().getByRole('status').getByText('“Training dates” is now linked here.').waitFor();

    await training.getByRole('button', { name: 'Unlink: “Training dates”' }).click();
    // said by the undo toast (issue 20.6), which offers to take it back
    await h.page.getByTestId('undo-toast').getByRole('status').getByText(`Conversation unlinked from “${DEAL}”`).waitFor();
    // the list follows the store (a live query), a moment after the notice
    await expect.poll(() => dealThreads().count()).toBe(2);

    // the list: value, person, two conversations, won
    await detail().getByRole('button', { name: 'All deals' }).click();
    await page.getByLabel('Show').selectOption('won');
    const listRow = page.getByTestId('item-row').filter({ hasText: DEAL });
    await listRow.waitFor();
    expect(await listRow.locator('td').allTextContents()).toEqual(['✓Won', '€12,000.00', 'Jane Roe', '2', expect.any(String)]);
    await screenshotWhole(h, 'items-3-deals-list-won');
    await expectAccessible(h);
  });
});

describe('people', () => {
  it('a person’s page lists their conversations and their deal; the people list counts them', async () => {
    const { page } = h;
    await openView(h, 'People');
    const row = page.getByTestId('person-row').filter({ hasText: 'Jane Roe' });
    await row.waitFor();
    expect(await row.locator('td').allTextContents()).toEqual(['jane.roe@customer.test', '', '3', expect.any(String)]);
    await row.getByRole('button', { name: 'Jane Roe', exact: true }).click();

    const person = page.getByTestId('person-detail');
    await person.getByRole('heading', { level: 2, name: 'Jane Roe' }).waitFor();
    await person.getByTestId('person-addresses').getByText('jane.roe@customer.test').waitFor();
    await person.getByTestId('record-items').getByRole('button', { name: DEAL }).waitFor();
    const threads = person.getByTestId('record-thread-list').getByTestId('thread-row');
    await threads.nth(2).waitFor();
    const subjects = await threads.locator('.rec-thread-subject').allTextContents();
    expect(subjects).toEqual(['Training dates', 'Pricing question', 'Offer for 40 licences']);

    // a second address, made the primary one
    await person.getByLabel('Another address').fill('jane@customer-group.test');
    await person.getByRole('button', { name: 'Add address' }).click();
    await person.getByRole('button', { name: 'Make primary: jane@customer-group.test' }).click();
    await person.getByTestId('person-addresses').locator('li').first().getByText('jane@customer-group.test').waitFor();
    await screenshotWhole(h, 'items-4-person');
    await expectAccessible(h);
    expect(h.pageErrors).toEqual([]);
  });
});

describe('leads, projects and organizations', () => {
  it('R4.3 R4.4 an organization gets its people’s new mail; a lead takes it and, converted, hands it to a new deal', async () => {
    const { page } = h;
    await createOrganization(h, 'Customer AG');

    // Jane joins it
    const person = await joinOrganization(h, 'Jane Roe', 'cust', 'Customer AG');
    await person.getByRole('button', { name: 'Customer AG', exact: true }).waitFor();

    // a lead for Jane: her organization comes along
    await openView(h, 'Leads');
    await page.getByRole('button', { name: 'New lead' }).click();
    const form = page.getByTestId('new-item-form');
    await form.getByLabel('Title').fill('Follow-up at Customer AG');
    await form.getByRole('combobox', { name: 'Person' }).fill('jane');
    await page.getByRole('option', { name: /Jane Roe/ }).click();
    await form.getByText('Customer AG').waitFor();
    await form.getByRole('button', { name: 'Create lead' }).click();
    await detail().getByRole('heading', { level: 2, name: 'Follow-up at Customer AG' }).waitFor();
    await detail().getByText('BCC this address and the mail lands on this lead.').waitFor();

    // the deal is won, so the lead is Jane's only open item: her new mail goes there
    await samWrites('Follow-up meeting', crm.address);
    const meeting = dealThreads().filter({ hasText: 'Follow-up meeting' });
    await meeting.waitFor({ timeout: CAPTURE_MS });
    await meeting.getByText('Linked automatically: the only open lead of Jane Roe').waitFor();
    await screenshotWhole(h, 'items-5-lead');
    await expectAccessible(h);

    // converted: a new deal with the lead's person, organization and conversation
    await detail().getByRole('button', { name: 'Convert to deal' }).click();
    await page.getByTestId('view-deals').waitFor();
    await detail().getByRole('heading', { level: 2, name: 'Follow-up at Customer AG' }).waitFor();
    expect(await detail().getByTestId('item-status').textContent()).toBe('Open');
    await dealThreads().filter({ hasText: 'Follow-up meeting' }).getByText('Linked by you').waitFor();

    // the organization: its people and their new conversation
    await detail().getByRole('button', { name: 'Customer AG', exact: true }).click();
    const organization = page.getByTestId('organization-detail');
    await organization.getByTestId('organization-persons').getByRole('button', { name: 'Jane Roe' }).waitFor();
    const orgThread = organization.getByTestId('record-thread-list').getByTestId('thread-row').filter({ hasText: 'Follow-up meeting' });
    await orgThread.getByRole('button', { name: 'Follow-up at Customer AG' }).waitFor();
    await screenshotWhole(h, 'items-6-organization');
    await expectAccessible(h);
  });

  it('R4.5 a project is closed and reopened', async () => {
    const { page } = h;
    await openView(h, 'Projects');
    await page.getByRole('button', { name: 'New project' }).click();
    await page.getByTestId('new-item-form').getByLabel('Title').fill('Onboarding Customer AG');
    await page.getByRole('button', { name: 'Create project' }).click();
    await detail().getByRole('heading', { level: 2, name: 'Onboarding Customer AG' }).waitFor();
    expect(await detail().getByTestId('item-address-section').count()).toBe(0);
    await detail().getByRole('button', { name: 'Close project' }).click();
    await detail().getByTestId('item-status').getByText('Closed').waitFor();
    await detail().getByTestId('closed-notice').getByText('You can still link conversations by hand.', { exact: false }).waitFor();
    await screenshotWhole(h, 'items-7-project-closed');
    await detail().getByRole('button', { name: 'Reopen' }).click();
    await detail().getByTestId('item-status').getByText('Open').waitFor();
    expect(await detail().getByTestId('closed-notice').count()).toBe(0);
    expect(h.pageErrors).toEqual([]);
  });
});

describe('in German', () => {
  it('R10.3 a deal, its address and its status speak the system language', async () => {
    const core = await createTestCore();
    await seedAccount(core, stack, await stack.createUser('sam-de'), await stack.createUser('crm-de'));
    const de = await startHarness({ locale: 'de-DE', core });
    try {
      await de.page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('button', { name: 'Deals', exact: true }).click();
      await de.page.getByRole('button', { name: 'Neuer Deal' }).click();
      const form = de.page.getByTestId('new-item-form');
      await form.getByLabel('Titel').fill('Wartungsvertrag Müller GmbH');
      await form.getByLabel('Wert').fill('12.000,50');
      await form.getByRole('button', { name: 'Deal anlegen' }).click();
      const page = de.page.getByTestId('item-detail');
      await page.getByRole('heading', { level: 2, name: 'Wartungsvertrag Müller GmbH' }).waitFor();
      expect(await page.getByTestId('deal-value').textContent()).toMatch(/^12\.000,50\s€$/);
      await page.getByText('Setzen Sie diese Adresse in BCC, und die E-Mail landet bei diesem Deal.').waitFor();
      await page.getByRole('button', { name: 'Als gewonnen markieren' }).click();
      await page.getByTestId('closed-notice').getByText('Dieser Deal ist gewonnen.').waitFor();
      await screenshotWhole(de, 'items-8-deal-de');
      expect(de.pageErrors).toEqual([]);
    } finally {
      await de.close();
    }
  });
});
