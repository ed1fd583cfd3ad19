/**
 * R2.4 R10.5 answering from the thread in the real app (Chromium, real core, real mail stack,
 * real capture): Reply, Reply all and Forward open the docked compose panel beside the thread,
 * which stays readable; what goes out carries In-Reply-To / References, Re: / Fwd:, the right
 * recipients (never the user, never the drop box) and the CRM copy in the envelope only; the
 * submission server, the Sent folder and the drop box each have it once, and capture adds it to
 * the thread exactly once. The keys r, a, f; "Email" on a person's page; axe with compose open.
 */
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { OutboxEntryView } from '../../../shared/rules/send/outboxEntry';
import { seriousViolations } from '../../support/browser/axe';
import { useAppWithAccount } from '../../support/browser/appWithAccount';
import { eventually, headerBlock, headerValue, sourcesWithId } from '../../integration/send/stackAccess';
import { inboxPage } from '../inbox/inboxPage';
import { plainMail, type Party } from '../inbox/mail';
import { QUEUED_OR_SENT } from './composePage';
import { pageRows } from './pageRows';

const jane: Party = { name: 'Jane Roe', address: 'jane.roe@customer.example' };
const ola: Party = { name: 'Ola Nordmann', address: 'ola@customer.example' };
const NORA = 'nora@partner.example';
const SUBJECT = 'Harbor cranes offer';
const hour = 3600_000;

const { stack, sam, crm, h } = useAppWithAccount({
  beforeStart: async ({ stack, sam, crm }) => {
    const me: Party = { name: 'Sam Seller', address: sam.address };
    const d = stack.domain;
    const mails = [
      plainMail({ from: me, to: [jane], bcc: crm.address, subject: SUBJECT, date: new Date(Date.now() - 5 * hour), messageId: `cranes-1@${d}` }, 'Hello Jane,\n\ntwo harbor cranes, 1.2 M EUR.\n\nSam'),
      // the drop box in Cc on purpose: reply all must not send it a visible copy
      plainMail(
        { from: me, to: [jane], cc: [ola, { name: 'CRM', address: crm.address }], subject: `Re: ${SUBJECT}`, date: new Date(Date.now() - 2 * hour), messageId: `cranes-2@${d}`, inReplyTo: `cranes-1@${d}` },
        'Hi Jane, hi Ola,\n\ndelivery could start in May.\n\nSam',
      ),
    ];
    for (const raw of mails) await stack.deliver(crm.address, raw, { from: sam.address });
  },
});

interface MessageRowLike {
  threadId: string;
  messageId?: string;
}

const ui = () => inboxPage(h.page);
const dock = () => h.page.getByTestId('compose');

async function threadId(): Promise<string> {
  return (await ui().thread.getAttribute('data-thread-id')) ?? '';
}

/** The outbox entry that `pick` finds, once sent and filed in Sent. */
async function sentEntry(pick: (entry: OutboxEntryView) => boolean): Promise<OutboxEntryView> {
  return eventually(async () => {
    const answer = await h.core.dispatch('outbox:list', {});
    const entries = answer.ok ? (answer.value as OutboxEntryView[]) : [];
    return entries.find((e) => pick(e) && e.state === 'sent' && e.sentCopy !== undefined && e.sentCopy !== 'pending');
  }, 30_000);
}

/** What the submission server handed on for `address`, found by Message-ID. */
async function delivered(address: string, messageId: string): Promise<{ to: string[]; raw: string }> {
  return eventually(async () => {
    const found = stack.externalMail.find((m) => m.envelope.to.includes(address) && m.raw.toString('utf8').includes(`<${messageId}>`));
    return found ? { to: found.envelope.to, raw: found.raw.toString('utf8') } : undefined;
  }, 30_000);
}

/** Captured into the open thread: exactly one row with the sent Message-ID, in that thread. */
async function capturedOnce(messageId: string, thread: string): Promise<void> {
  const rows = await eventually(async () => {
    const all = await pageRows<MessageRowLike>(h.page, 'messages');
    const mine = all.filter((m) => m.messageId === messageId);
    return mine.length > 0 ? mine : undefined;
  }, 30_000);
  expect(rows.map((r) => r.threadId)).toEqual([thread]);
  // and it shows in the open thread, once
  await ui().thread.locator(`[data-testid="message"]`).last().waitFor();
}

async function sendFromDock(panel: Locator): Promise<void> {
  await panel.getByRole('button', { name: 'Send' }).click();
  await panel.waitFor({ state: 'detached' });
  await h.page.getByTestId('compose-queued').getByText(QUEUED_OR_SENT).waitFor();
}

/** The thread and the dock side by side: the thread's title and text visible above the dock, no overlap. */
async function threadStaysReadable(): Promise<void> {
  const threadBox = await ui().thread.boundingBox();
  const dockBox = await dock().boundingBox();
  expect(threadBox && dockBox).toBeTruthy();
  if (!threadBox || !dockBox) return;
  expect(threadBox.y + threadBox.height).toBeLessThanOrEqual(dockBox.y + 1);
  expect(threadBox.height).toBeGreaterThan(200);
  expect(await ui().thread.locator('.thread-title').isVisible()).toBe(true);
  // the page under the dock still takes clicks: the thread is not behind a modal
  expect(await h.page.evaluate(() => document.querySelector('dialog:modal') === null)).toBe(true);
}

describe('answering from the thread', () => {
  it('R2.4 R10.5 Reply on a message: to its recipient, Re:, threaded headers, the CRM copy in the envelope; captured into the thread once', async () => {
    await ui().waitForRows(1);
    await ui().open(SUBJECT);
    await ui().thread.getByText('delivery could start in May.', { exact: false }).waitFor();
    const thread = await threadId();
    const before = await ui().thread.getByTestId('message').count();

    await ui().thread.getByTestId('message').last().getByTestId('message-answer').getByRole('button', { name: 'Reply', exact: true }).click();
    const panel = h.page.getByRole('dialog', { name: 'Reply' });
    await panel.getByTestId('compose-to').getByText(jane.address).waitFor();
    expect(await panel.getByLabel('Subject').inputValue()).toBe(`Re: ${SUBJECT}`);
    const body = panel.getByLabel('Message', { exact: true });
    expect(await body.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await body.inputValue()).toContain('> delivery could start in May.');
    await body.press('Control+Home');
    await body.pressSequentially('Dear Jane, May it is.');
    await threadStaysReadable();
    await h.screenshot('answer-1-reply-docked');
    await sendFromDock(panel);
    // the focus goes back to the button that opened compose
    expect(await h.page.evaluate(() => document.activeElement?.textContent)).toContain('Reply');

    const entry = await sentEntry((e) => e.summary.subject === `Re: ${SUBJECT}`);
    expect(entry.summary.crmBcc).toBe(crm.address);
    const out = await delivered(jane.address, entry.messageId);
    const headers = headerBlock(out.raw);
    expect(out.to).toEqual([jane.address]);
    expect(headerValue(out.raw, 'Subject')).toBe(`Re: ${SUBJECT}`);
    expect(headerValue(out.raw, 'In-Reply-To')).toBe(`<cranes-2@${stack.domain}>`);
    expect(headerValue(out.raw, 'References')).toBe(`<cranes-1@${stack.domain}> <cranes-2@${stack.domain}>`);
    expect(headerValue(out.raw, 'To')).toContain(jane.address);
    expect(headers).not.toMatch(/^cc:/im);
    expect(headers).not.toMatch(/^bcc:/im);
    expect(out.raw.toLowerCase()).not.toContain(crm.address);
    expect(await sourcesWithId(stack, sam, 'Sent', entry.messageId)).toHaveLength(1);
    expect(await sourcesWithId(stack, crm, 'INBOX', entry.messageId)).toHaveLength(1);

    await capturedOnce(entry.messageId, thread);
    await expect.poll(() => ui().thread.getByTestId('message').count(), { timeout: 30_000 }).toBe(before + 1);
    await h.screenshot('answer-2-reply-captured');
    expect(h.pageErrors).toEqual([]);
  });

  it('R2.4 R10.5 the key a: Reply all to the latest message, the others in Cc, never the user or the drop box', async () => {
    const thread = await threadId();
    await ui().thread.getByTestId('message').last().waitFor();
    // the latest message is now the reply just captured (to Jane): answer the one to Jane and Ola
    await ui().thread.getByTestId('message').filter({ hasText: 'delivery could start in May.' }).first().getByTestId('message-answer').getByRole('button', { name: 'Reply all' }).waitFor();
    await ui().thread.locator('.thread-title').click();
    await h.page.keyboard.press('a');
    let panel = h.page.getByRole('dialog', { name: 'Reply to all' });
    await panel.waitFor();
    // the key answered the latest message (the reply to Jane alone): Jane only
    await panel.getByTestId('compose-to').getByText(jane.address).waitFor();
    await panel.getByRole('button', { name: 'Close (the draft is kept)' }).click();
    await panel.waitFor({ state: 'detached' });

    // Reply all on the message to Jane and Ola (with the drop box in its Cc)
    await ui().thread.getByTestId('message').filter({ hasText: 'delivery could start in May.' }).first().getByTestId('message-answer').getByRole('button', { name: 'Reply all' }).click();
    panel = h.page.getByRole('dialog', { name: 'Reply to all' });
    await panel.getByTestId('compose-cc').getByText(ola.address).waitFor();
    const to = await panel.getByTestId('compose-to').locator('.compose-chip-address').allTextContents();
    const cc = await panel.getByTestId('compose-cc').locator('.compose-chip-address').allTextContents();
    expect(to).toEqual([jane.address]);
    expect(cc).toEqual([ola.address]);
    const body = panel.getByLabel('Message', { exact: true });
    await body.press('Control+Home');
    await body.pressSequentially('Thanks both, see you in May.');
    await threadStaysReadable();
    await h.screenshot('answer-3-reply-all');
    await sendFromDock(panel);

    const entry = await sentEntry((e) => e.summary.subject === `Re: ${SUBJECT}` && e.summary.cc.some((m) => m.address === ola.address));
    expect(entry.summary.crmBcc).toBe(crm.address);
    const out = await delivered(ola.address, entry.messageId);
    expect([...out.to].sort()).toEqual([jane.address, ola.address].sort());
    expect(headerValue(out.raw, 'Cc')).toContain(ola.address);
    expect(headerValue(out.raw, 'To')).toContain(jane.address);
    expect(headerValue(out.raw, 'In-Reply-To')).toBe(`<cranes-2@${stack.domain}>`);
    expect(headerBlock(out.raw)).not.toMatch(/^bcc:/im);
    // never the user among the recipients (only From), never the drop box anywhere
    expect(`${headerValue(out.raw, 'To')} ${headerValue(out.raw, 'Cc')}`.toLowerCase()).not.toContain(sam.address);
    expect(out.raw.toLowerCase()).not.toContain(crm.address);
    expect(await sourcesWithId(stack, sam, 'Sent', entry.messageId)).toHaveLength(1);
    expect(await sourcesWithId(stack, crm, 'INBOX', entry.messageId)).toHaveLength(1);
    await capturedOnce(entry.messageId, thread);
    expect(h.pageErrors).toEqual([]);
  });

  it('R2.4 R10.5 the key f: Forward, Fwd:, the forwarded block, Tab takes the highlighted person; captured into the thread once', async () => {
    const thread = await threadId();
    await ui().thread.locator('.thread-title').click();
    await h.page.keyboard.press('f');
    const panel = h.page.getByRole('dialog', { name: 'Forward' });
    const to = panel.getByLabel('To', { exact: true });
    await to.waitFor();
    expect(await to.evaluate((e) => e === document.activeElement)).toBe(true);
    // typing into compose never answers again: r, a, f are letters there
    await to.pressSequentially('jan');
    await panel.getByRole('listbox', { name: 'People from the CRM' }).getByRole('option', { name: new RegExp(jane.address) }).waitFor();
    expect(await panel.getByRole('option', { selected: true }).textContent()).toContain(jane.address);
    await to.press('Tab');
    await panel.getByTestId('compose-to').getByText(jane.address).waitFor();
    expect(await to.inputValue()).toBe('');
    await to.fill(NORA);
    await to.press('Enter');
    await panel.getByTestId('compose-to').getByText(NORA).waitFor();
    const subject = await panel.getByLabel('Subject').inputValue();
    expect(subject).toMatch(/^Fwd: Re: Harbor cranes offer$/);
    expect(await panel.getByLabel('Message', { exact: true }).inputValue()).toContain('---------- Forwarded message ---------');
    await h.screenshot('answer-4-forward');
    await sendFromDock(panel);

    const entry = await sentEntry((e) => e.summary.subject === subject);
    const out = await delivered(NORA, entry.messageId);
    expect([...out.to].sort()).toEqual([NORA, jane.address].sort());
    expect(headerValue(out.raw, 'Subject')).toBe(subject);
    expect(headerValue(out.raw, 'In-Reply-To')).toMatch(/^<.+@.+>$/);
    expect(headerValue(out.raw, 'References')).toContain(`<cranes-1@${stack.domain}>`);
    expect(out.raw).toContain('---------- Forwarded message ---------');
    expect(out.raw.toLowerCase()).not.toContain(crm.address);
    expect(await sourcesWithId(stack, sam, 'Sent', entry.messageId)).toHaveLength(1);
    expect(await sourcesWithId(stack, crm, 'INBOX', entry.messageId)).toHaveLength(1);
    await capturedOnce(entry.messageId, thread);
    await h.screenshot('answer-5-forward-captured');
    expect(h.pageErrors).toEqual([]);
  });

  it('R10.5 the key r opens Reply; another answer asks before replacing it; Escape closes compose keeping the draft, Minimise folds it; axe finds nothing serious with compose open', async () => {
    await ui().thread.locator('.thread-title').click();
    await h.page.keyboard.press('r');
    const panel = h.page.getByRole('dialog', { name: 'Reply' });
    const body = panel.getByLabel('Message', { exact: true });
    await body.waitFor();
    expect(await body.evaluate((e) => e === document.activeElement)).toBe(true);
    await body.press('Control+Home');
    await body.pressSequentially('r a f typed, not keys');
    expect(await h.page.getByRole('dialog', { name: 'Reply' }).count()).toBe(1);
    expect(await body.inputValue()).toContain('r a f typed, not keys');

    expect(await seriousViolations(h.page)).toEqual([]);
    await h.screenshot('answer-6-reply-key');

    // Forward while the reply has the user's words: asked first, and "Keep writing" keeps them
    await ui().thread.getByTestId('thread-answer').getByRole('button', { name: 'Forward' }).click();
    const question = panel.getByTestId('compose-replace');
    await question.waitFor();
    const keep = question.getByRole('button', { name: 'Keep writing' });
    expect(await keep.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await seriousViolations(h.page)).toEqual([]);
    await h.screenshot('answer-6b-replace-question');
    await keep.click();
    await question.waitFor({ state: 'detached' });
    expect(await h.page.getByRole('dialog', { name: 'Reply' }).getByLabel('Message', { exact: true }).inputValue()).toContain('r a f typed, not keys');

    await panel.getByRole('button', { name: 'Minimise' }).click();
    await body.waitFor({ state: 'hidden' });
    await threadStaysReadable();
    expect(await seriousViolations(h.page)).toEqual([]);
    await h.screenshot('answer-7-minimised');
    await panel.getByRole('button', { name: 'Restore' }).click();
    await body.waitFor();
    expect(await body.inputValue()).toContain('r a f typed, not keys');

    await body.press('Escape');
    await panel.waitFor({ state: 'detached' });
    // the thread stays open: Escape was compose's
    await ui().thread.waitFor();
    expect(await h.page.getByTestId('compose-open').textContent()).toContain('Continue draft');
    await h.page.getByTestId('compose-open').click();
    expect(await h.page.getByRole('dialog', { name: 'Reply' }).getByLabel('Message', { exact: true }).inputValue()).toContain('r a f typed, not keys');
    await h.page.getByRole('dialog', { name: 'Reply' }).getByRole('button', { name: 'Discard' }).click();
    await h.page.getByRole('group', { name: 'Discard this draft?' }).getByRole('button', { name: 'Discard' }).click();
    await dock().waitFor({ state: 'detached' });
    expect(h.pageErrors).toEqual([]);
  });

  it('R10.5 "Email" on a person\'s page writes to that person', async () => {
    await h.page.getByRole('navigation').first().getByRole('button', { name: 'People' }).click();
    await h.page.getByTestId('person-row').filter({ hasText: jane.address }).first().click();
    await h.page.getByTestId('person-detail').waitFor();
    await h.page.getByTestId('person-email').click();
    const panel = h.page.getByRole('dialog', { name: 'New message' });
    await panel.getByTestId('compose-to').getByText(jane.address).waitFor();
    expect(await panel.getByTestId('compose-to').locator('.compose-chip-name').textContent()).toBe(jane.name);
    // addressed already: the focus starts at the subject
    expect(await panel.getByLabel('Subject').evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await seriousViolations(h.page)).toEqual([]);
    await h.screenshot('answer-8-person-email');
    await panel.getByRole('button', { name: 'Close (the draft is kept)' }).click();
    await panel.waitFor({ state: 'detached' });
    expect(h.pageErrors).toEqual([]);
  });

  it('R2.4 R2.1 a reply in a thread linked to a deal sends the CRM copy to the deal\'s address, and stays in the thread', async () => {
    await h.page.getByRole('navigation').first().getByRole('button', { name: 'Inbox' }).click();
    await ui().open(SUBJECT);
    const thread = await threadId();
    await ui().panel.getByTestId('create-deal').click();
    await ui().panel.getByTestId('create-item-form').getByRole('button', { name: 'Create deal and link' }).click();
    await ui().panel.getByTestId('linked-item').waitFor();

    await ui().thread.getByTestId('thread-answer').getByRole('button', { name: 'Reply', exact: true }).click();
    const panel = h.page.getByRole('dialog', { name: 'Reply' });
    const crmCopy = panel.getByTestId('compose-crm-copy');
    await crmCopy.getByText(/A copy for the CRM goes to the deal/).waitFor();
    const dealAddress = (await crmCopy.locator('code').textContent()) ?? '';
    expect(dealAddress).toMatch(new RegExp(`^crm\\+d-[0-9a-z]+@${stack.domain.replace('.', '\\.')}$`));
    const body = panel.getByLabel('Message', { exact: true });
    await body.press('Control+Home');
    await body.pressSequentially('The contract follows.');
    await h.screenshot('answer-9-reply-deal-copy');
    await sendFromDock(panel);

    const entry = await sentEntry((e) => e.summary.crmBcc === dealAddress);
    const out = await delivered(jane.address, entry.messageId);
    expect(out.raw.toLowerCase()).not.toContain(dealAddress);
    expect(out.raw).not.toMatch(/crm\+/i);
    expect(await sourcesWithId(stack, crm, 'INBOX', entry.messageId)).toHaveLength(1);
    await capturedOnce(entry.messageId, thread);

    // every answer sent from this thread, once each in the store, all in this one thread (the
    // drop box is read in order: this last one captured means the earlier ones were too)
    const sent = await h.core.dispatch('outbox:list', {});
    const ids = (sent.ok ? (sent.value as OutboxEntryView[]) : []).map((e) => e.messageId);
    expect(ids).toHaveLength(4);
    const rows = (await pageRows<MessageRowLike>(h.page, 'messages')).filter((m) => m.messageId !== undefined && ids.includes(m.messageId));
    expect(rows.map((r) => r.messageId).sort()).toEqual([...ids].sort());
    expect(new Set(rows.map((r) => r.threadId))).toEqual(new Set([thread]));
    expect(h.pageErrors).toEqual([]);
  });
});
