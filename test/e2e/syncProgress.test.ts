/**
 * R10.4 a first sync shows its progress: the sidebar counts up "n of total" while the drop box
 * is mirrored, and the note goes once everything is in. (The note is its own component, so that
 * progress re-renders it alone, not the view beside it.)
 */
import { describe, expect, it } from 'vitest';
import { useAppWithAccount } from '../support/browser/appWithAccount';
import { waitForRows } from '../support/browser/pageDb';

/** several batches' worth (main sends at most 50 messages a batch) */
const TOTAL = 240;

/** Records every value the progress bar shows, from before the app's first script. */
const RECORD_PROGRESS = `
  window.__progress = [];
  new MutationObserver(() => {
    const bar = document.querySelector('[data-testid="sync-progress"] progress');
    if (!bar) return;
    const seen = bar.value + '/' + bar.max;
    if (window.__progress[window.__progress.length - 1] !== seen) window.__progress.push(seen);
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
`;

const { h } = useAppWithAccount({
  initScript: RECORD_PROGRESS,
  timeoutMs: 120_000,
  async beforeStart({ stack, sam, crm }) {
    for (let i = 0; i < TOTAL; i += 1) {
      const raw = [
        `From: Sam Seller <${sam.address}>`,
        `To: Buyer ${i} <buyer${i}@customer.example>`,
        `Bcc: ${crm.address}`,
        `Subject: Offer ${i}`,
        `Date: ${new Date(Date.now() - (TOTAL - i) * 60_000).toUTCString()}`,
        `Message-ID: <offer-${i}@${stack.domain}>`,
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=utf-8',
        '',
        `Hello, here is offer ${i}.`,
        '',
      ].join('\r\n');
      await stack.deliver(crm.address, raw);
    }
  },
});

describe('R10.4 first sync progress', () => {
  it('counts up to the mailbox size while mirroring, and goes when done', async () => {
    await waitForRows(h.page, 'messages', (n) => n === TOTAL, 60_000);
    await expect.poll(() => h.page.getByTestId('sync-progress').count(), { timeout: 20_000 }).toBe(0);
    const seen = await h.page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
    const shown = seen.map((s) => s.split('/').map(Number) as [number, number]);
    expect(shown.length, seen.join(' ')).toBeGreaterThanOrEqual(2);
    for (const [done, total] of shown) {
      expect(total).toBe(TOTAL);
      expect(done).toBeLessThanOrEqual(TOTAL);
    }
    const dones = shown.map(([done]) => done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(dones[0]).toBeLessThan(TOTAL);
    expect(h.pageErrors).toEqual([]);
  });
});
