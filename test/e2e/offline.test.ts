/**
 * R8.1 offline: with the mail server down the app says so quietly and keeps working on the local
 * CRM; when the server is back, sync resumes by itself and picks up what arrived meanwhile.
 */
import { describe, expect, it } from 'vitest';
import { useAppWithAccount } from '../support/browser/appWithAccount';
import { inboxPage } from './inbox/inboxPage';
import { waitForRows } from '../support/browser/pageDb';
import { sampleDropboxMail } from '../support/demo/sampleMail';

const { stack, sam, crm, h } = useAppWithAccount({
  async beforeStart({ stack, sam, crm }) {
    const [first] = sampleDropboxMail(sam.address, crm.address, stack.domain);
    if (first) await stack.deliver(crm.address, first.raw);
  },
  services: { captureEngine: { retry: { baseMs: 300, maxMs: 1_000 } } },
});

describe('R8.1 offline', () => {
  it('says it is offline while the server is down, works locally, and resumes when it is back', async () => {
    await waitForRows(h.page, 'messages', (n) => n === 1);
    await stack.stopImap();
    await h.page.getByTestId('offline').waitFor({ timeout: 20_000 });
    await h.screenshot('offline-note');

    // the local CRM keeps working: create a deal from the thread and link it while offline
    const ui = inboxPage(h.page);
    await ui.open('Offer for 40 licences');
    await ui.panel.getByTestId('create-deal').click();
    await ui.panel.getByTestId('create-item-form').getByRole('button', { name: 'Create deal and link' }).click();
    await ui.panel.getByTestId('linked-item').getByTestId('linked-item-title').getByText('Offer for 40 licences').waitFor();
    // unlink and link again to the existing deal, still offline
    await ui.panel.getByRole('button', { name: 'Unlink' }).click();
    const picker = ui.panel.getByTestId('link-existing');
    await picker.getByRole('combobox').fill('offer');
    await picker.getByRole('option', { name: /Offer for 40 licences/ }).click();
    await ui.panel.getByTestId('linked-item').getByTestId('link-reason').getByText(/by you/).waitFor();
    expect(await h.page.getByTestId('offline').count()).toBe(1);
    await h.screenshot('offline-linked');

    await stack.startImap();
    const [, second] = sampleDropboxMail(sam.address, crm.address, stack.domain);
    if (second) await stack.deliver(crm.address, second.raw);
    await waitForRows(h.page, 'messages', (n) => n === 2, 30_000);
    await h.page.getByTestId('offline').waitFor({ state: 'detached', timeout: 20_000 });
    // the reply that came in while we were away joins the thread, which stays linked
    await ui.row('Offer for 40 licences').getByTestId('row-item').getByText('Offer for 40 licences').waitFor();
    await h.screenshot('offline-resumed');
    expect(await h.page.getByTestId('offline').count()).toBe(0);
  });
});
