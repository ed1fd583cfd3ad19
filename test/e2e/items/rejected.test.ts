/**
 * The Rejected list in Chromium against the real core, a real mail stack and real capture:
 * mail from a stranger is refused with the reason in plain words (R3.3) and can be accepted
 * (R3.8: fetched again and captured); a message over 20 MB is listed without being downloaded and cannot be (R3.5).
 */
import { describe, expect, it } from 'vitest';
import { useAppWithAccount } from '../../support/browser/appWithAccount';
import { countRows, waitForRows } from '../../support/browser/pageDb';
import { oversizedMail, rawMail } from './mail';
import { expectAccessible, openView, screenshotWhole } from './page';

const CAPTURE_MS = 30_000;
const STRANGER = 'mallory@elsewhere.test';

const { stack, sam, crm, h } = useAppWithAccount();

const rows = () => h.page.getByTestId('rejected-view').getByTestId('rejected-row');

describe('rejected mail', () => {
  it('R3.3 R3.8 mail from a stranger is listed with the reason in words, and accepted', async () => {
    await openView(h, 'Rejected');
    await h.page.getByText('Nothing was rejected.').waitFor();
    await stack.deliver(crm.address, rawMail({ from: `Mallory Stranger <${STRANGER}>`, to: crm.address, subject: 'Cheap watches' }), { from: STRANGER });

    const row = rows().filter({ hasText: 'Cheap watches' });
    await row.waitFor({ timeout: CAPTURE_MS });
    await row.getByText(`Mallory Stranger <${STRANGER}>`).waitFor();
    expect(await row.getByTestId('rejected-reason').textContent()).toBe('Why Sent from an address that is not one of yours.');
    // R3.8 a stranger is not told to add their address as the user's own
    expect(await row.getByTestId('rejected-advice').textContent()).toBe('It was not sent by you. Accept it only if it belongs in your CRM.');
    expect(await row.getByRole('button', { name: 'Open Settings' }).count()).toBe(0);
    await screenshotWhole(h, 'rejected-1-stranger');
    await expectAccessible(h);

    const acceptedAt = Date.now();
    await row.getByRole('button', { name: 'Accept: “Cheap watches”' }).click();
    // marked at once; main fetches it again and the store captures it, then the row says so
    await row.getByTestId('rejected-accepted').waitFor();
    expect(await row.getByRole('button', { name: 'Accept: “Cheap watches”' }).count()).toBe(0);
    await row.getByText('Accepted — it is in the inbox now.').waitFor({ timeout: CAPTURE_MS });
    // R3.8 the source is woken for it at once, not at the next sync
    expect(Date.now() - acceptedAt).toBeLessThan(10_000);
    expect(await waitForRows(h.page, 'threads', (n) => n === 1)).toBe(1);
    expect(await countRows(h.page, 'rejected')).toBe(0);
    await screenshotWhole(h, 'rejected-2-accepted');
  });

  it('R3.5 a message over 20 MB is listed from its envelope, and cannot be accepted', async () => {
    await stack.deliver(crm.address, oversizedMail({ from: `Sam Seller <${sam.address}>`, to: 'Jane Roe <jane@customer.test>', subject: 'Scans of the contract' }), {
      from: sam.address,
    });
    const row = rows().filter({ hasText: 'Scans of the contract' });
    await row.waitFor({ timeout: CAPTURE_MS });
    expect(await row.getByTestId('rejected-reason').textContent()).toBe('Why Larger than 20 MB, not downloaded.');
    await row.getByText(/21(\.0)? MB/).waitFor();
    expect(await row.getByRole('button').count()).toBe(0);
    // newest first; the accepted one is still shown with what became of it
    expect(await rows().first().textContent()).toContain('Scans of the contract');
    expect(await rows().nth(1).textContent()).toContain('Accepted — it is in the inbox now.');
    await screenshotWhole(h, 'rejected-3-too-large');
    await expectAccessible(h);
    expect(h.pageErrors).toEqual([]);
  });
});
