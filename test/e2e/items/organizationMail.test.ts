/**
 * R4.3 beyond and R4.13 in Chromium against the real core, mail stack and capture: an
 * organization gains the existing conversations of a person who joins it; its mail domain brings
 * a new person from captured mail; a new deal offers its person's earlier conversations once.
 */
import { describe, expect, it } from 'vitest';
import { useAppWithAccount } from '../../support/browser/appWithAccount';
import { rawMail } from './mail';
import { createOrganization, expectAccessible, joinOrganization, openView, screenshotWhole } from './page';

const CAPTURE_MS = 30_000;
const { stack, sam, crm, h } = useAppWithAccount();

async function samWrites(to: string, subject: string): Promise<void> {
  await stack.deliver(crm.address, rawMail({ from: `Sam Seller <${sam.address}>`, to, subject }), { from: sam.address });
}

const orgDetail = () => h.page.getByTestId('organization-detail');
const itemDetail = () => h.page.getByTestId('item-detail');

describe('organizations see their people’s mail', () => {
  it('R4.3 a person joining an organization brings their existing conversations to it', async () => {
    const { page } = h;
    await samWrites('Jane Roe <jane.roe@customer.test>', 'Kick-off agenda');
    await samWrites('Jane Roe <jane.roe@customer.test>', 'Pricing questions');
    await openView(h, 'Inbox');
    await page.getByTestId('inbox-row').filter({ hasText: 'Pricing questions' }).waitFor({ timeout: CAPTURE_MS });
    await page.getByTestId('inbox-row').filter({ hasText: 'Kick-off agenda' }).waitFor({ timeout: CAPTURE_MS });

    await createOrganization(h, 'Customer AG');
    await orgDetail().getByText('No conversations with its people yet.').waitFor();

    const person = await joinOrganization(h, 'Jane Roe', 'cust', 'Customer AG');
    await person.getByRole('button', { name: 'Customer AG', exact: true }).click();

    const threads = orgDetail().getByTestId('record-thread-list').getByTestId('thread-row');
    await threads.filter({ hasText: 'Kick-off agenda' }).waitFor();
    await threads.filter({ hasText: 'Pricing questions' }).waitFor();
    expect(await threads.count()).toBe(2);
    await screenshotWhole(h, 'organization-0-joined-threads');
    await expectAccessible(h);
  });

  it('R4.3 a listed mail domain brings a new person from captured mail; a free-mail domain is refused', async () => {
    const { page } = h;
    const domains = orgDetail().getByTestId('organization-domains');
    await domains.getByLabel('Add a domain').fill('gmail.com');
    await domains.getByRole('button', { name: 'Add', exact: true }).click();
    await domains.getByText('gmail.com belongs to a free-mail provider', { exact: false }).waitFor();
    await domains.getByLabel('Add a domain').fill('@Customer.test');
    await domains.getByRole('button', { name: 'Add', exact: true }).click();
    await domains.getByText('customer.test', { exact: true }).waitFor();
    expect(await domains.getByLabel('Add a domain').inputValue()).toBe('');

    await samWrites('Bob Buyer <bob@customer.test>', 'Purchase order');
    await orgDetail().getByTestId('organization-persons').getByRole('button', { name: 'Bob Buyer' }).waitFor({ timeout: CAPTURE_MS });
    await orgDetail().getByTestId('record-thread-list').getByTestId('thread-row').filter({ hasText: 'Purchase order' }).waitFor();
    await screenshotWhole(h, 'organization-1-domains');
    await expectAccessible(h);
    await page.getByTestId('organization-persons').waitFor();
  });
});

describe('earlier conversations for a new deal (R4.13)', () => {
  it('R4.13 a new deal offers its person’s recent unlinked conversations once, linked with one click', async () => {
    const { page } = h;
    await openView(h, 'Deals');
    await page.getByRole('button', { name: 'New deal' }).click();
    const form = page.getByTestId('new-item-form');
    await form.getByLabel('Title').fill('Rollout at Customer AG');
    await form.getByRole('combobox', { name: 'Person' }).fill('jane');
    await page.getByRole('option', { name: /Jane Roe/ }).click();
    await form.getByRole('button', { name: 'Create deal' }).click();
    await itemDetail().getByRole('heading', { level: 2, name: 'Rollout at Customer AG' }).waitFor();

    // Jane's two conversations, and Bob's (the deal's organization came with Jane)
    const offer = itemDetail().getByTestId('earlier-conversations');
    await offer.getByRole('heading', { name: '3 earlier conversations' }).waitFor();
    await screenshotWhole(h, 'earlier-0-offer');
    await expectAccessible(h);

    const offered = offer.getByTestId('thread-row');
    await offered.filter({ hasText: 'Kick-off agenda' }).getByRole('button', { name: 'Link' }).click();
    const email = itemDetail().getByTestId('item-email').getByTestId('thread-row');
    await email.filter({ hasText: 'Kick-off agenda' }).getByText('Linked by you').waitFor();
    await offer.getByRole('heading', { name: '2 earlier conversations' }).waitFor();
    await offer.getByRole('button', { name: 'Link all' }).click();
    await itemDetail().getByTestId('earlier-done').waitFor();
    await email.filter({ hasText: 'Pricing questions' }).getByText('Linked by you').waitFor();
    await email.filter({ hasText: 'Purchase order' }).getByText('Linked by you').waitFor();
    expect(await email.count()).toBe(3);
    await screenshotWhole(h, 'earlier-1-linked');

    // once: back on the deal later, no offer (and none left in the store's answer either way)
    await openView(h, 'Inbox');
    await openView(h, 'Deals');
    await page.getByRole('button', { name: 'Rollout at Customer AG', exact: true }).click();
    await itemDetail().getByRole('heading', { level: 2, name: 'Rollout at Customer AG' }).waitFor();
    expect(await itemDetail().getByTestId('earlier-conversations').count()).toBe(0);
  });
});
