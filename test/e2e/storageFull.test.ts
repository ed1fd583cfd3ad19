/**
 * R8.2 R10.4 the disk fills up while the app captures mail: IndexedDB refuses the store's writes
 * of messages with a QuotaExceededError (made so in the page, before the app's own scripts: a
 * real full disk cannot be arranged in a test). The sidebar says so where the capture status is,
 * nothing of the refused batches is kept, and once there is room again capture fetches them
 * again by itself: every message is stored exactly once and the note goes away.
 */
import { describe, expect, it } from 'vitest';
import { useAppWithAccount } from '../support/browser/appWithAccount';
import { countRows, indexKeys, rowKeys, waitForRows } from '../support/browser/pageDb';

const TOTAL = 30;

/** While `window.__diskFull` is set, every write to the messages store fails as on a full disk. */
const FULL_DISK = `
  window.__diskFull = true;
  window.__refusedWrites = 0;
  for (const method of ['put', 'add']) {
    const original = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function (...args) {
      if (window.__diskFull && this.name === 'messages') {
        window.__refusedWrites += 1;
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return original.apply(this, args);
    };
  }
`;

const { h } = useAppWithAccount({
  initScript: FULL_DISK,
  services: { captureEngine: { retry: { baseMs: 300, maxMs: 1_000 } } },
  async beforeStart({ stack, sam, crm }) {
    const raws = Array.from({ length: TOTAL }, (_, i) =>
      [
        `From: Sam Seller <${sam.address}>`,
        `To: Buyer ${i} <buyer${i}@customer.example>`,
        `Subject: Offer ${i}`,
        `Date: ${new Date(Date.now() - (TOTAL - i) * 60_000).toUTCString()}`,
        `Message-ID: <full-${i}@${stack.domain}>`,
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=utf-8',
        '',
        `Hello, here is offer ${i}.`,
        '',
      ].join('\r\n'),
    );
    await stack.loadMaildir(crm, raws);
  },
});

describe('R8.2 R10.4 a full disk while capturing', () => {
  it('R8.2 R10.4 says so with the capture status, keeps nothing half-saved, and stores every message once when there is room again', async () => {
    const note = h.page.getByTestId('store-error');
    await note.waitFor({ timeout: 30_000 });
    expect(await note.getAttribute('data-code')).toBe('storage-full');
    expect(await note.textContent()).toContain('Your computer has no room left for the CRM');
    await h.screenshot('storage-full-note');
    // the batch was refused whole: no message, and no checkpoint that would skip it
    expect(await h.page.evaluate(() => (window as unknown as { __refusedWrites: number }).__refusedWrites)).toBeGreaterThan(0);
    expect(await countRows(h.page, 'messages')).toBe(0);
    // (the sync folder is a source too, R8.3: its checkpoint may be there)
    expect((await rowKeys(h.page, 'syncSources')).filter((id) => !id.startsWith('replica:'))).toEqual([]);

    // room again: capture retries by itself
    await h.page.evaluate(() => {
      (window as unknown as { __diskFull: boolean }).__diskFull = false;
    });
    await waitForRows(h.page, 'messages', (n) => n >= TOTAL, 60_000);
    await note.waitFor({ state: 'detached', timeout: 20_000 });
    const ids = await indexKeys(h.page, 'messages', 'messageId');
    expect(ids).toHaveLength(TOTAL);
    expect(new Set(ids).size).toBe(TOTAL);
    expect(h.pageErrors.filter((e) => !/QuotaExceeded|quota/i.test(e))).toEqual([]);
  });
});
