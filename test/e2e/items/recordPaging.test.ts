/**
 * A busy customer's page in real Chromium: the person's conversations come a page at a time,
 * newest first ("Show older conversations" adds the next page), and the people list counts them
 * only up to 99+ instead of reading every thread for every row.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useAppWithAccount } from '../../support/browser/appWithAccount';
import { seedThreads } from '../inbox/seedThreads';
import { openView } from './page';

const THREADS = 120;

const { h } = useAppWithAccount();

beforeAll(async () => {
  await h.page.getByTestId('inbox-empty').waitFor();
  await seedThreads(h.page, THREADS, { id: 'p-busy', name: 'Busy Buyer', address: 'busy@buyer.example' });
}, 300_000);

describe("a busy person's conversations", () => {
  it('the list counts up to 99+, the page shows 50 newest and more on request', async () => {
    const { page } = h;
    await openView(h, 'People');
    const row = page.getByTestId('person-row').filter({ hasText: 'Busy Buyer' });
    await row.waitFor();
    expect((await row.locator('td').allTextContents())[2]).toBe('99+');
    await row.getByRole('button', { name: 'Busy Buyer', exact: true }).click();

    const person = page.getByTestId('person-detail');
    const section = person.getByTestId('record-threads');
    const rows = section.getByTestId('record-thread-list').getByTestId('thread-row');
    await expect.poll(() => rows.count()).toBe(50);
    expect(await rows.first().textContent()).toContain('Proposal 0 for');
    expect(await section.locator('.rec-count').textContent()).toBe('50+');

    const more = section.getByRole('button', { name: 'Show older conversations' });
    await more.click();
    await expect.poll(() => rows.count()).toBe(100);
    await more.click();
    await expect.poll(() => rows.count()).toBe(THREADS);
    expect(await rows.last().textContent()).toContain(`Proposal ${THREADS - 1} for`);
    expect(await section.locator('.rec-count').textContent()).toBe(String(THREADS));
    expect(await more.count()).toBe(0);
  });
});
