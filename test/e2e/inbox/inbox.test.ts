/**
 * The inbox in real Chromium against the real core, a real mail stack and real capture: mail
 * delivered to the drop box is mirrored by main's capture engine into the renderer's store and
 * shows up in the list; linking, creating, unlinking, bulk privacy, the hostile-HTML sandbox
 * (R10.2) and the keyboard, each with a screenshot in test-results/e2e/.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../../support/browser/axe';
import { useAppWithAccount } from '../../support/browser/appWithAccount';
import { forwardedRequest } from '../../support/demo/sampleMail';
import { startHitCounter, type HitCounter } from './hitCounter';
import { inboxPage } from './inboxPage';
import { hostileHtml, htmlMail, mailWithAttachment, plainMail, type Party } from './mail';

let tracker: HitCounter;
let ui: ReturnType<typeof inboxPage>;
/** console errors of the app's own document; the mail frame's CSP reports are its blocking at work */
const appErrors: string[] = [];

const jane: Party = { name: 'Jane Roe', address: 'jane.roe@customer.example' };
const max: Party = { name: 'Max Mustermann', address: 'max@acme.example' };
const news: Party = { name: 'Tracker Weekly', address: 'news@tracker.example' };
const hour = 3600_000;
const ago = (hours: number) => new Date(Date.now() - hours * hour);

async function deliverAll(): Promise<void> {
  const me: Party = { name: 'Sam Seller', address: sam.address };
  const d = stack.domain;
  const mails = [
    mailWithAttachment(
      { from: me, to: [jane], bcc: crm.address, subject: 'Offer for 40 licences', date: ago(50), messageId: `offer-1@${d}` },
      'Hello Jane,\n\nas promised, our offer for 40 licences: 12,000 EUR per year.\nDetails: https://example.com/offer\n\nBest regards,\nSam',
      { name: 'offer.pdf', type: 'application/pdf', content: '%PDF-1.4 offer for 40 licences' },
    ),
    plainMail(
      { from: me, to: [jane], cc: [max], bcc: crm.address, subject: 'Re: Offer for 40 licences', date: ago(26), messageId: `offer-2@${d}`, inReplyTo: `offer-1@${d}` },
      'Hi Jane, hi Max,\n\nhappy to walk you through it on Thursday at 10:00.\n\n> as promised, our offer for 40 licences\n\nSam',
    ),
    plainMail(
      { from: me, to: [max], bcc: crm.address, subject: 'Pilot project for Acme', date: ago(20), messageId: `pilot-1@${d}` },
      'Hello Max,\n\nhere is the plan for the pilot: three teams, six weeks.\n\nSam',
    ),
    plainMail(
      { from: me, to: [{ name: 'CRM', address: crm.address }], subject: 'Fwd: Angebot Wartungsvertrag', date: ago(3), messageId: `fwd-1@${d}` },
      forwardedRequest(sam.address, ago(4).toUTCString()),
    ),
    htmlMail(
      { from: me, to: [news], bcc: crm.address, subject: 'Quarterly numbers newsletter', date: ago(1), messageId: `hostile-1@${d}` },
      'Quarterly numbers. Revenue grew 12% this quarter.',
      hostileHtml(tracker.origin),
    ),
  ];
  for (const raw of mails) await stack.deliver(crm.address, raw, { from: sam.address });
}

beforeAll(async () => {
  tracker = await startHitCounter();
});
afterAll(async () => {
  await tracker?.close();
});

const { stack, sam, crm, h } = useAppWithAccount({ beforeStart: deliverAll });

beforeAll(() => {
  h.page.on('console', (m) => m.type() === 'error' && m.location().url !== 'about:srcdoc' && appErrors.push(m.text()));
  h.page.on('pageerror', (e) => appErrors.push(e.message));
  ui = inboxPage(h.page);
});

describe('inbox', () => {
  it('R3.1 captured mail appears in the inbox, newest first, with its state', async () => {
    await ui.waitForRows(4);
    const subjects = await ui.rows.locator('.inbox-row-subject-text').allTextContents();
    expect(subjects).toEqual(['Quarterly numbers newsletter', 'Angebot Wartungsvertrag', 'Pilot project for Acme', 'Offer for 40 licences']);
    // the reply joined its thread (R9.1): two messages
    await ui.row('Offer for 40 licences').getByText('2', { exact: true }).waitFor();
    expect(await ui.row('Offer for 40 licences').locator('.inbox-row-people').textContent()).toContain('Jane Roe');
    // R3.4: no signature and no server results: "no authentication data", quiet: no mark in the row
    expect(await ui.row('Pilot project for Acme').locator('[data-auth]').count()).toBe(0);
    expect(await ui.row('Pilot project for Acme').getByTestId('row-unlinked').count()).toBe(1);
    expect(await h.page.locator('[data-filter="all"] .inbox-filter-count').textContent()).toBe('4');
    await h.screenshot('inbox-1-captured');
  });

  it('R3.4 a message without any authentication data says so in a quiet, neutral line', async () => {
    await ui.open('Pilot project for Acme');
    const state = ui.thread.getByTestId('message').locator('[data-auth]');
    await state.waitFor();
    expect(await state.getAttribute('data-auth')).toBe('no-data');
    expect(await state.locator('.badge').textContent()).toContain('No authentication data');
    expect(await state.locator('.badge-neutral').count()).toBe(1);
  });

  it('R3.2 a forwarded reply reads as written by the customer, forwarded by you', async () => {
    await ui.open('Angebot Wartungsvertrag');
    const message = ui.thread.getByTestId('message');
    await message.locator('.message-from', { hasText: 'Erika Muster' }).waitFor();
    expect(await message.getByTestId('forwarded-note').textContent()).toContain('forwarded by you');
    await message.getByText('Können wir die Laufzeit auf 24 Monate ändern?', { exact: false }).waitFor();
    await ui.panel.getByTestId('person-line').filter({ hasText: 'erika@kunde.example' }).waitFor();
    await h.screenshot('inbox-2-forwarded-reply');
  });

  it('axe-core finds no serious or critical violation in the list, an open thread, its link panel and the link dialog', async () => {
    await ui.open('Offer for 40 licences');
    expect(await seriousViolations(h.page)).toEqual([]);
    const row = ui.row('Pilot project for Acme');
    await row.hover();
    await row.getByRole('button', { name: 'Link item' }).click();
    await h.page.getByTestId('link-dialog').getByRole('combobox').waitFor();
    expect(await seriousViolations(h.page)).toEqual([]);
    await h.page.keyboard.press('Escape');
    await h.page.getByTestId('link-dialog').waitFor({ state: 'detached' });
  });

  it('R4.10 creates a deal from a thread, prefilled from the mail, and links it', async () => {
    await ui.open('Offer for 40 licences');
    await ui.panel.getByTestId('create-deal').click();
    const form = ui.panel.getByTestId('create-item-form');
    expect(await form.getByLabel('Title').inputValue()).toBe('Offer for 40 licences');
    expect(await form.getByLabel('Person').locator('option:checked').textContent()).toContain('jane.roe@customer.example');
    await h.screenshot('inbox-3a-create-deal-form');
    await form.getByRole('button', { name: 'Create deal and link' }).click();
    const linked = ui.panel.getByTestId('linked-item');
    await linked.getByTestId('linked-item-title').getByText('Offer for 40 licences').waitFor();
    expect(await linked.getByTestId('link-reason').textContent()).toContain('Linked by you');
    await ui.row('Offer for 40 licences').getByTestId('row-item').getByText('Offer for 40 licences').waitFor();
    await h.screenshot('inbox-3b-deal-created');
  });

  it('R4.10 links another thread to the existing deal ("by you"), from the panel and from the list', async () => {
    await ui.open('Pilot project for Acme');
    const picker = ui.panel.getByTestId('link-existing');
    await picker.getByRole('combobox').fill('offer');
    await picker.getByRole('option', { name: /Offer for 40 licences/ }).click();
    const linked = ui.panel.getByTestId('linked-item');
    await linked.getByTestId('linked-item-title').getByText('Offer for 40 licences').waitFor();
    expect(await linked.getByTestId('link-reason').textContent()).toContain('by you');
    await h.screenshot('inbox-4a-linked-existing');

    // the hover action on a row opens the same choice over the list
    const row = ui.row('Angebot Wartungsvertrag');
    await row.hover();
    await row.getByRole('button', { name: 'Link item' }).click();
    const dialog = h.page.getByTestId('link-dialog');
    await dialog.getByRole('combobox').fill('Off');
    await h.screenshot('inbox-4b-link-dialog');
    await dialog.getByRole('option', { name: /Offer for 40 licences/ }).waitFor();
    await dialog.getByRole('combobox').press('Enter');
    await dialog.getByTestId('link-reason').getByText('Linked by you').waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await row.getByTestId('row-item').waitFor();
  });

  it('R4.11 unlinks, and the choice is sticky', async () => {
    await ui.open('Pilot project for Acme');
    await ui.panel.getByTestId('unlink').click();
    await ui.panel.getByText('You unlinked this conversation', { exact: false }).waitFor();
    await ui.row('Pilot project for Acme').getByTestId('row-unlinked').waitFor();
    expect(await ui.panel.getByTestId('linked-item').count()).toBe(0);
    await h.screenshot('inbox-5-unlinked');
  });

  it('R5.4 shares two selected threads, then makes both private again in one go', async () => {
    await h.page.keyboard.press('Escape');
    const first = ui.row('Pilot project for Acme');
    const second = ui.row('Offer for 40 licences');
    await first.getByRole('checkbox').click();
    await second.getByRole('checkbox').click({ modifiers: ['Shift'] });
    const bar = h.page.getByTestId('bulk-bar');
    await bar.getByText('2 selected').waitFor();
    await bar.getByRole('button', { name: 'Share' }).click();
    await h.page.getByTestId('bulk-status').getByText('2 conversations are now shared.').waitFor();
    await first.locator('[data-visibility="shared"]').waitFor();
    await second.locator('[data-visibility="shared"]').waitFor();

    await first.getByRole('checkbox').click();
    await second.click({ modifiers: ['ControlOrMeta'] });
    await bar.getByText('2 selected').waitFor();
    await h.screenshot('inbox-6a-two-selected');
    await bar.getByRole('button', { name: 'Make private' }).click();
    await h.page.getByTestId('bulk-status').getByText('2 conversations are now private.').waitFor();
    await first.locator('[data-visibility="private"]').waitFor();
    await second.locator('[data-visibility="private"]').waitFor();
    expect(await h.page.locator('[data-filter="shared"] .inbox-filter-count').textContent()).toBe('0');
    await h.screenshot('inbox-6b-made-private');
  });

  it('R10.2 hostile HTML shows its text, runs nothing and fetches nothing until images are shown', async () => {
    const title = await h.page.title();
    await ui.open('Quarterly numbers newsletter');
    const frame = h.page.frameLocator('[data-testid="mail-frame"]');
    await frame.getByRole('heading', { name: 'Quarterly numbers' }).waitFor();
    await frame.getByText('Revenue grew 12% this quarter.', { exact: false }).waitFor();
    await h.page.getByTestId('remote-bar').waitFor();
    await new Promise((r) => setTimeout(r, 1500));
    expect(tracker.paths()).toEqual([]);
    expect(await frame.locator('script, form, iframe, input, svg, link, meta[http-equiv="refresh"]').count()).toBe(0);
    expect(await frame.locator('body[data-pwned]').count()).toBe(0);
    expect(await frame.locator('[onerror], [onload]').count()).toBe(0);
    expect(await frame.getByText('Claim your prize').getAttribute('href')).toBeNull();
    expect(await h.page.title()).toBe(title);
    await h.screenshot('inbox-7a-hostile-blocked');

    // a link opens outside the app (a new window here; the system browser in the app)
    const popup = h.page.context().waitForEvent('page');
    await frame.getByRole('link', { name: 'our website' }).click();
    await (await popup).close();
    expect(h.page.url()).toContain(h.server.origin);
    expect(tracker.hits('/link')).toBe(1);

    await h.page.getByRole('button', { name: 'Show images' }).click();
    await expect.poll(() => tracker.hits('/pixel.gif'), { timeout: 10_000 }).toBe(1);
    await new Promise((r) => setTimeout(r, 1000));
    for (const path of ['/script', '/script2', '/onload', '/onerror', '/javascript', '/form', '/frame', '/import.css', '/link.css', '/refresh', '/svg.gif']) {
      expect(tracker.hits(path), path).toBe(0);
    }
    expect(tracker.hits('/pixel.gif')).toBe(1);
    expect(await frame.locator('body[data-pwned]').count()).toBe(0);
    expect(await h.page.title()).toBe(title);
    await h.screenshot('inbox-7b-hostile-images-shown');
  });

  it('downloads an attachment on demand', async () => {
    await ui.open('Offer for 40 licences');
    const attachment = ui.thread.getByTestId('attachment').filter({ hasText: 'offer.pdf' });
    const download = h.page.waitForEvent('download');
    await attachment.getByRole('button', { name: 'Download offer.pdf' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('offer.pdf');
    const path = await file.path();
    expect(await readFile(path, 'utf8')).toBe('%PDF-1.4 offer for 40 licences');
  });

  it('keyboard: j / k move the cursor, Enter opens, Esc closes, x selects, / searches', async () => {
    await h.page.keyboard.press('Escape');
    await h.page.getByTestId('reading-placeholder').waitFor();
    await ui.list.focus();
    const ids = await ui.rowIds();
    for (let i = 0; i < ids.length; i += 1) await h.page.keyboard.press('k');
    expect(await ui.activeThreadId()).toBe(ids[0]);
    await h.page.keyboard.press('j');
    await h.page.keyboard.press('j');
    expect(await ui.activeThreadId()).toBe(ids[2]);
    await h.page.keyboard.press('k');
    const chosen = await ui.activeThreadId();
    expect(chosen).toBe(ids[1]);
    await h.page.keyboard.press('Enter');
    await h.page.locator(`[data-testid="thread-view"][data-thread-id="${chosen}"]`).waitFor();
    await h.screenshot('inbox-8-keyboard-open');
    await h.page.keyboard.press('Escape');
    await h.page.getByTestId('reading-placeholder').waitFor();

    await h.page.keyboard.press('x');
    await h.page.getByTestId('bulk-bar').getByText('1 selected').waitFor();
    await h.page.keyboard.press('Escape');
    expect(await h.page.getByTestId('bulk-bar').count()).toBe(0);

    await h.page.keyboard.press('/');
    expect(await h.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('inbox-search');
    await h.page.keyboard.type('pilot');
    await expect.poll(() => ui.rows.count()).toBe(1);
    await h.page.keyboard.press('Escape');
    await ui.waitForRows(4);
  });

  it('follows the dark appearance of the system', async () => {
    await h.page.emulateMedia({ colorScheme: 'dark' });
    try {
      await ui.open('Angebot Wartungsvertrag');
      expect(await ui.panel.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(35, 35, 38)');
      await h.screenshot('inbox-8b-dark');
    } finally {
      await h.page.emulateMedia({ colorScheme: 'light' });
    }
  });

  it('R4.9 copies a thread to a second item; the copy says where it came from', async () => {
    await ui.open('Pilot project for Acme');
    await ui.panel.getByTestId('create-lead').click();
    await ui.panel.getByRole('button', { name: 'Create lead and link' }).click();
    await ui.panel.getByTestId('linked-item').getByText('Pilot project for Acme').waitFor();

    await ui.open('Offer for 40 licences');
    const copy = ui.panel.getByTestId('copy-section');
    await copy.getByText('Copy to another item').click();
    await copy.getByRole('combobox').fill('pilot');
    await copy.getByRole('option', { name: /Pilot project for Acme/ }).click();
    await copy.getByText('Copied to “Pilot project for Acme”.').waitFor();
    await h.screenshot('inbox-9a-copied');
    await copy.getByRole('button', { name: 'Open the copy' }).click();
    await ui.panel.getByTestId('link-reason').getByText('Copied from another conversation').waitFor();
    await ui.panel.getByTestId('linked-item-title').getByText('Pilot project for Acme', { exact: true }).waitFor();
    await expect.poll(() => ui.rows.locator('.inbox-row-subject-text', { hasText: 'Offer for 40 licences' }).count()).toBe(2);
  });

  it('R3.7 deletes a message, then a whole thread, after confirmation', async () => {
    await ui.open('Offer for 40 licences');
    expect(await ui.thread.getByTestId('message').count()).toBe(2);
    await ui.thread.getByTestId('message').first().getByTestId('delete-message').click();
    await h.page.getByTestId('confirm-delete-message').getByRole('button', { name: 'Delete message' }).click();
    await expect.poll(() => ui.thread.getByTestId('message').count()).toBe(1);

    await ui.open('Quarterly numbers newsletter');
    await ui.thread.getByTestId('delete-thread').click();
    const confirm = h.page.getByTestId('confirm-delete-thread');
    await confirm.getByText('the next sync will not bring them back', { exact: false }).waitFor();
    await h.screenshot('inbox-9b-confirm-delete');
    await confirm.getByRole('button', { name: 'Delete conversation' }).click();
    await h.page.getByTestId('reading-placeholder').waitFor();
    await expect.poll(() => ui.row('Quarterly numbers newsletter').count()).toBe(0);
    expect(appErrors).toEqual([]);
  });
});
