/**
 * R10.4 in Chromium against the real core and a real Dovecot: the drop box's password changes on
 * the server, the next login is refused, and the sidebar and Settings say so in plain words with
 * what to do; once the password fits again, "Retry now" resumes capture at once (the source
 * waits in 'error' without retrying by itself, so only the button can bring it back this fast).
 */
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../../support/browser/axe';
import { useAppWithAccount } from '../../support/browser/appWithAccount';
import { waitForRows } from '../../support/browser/pageDb';
import { rawMail } from '../items/mail';

const CAPTURE_MS = 30_000;
const { stack, sam, crm, h } = useAppWithAccount({ services: { captureEngine: { retry: { baseMs: 300, maxMs: 1_000 } } } });

const sidebar = () => h.page.locator('nav.sidebar');
const dropboxTrouble = () => sidebar().locator('[data-testid="source-trouble"][data-source="dropbox"]');

async function bccMail(subject: string): Promise<void> {
  await stack.deliver(crm.address, rawMail({ from: `Sam Seller <${sam.address}>`, to: 'Jane Roe <jane@customer.test>', subject }), { from: sam.address });
}

/** No serious or critical axe violation inside `selector` */
async function expectAccessibleIn(selector: string): Promise<void> {
  const violations = await seriousViolations(h.page);
  const inside = await h.page.evaluate(
    ({ found, within }) => found.filter((v) => v.targets.some((target) => document.querySelector(target)?.closest(within) != null)),
    { found: violations, within: selector },
  );
  expect(inside).toEqual([]);
}

describe('a source that stops says why, and Retry now resumes it', () => {
  it('R10.4 a wrong drop-box password shows in the sidebar and Settings with the reason, and Retry now resumes capture once it fits', async () => {
    await bccMail('Before the password changed');
    await waitForRows(h.page, 'threads', (n) => n === 1, CAPTURE_MS);
    // no developer wording in the sidebar while all is well
    expect(await h.page.getByTestId('core-status').textContent()).toBe('');

    // an administrator changes the drop box's password; the next login fails
    const password = crm.password;
    await stack.setPassword(crm, 'changed-by-the-admin');
    stack.killImapSessions();

    const note = dropboxTrouble();
    await note.waitFor({ timeout: CAPTURE_MS });
    expect(await note.getAttribute('data-reason')).toBe('auth-failed');
    expect(await note.textContent()).toBe(
      [
        'Mail from the drop box is not coming in.',
        'The mail server refused the login. Check the password in Settings.',
        'If the password was changed, enter the new one under “Account and drop box”, then choose Retry now.',
        'Retry now',
        'Open Settings',
      ].join(''),
    );
    await h.screenshot('source-errors-1-sidebar-wrong-password');
    await expectAccessibleIn('nav.sidebar');

    // the same in Settings, and "Open Settings" lands on the account section
    await note.getByRole('button', { name: 'Open Settings' }).click();
    await h.page.getByTestId('settings-view').waitFor();
    const inSettings = h.page.getByTestId('source-troubles-settings').getByTestId('source-trouble');
    await inSettings.getByText('The mail server refused the login. Check the password in Settings.').waitFor();
    await h.page.waitForFunction(() => document.activeElement?.id === 'account-title');
    await h.page.evaluate(() => document.querySelector('main.content')?.scrollTo(0, 0));
    await h.screenshot('source-errors-2-settings-wrong-password');
    await expectAccessibleIn('main.content');

    // mail that comes meanwhile waits on the server
    await bccMail('While the password was wrong');
    expect(await dropboxTrouble().count()).toBe(1);

    // the password fits again; Retry now resumes at once and what waited comes in
    await stack.setPassword(crm, password);
    await sidebar().getByTestId('source-trouble').getByRole('button', { name: 'Retry now' }).click();
    await dropboxTrouble().waitFor({ state: 'detached', timeout: CAPTURE_MS });
    await waitForRows(h.page, 'threads', (n) => n === 2, CAPTURE_MS);
    expect(await h.page.getByTestId('source-troubles-settings').count()).toBe(0);
    await h.screenshot('source-errors-3-resumed');
    expect(h.pageErrors).toEqual([]);
  });
});
