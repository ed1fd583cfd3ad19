/**
 * R2.6 / R8.1 the outbox in the real app: mail sent while the SMTP server is down waits and goes
 * out once it is back — exactly once; a permanent refusal is shown with the server's words, and
 * Retry sends it.
 */
import { describe, expect, it } from 'vitest';
import { useAppWithAccount } from '../../support/browser/appWithAccount';
import { addRecipient, openComposer, openOutbox, outboxEntry, send, writeMessage } from './composePage';

/** "Sent 3:04 PM" (or "Sent Jan 5" after midnight): the badge of a sent entry (en-US) */
const SENT_AT = /Sent (\d{1,2}:\d{2}|[A-Z][a-z]{2} \d)/;

const { stack, h } = useAppWithAccount();

async function compose(subject: string, to: string): Promise<void> {
  const dialog = await openComposer(h.page);
  await addRecipient(dialog, 'To', to);
  await writeMessage(dialog, subject, 'Hello,\n\nthe dates for the site visit follow.\n\nSam');
  await send(h.page, dialog);
}

describe('the outbox', () => {
  it('R8.1 R2.6 a message sent while the server is down waits, then goes out exactly once', async () => {
    await stack.stopSmtp();
    const before = stack.smtp.acceptedCount;
    await compose('Site visit dates', 'lena@customer.example');

    const panel = await openOutbox(h.page);
    const entry = outboxEntry(panel, 'Site visit dates');
    await entry.getByText('Waiting — next attempt').waitFor({ timeout: 20_000 });
    await entry.getByText('The mail server cannot be reached right now').waitFor();
    expect(await h.page.getByTestId('outbox-count').textContent()).toBe('1');
    await h.screenshot('outbox-1-waiting');

    await stack.startSmtp();
    // the next attempt comes by itself (back-off of 7.5–15 s after the first failure)
    await entry.getByText(SENT_AT).waitFor({ timeout: 60_000 });
    expect(stack.smtp.acceptedCount).toBe(before + 1);
    await h.screenshot('outbox-2-sent');
    await h.page.waitForTimeout(2000);
    expect(stack.smtp.acceptedCount).toBe(before + 1);
    await panel.getByRole('button', { name: 'Close the outbox' }).click();
  });

  it('R2.6 a permanent refusal shows the server’s words; Retry sends it', async () => {
    const before = stack.smtp.acceptedCount;
    stack.smtp.failNext(1, 550, 'mailbox unavailable');
    await compose('Revised price list', 'marco@customer.example');

    const panel = await openOutbox(h.page);
    const entry = outboxEntry(panel, 'Revised price list');
    await entry.getByText('Not sent').waitFor({ timeout: 20_000 });
    await entry.getByText('mailbox unavailable').waitFor();
    await h.screenshot('outbox-3-refused');
    expect(stack.smtp.acceptedCount).toBe(before);

    await entry.getByRole('button', { name: 'Retry “Revised price list”' }).click();
    await entry.getByText(SENT_AT).waitFor({ timeout: 30_000 });
    expect(stack.smtp.acceptedCount).toBe(before + 1);
    await h.screenshot('outbox-4-retried');
    await panel.getByRole('button', { name: 'Close the outbox' }).click();
    expect(h.pageErrors).toEqual([]);
  });

  it('R2.6 Edit reopens the refused message in compose; saving sends the changed message', async () => {
    const before = stack.smtp.acceptedCount;
    stack.smtp.failNext(1, 550, 'mailbox unavailable');
    await compose('Contract draft', 'nora@customer.example');
    let panel = await openOutbox(h.page);
    await outboxEntry(panel, 'Contract draft').getByText('Not sent').waitFor({ timeout: 20_000 });
    await outboxEntry(panel, 'Contract draft').getByRole('button', { name: 'Edit “Contract draft”' }).click();

    const dialog = h.page.getByRole('dialog', { name: 'Edit queued message' });
    await dialog.getByTestId('compose-to').getByText('nora@customer.example').waitFor();
    expect(await dialog.getByLabel('Subject').inputValue()).toBe('Contract draft');
    await dialog.getByLabel('Subject').fill('Contract draft, version 2');
    await h.screenshot('outbox-5-edit');
    await dialog.getByRole('button', { name: 'Save and send' }).click();
    await dialog.waitFor({ state: 'hidden' });

    panel = await openOutbox(h.page);
    await outboxEntry(panel, 'Contract draft, version 2').getByText(SENT_AT).waitFor({ timeout: 30_000 });
    expect(await outboxEntry(panel, 'Contract draft').count()).toBe(0);
    expect(stack.smtp.acceptedCount).toBe(before + 1);
    const sent = stack.externalMail.filter((m) => m.envelope.to.includes('nora@customer.example'));
    expect(sent).toHaveLength(1);
    expect(sent[0]?.raw.toString('utf8')).toContain('Subject: Contract draft, version 2');
    expect(h.pageErrors).toEqual([]);
  });
});
