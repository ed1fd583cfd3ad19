/** How the inbox tests find their way around the page: rows, the open thread, the link panel. */
import type { Locator, Page } from 'playwright-core';

export function inboxPage(page: Page) {
  const rows = page.getByTestId('inbox-row');
  const row = (subject: string): Locator => rows.filter({ has: page.locator('.inbox-row-subject-text', { hasText: subject }) }).first();
  const thread = page.getByTestId('thread-view');
  const panel = page.getByTestId('link-panel');
  return {
    rows,
    row,
    list: page.getByTestId('inbox-list'),
    thread,
    panel,
    async waitForRows(count: number, timeout = 30_000): Promise<void> {
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid="inbox-row"]').length >= n, count, { timeout });
    },
    async open(subject: string): Promise<void> {
      await row(subject).locator('.inbox-row-subject-text').click();
      await thread.locator('.thread-title', { hasText: subject }).waitFor();
    },
    /** the keyboard cursor's thread id, from the grid's aria-activedescendant */
    async activeThreadId(): Promise<string | undefined> {
      const id = await page.getByTestId('inbox-list').getAttribute('aria-activedescendant');
      return id?.replace(/^inbox-row-/, '');
    },
    async rowIds(): Promise<string[]> {
      return rows.evaluateAll((els) => els.map((el) => ({ id: el.getAttribute('data-thread-id') ?? '', index: Number(el.getAttribute('aria-rowindex')) })).sort((a, b) => a.index - b.index).map((r) => r.id));
    },
  };
}
