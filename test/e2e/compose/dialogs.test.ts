/**
 * Compose (a non-modal panel docked under the view) and the outbox (a modal dialog, the shared
 * Dialog): Escape closes them, compose keeps its draft when closed, and the focus goes back to
 * the button that opened them.
 */
import { describe, expect, it } from 'vitest';
import { useAppWithAccount } from '../../support/browser/appWithAccount';
import { openComposer, openOutbox } from './composePage';

const { h } = useAppWithAccount();

/** whether the focused element is the one the selector finds */
const hasFocus = (selector: string) => h.page.locator(selector).evaluate((e) => e === document.activeElement);

describe('compose and the outbox as dialogs', () => {
  it('Escape closes compose and keeps the draft; the focus goes back to Compose', async () => {
    const dialog = await openComposer(h.page);
    await dialog.getByLabel('Subject').fill('Kept subject');
    await h.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await hasFocus('[data-testid="compose-open"]')).toBe(true);

    const again = await openComposer(h.page);
    expect(await again.getByLabel('Subject').inputValue()).toBe('Kept subject');
    expect(await again.getByLabel('To', { exact: true }).evaluate((e) => e === document.activeElement)).toBe(true);
    await again.getByRole('button', { name: 'Close (the draft is kept)' }).click();
    await again.waitFor({ state: 'hidden' });
    expect(await hasFocus('[data-testid="compose-open"]')).toBe(true);
  });

  it('Escape and the close button close the outbox; the focus goes back to its entry in the sidebar', async () => {
    const panel = await openOutbox(h.page);
    await h.page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
    expect(await hasFocus('[data-view="outbox"]')).toBe(true);

    await openOutbox(h.page);
    await panel.getByRole('button', { name: 'Close the outbox' }).click();
    await panel.waitFor({ state: 'hidden' });
    expect(await hasFocus('[data-view="outbox"]')).toBe(true);
  });
});
