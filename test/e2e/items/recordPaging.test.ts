/**
 * A busy customer's page in real Chromium: the person's conversations come a page at a time,
 * newest first ("Show older conversations" adds the next page), and the people list counts them
 * only up to 99+ instead of reading every thread for every row.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../support/browser/harness';
import { createTestCore } from '../../support/coreServices';
import { startMailStack, type MailStack } from '../../support/mail-stack';
import { seedAccount } from '../../support/stackAccount';
import { openView } from './page';

const THREADS = 120;

let stack: MailStack;
let h: Harness;

/** A person and THREADS one-message threads with them, straight into IndexedDB (capture at this volume would test the mail stack). */
async function seedBusyPerson(count: number): Promise<void> {
  await h.page.evaluate(async (total) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('blindcopy');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const ownerId = await new Promise<string>((resolve, reject) => {
      const get = db.transaction('settings').objectStore('settings').get('userId');
      get.onsuccess = () => resolve((get.result as { value: string }).value);
      get.onerror = () => reject(get.error);
    });
    const now = Date.now();
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['persons', 'threads'], 'readwrite');
      tx.objectStore('persons').add({ id: 'p-busy', name: 'Busy Buyer', emails: ['busy@buyer.example'], ownerId, createdAt: now - 1e9, updatedAt: now - 1e9, nameKeys: ['busy buyer', 'busy', 'buyer'] });
      const threads = tx.objectStore('threads');
      for (let i = 0; i < total; i += 1) {
        const lastDate = now - (i + 1) * 60_000;
        threads.add({
          id: `busy-${String(i).padStart(4, '0')}`,
          ownerId,
          subject: `Order ${i + 1}`,
          subjectKey: `order ${i + 1}`,
          counterparties: ['busy@buyer.example'],
          participants: [{ address: 'busy@buyer.example', name: 'Busy Buyer' }],
          personIds: ['p-busy'],
          organizationIds: [],
          personKeys: [['p-busy', lastDate]],
          organizationKeys: [],
          firstDate: lastDate,
          lastDate,
          messageCount: 1,
          snippet: `Order number ${i + 1}`,
          visibility: 'private',
          candidates: [],
          auth: 'pass',
          refIds: [`busy-${i}@buyer.example`],
          linked: 0,
        });
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, count);
}

beforeAll(async () => {
  stack = await startMailStack();
  const core = await createTestCore();
  await seedAccount(core, stack, await stack.createUser('sam'), await stack.createUser('crm'));
  h = await startHarness({ core });
  await h.page.getByTestId('inbox-empty').waitFor();
  await seedBusyPerson(THREADS);
}, 300_000);

afterAll(async () => {
  await h?.close();
  await stack?.stop();
});

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
    expect(await rows.first().textContent()).toContain('Order 1');
    expect(await section.locator('.rec-count').textContent()).toBe('50+');

    const more = section.getByRole('button', { name: 'Show older conversations' });
    await more.click();
    await expect.poll(() => rows.count()).toBe(100);
    await more.click();
    await expect.poll(() => rows.count()).toBe(THREADS);
    expect(await rows.last().textContent()).toContain(`Order ${THREADS}`);
    expect(await section.locator('.rec-count').textContent()).toBe(String(THREADS));
    expect(await more.count()).toBe(0);
  });
});
