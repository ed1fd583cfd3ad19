/**
 * R7.1 in Chromium: with a saved account, choosing the folders to sync lists the mailbox's
 * folders at once, logged in by main with the password in the keychain: no password field is
 * filled, no "type the password to test" note appears, and the folders are there to tick.
 */
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../../support/browser/axe';
import { useAppWithAccount } from '../../support/browser/appWithAccount';
import { withStackImap } from '../../support/mail-stack/withStackImap';

const { h } = useAppWithAccount({
  // a folder only the server knows of: the list can come from nowhere but the mailbox
  beforeStart: async ({ stack, sam }) => {
    await withStackImap(stack, sam, async (client) => {
      await client.mailboxCreate('Customers');
    });
  },
});

describe('R7.1 synced folders', () => {
  it('R7.1 the folders to choose are listed without asking for the password again', async () => {
    const { page } = h;
    await page.getByRole('navigation').first().getByRole('button', { name: 'Settings' }).click();
    const sync = page.getByTestId('settings-sync');
    await sync.waitFor();
    await sync.getByLabel('Also sync folders of my mailbox').check();
    await sync.getByLabel('Only the folders I choose').check();
    const folders = sync.getByRole('group', { name: 'Folders to sync' });
    await folders.getByRole('checkbox', { name: 'Customers' }).waitFor();
    await folders.getByRole('checkbox', { name: 'INBOX' }).waitFor();

    // nothing was typed: every password field is empty, and nothing asks for one
    const account = page.getByTestId('settings-account');
    const passwordFields = await account.locator('input[type="password"]').all();
    expect(passwordFields.length).toBeGreaterThan(0);
    for (const field of passwordFields) expect(await field.inputValue()).toBe('');
    expect(await page.getByTestId('missing-passwords').count()).toBe(0);

    await folders.getByRole('checkbox', { name: 'Customers' }).check();
    await folders.scrollIntoViewIfNeeded();
    await h.screenshot('settings-sync-folders-listed');
    expect(await seriousViolations(page)).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  });
});
