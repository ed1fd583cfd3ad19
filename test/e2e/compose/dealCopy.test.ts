/**
 * Compose in the real app (Chromium, real core, real mail stack, real capture): a deal chosen in
 * compose gets the CRM copy at its item address (R2.1), the customer's copy carries no trace of
 * it (R2.2), the Sent folder holds one copy (R2.3), and capture links the thread to the deal (R1.4).
 */
import { describe, expect, it } from 'vitest';
import type { OutboxEntryView } from '../../../shared/rules/send/outboxEntry';
import { useAppWithAccount } from '../../support/browser/appWithAccount';
import { eventually, headerBlock, sourcesWithId } from '../../integration/send/stackAccess';
import { addRecipient, chooseItem, openComposer, send, writeMessage } from './composePage';
import { waitForRow } from './pageRows';

const CUSTOMER = 'customer@elsewhere.example';
const SUBJECT = 'Harbor cranes: our offer';

const { stack, sam, crm, h } = useAppWithAccount();

async function sentEntry(subject: string): Promise<OutboxEntryView> {
  return eventually(async () => {
    const answer = await h.core.dispatch('outbox:list', {});
    const entries = answer.ok ? (answer.value as OutboxEntryView[]) : [];
    return entries.find((e) => e.summary.subject === subject && e.state === 'sent' && e.sentCopy !== undefined && e.sentCopy !== 'pending');
  }, 30_000);
}

describe('compose with a deal chosen in compose', () => {
  let dealId = '';
  let dealAddress = '';

  it('R1.3 a deal created in the Deals view has its own address', async () => {
    await h.page.getByRole('navigation').first().getByRole('button', { name: 'Deals' }).click();
    await h.page.getByRole('button', { name: 'New deal' }).click();
    const form = h.page.getByTestId('new-item-form');
    await form.getByLabel('Title').fill('Harbor cranes');
    await form.getByRole('button', { name: 'Create deal' }).click();
    dealAddress = (await h.page.getByTestId('item-address').textContent()) ?? '';
    expect(dealAddress).toMatch(new RegExp(`^crm\\+d-[0-9a-z]+@${stack.domain.replace('.', '\\.')}$`));
    dealId = await waitForRow(h.page, 'deals', (rows: { id: string; title: string }[]) => rows.find((r) => r.title === 'Harbor cranes')?.id);
  });

  it('R2.1 composing from the deal\'s page sends the CRM copy to the deal\'s address', async () => {
    await h.page.getByTestId('write-email').click();
    const dialog = h.page.getByRole('dialog', { name: 'New message' });
    const crmCopy = dialog.getByTestId('compose-crm-copy');
    await crmCopy.getByText('A copy for the CRM goes to the deal “Harbor cranes”').waitFor();
    expect(await crmCopy.locator('code').textContent()).toBe(dealAddress);
    await dialog.getByRole('button', { name: 'Discard' }).click();
    await dialog.getByRole('group', { name: 'Discard this draft?' }).getByRole('button', { name: 'Discard' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('R2.1 choosing the deal in compose shows its address as the CRM copy; R2.2 R2.3 R1.4 sent, hidden, filed once, linked', async () => {
    const dialog = await openComposer(h.page);
    await addRecipient(dialog, 'To', CUSTOMER);
    // the company address first, by default
    await dialog.getByTestId('compose-crm-copy').getByText(crm.address).waitFor();
    await chooseItem(dialog, 'harb', 'Harbor cranes');
    const crmCopy = dialog.getByTestId('compose-crm-copy');
    await crmCopy.getByText('A copy for the CRM goes to the deal “Harbor cranes”').waitFor();
    expect(await crmCopy.locator('code').textContent()).toBe(dealAddress);
    await writeMessage(dialog, SUBJECT, 'Hello,\n\nas promised, our offer for the two harbor cranes is attached.\n\nBest regards\nSam');
    await dialog.getByTestId('compose-file-input').setInputFiles({ name: 'offer.txt', mimeType: 'text/plain', buffer: Buffer.from('Two cranes, 1.2 M EUR.\n') });
    await dialog.getByTestId('compose-attachments').getByText('offer.txt').waitFor();
    await h.screenshot('compose-1-deal-chosen');
    await send(h.page, dialog);

    // the customer's copy: delivered, without Bcc and without any drop-box address
    const delivered = await eventually(async () => stack.externalMail.find((m) => m.envelope.to.includes(CUSTOMER)), 30_000);
    const raw = delivered.raw.toString('utf8');
    expect(delivered.envelope.to).toEqual([CUSTOMER]);
    expect(headerBlock(raw)).not.toMatch(/^bcc:/im);
    expect(raw.toLowerCase()).not.toContain(crm.address);
    expect(raw.toLowerCase()).not.toContain(dealAddress);
    expect(raw).not.toMatch(/crm\+/i);
    expect(raw).toContain('offer.txt');
    expect(raw).toMatch(/Content-Type: text\/html/i);

    // R2.3 exactly one copy in Sent; the drop box got its copy at the deal's address
    const entry = await sentEntry(SUBJECT);
    expect(entry.summary.crmBcc).toBe(dealAddress);
    expect(entry.summary.bcc).toEqual([]);
    expect(await sourcesWithId(stack, sam, 'Sent', entry.messageId)).toHaveLength(1);
    expect(await sourcesWithId(stack, crm, 'INBOX', entry.messageId)).toHaveLength(1);

    // R1.4 captured and linked to the deal
    const linkKey = await waitForRow(h.page, 'threads', (rows: { subject: string; linkKey?: string }[]) => rows.find((r) => r.subject === SUBJECT)?.linkKey);
    expect(linkKey).toBe(`deal:${dealId}`);
    await h.page.getByTestId('item-detail').getByText(SUBJECT).waitFor();
    await h.screenshot('compose-2-deal-linked');
    expect(h.pageErrors).toEqual([]);
  });

  it('R1.5 R2.5 warns about several item addresses and about size, without blocking; Discard forgets the draft', async () => {
    const dialog = await openComposer(h.page);
    // the customer became a person when the first message was captured: completion finds them
    const to = dialog.getByLabel('To', { exact: true });
    await to.fill('cust');
    await dialog.getByRole('listbox', { name: 'People from the CRM' }).getByRole('option', { name: new RegExp(CUSTOMER) }).waitFor();
    await to.press('ArrowDown');
    await to.press('Enter');
    await dialog.getByTestId('compose-to').getByText(CUSTOMER).waitFor();
    await addRecipient(dialog, 'To', `crm+d-0123456789abcdefgh@${stack.domain}`);
    await chooseItem(dialog, 'harb', 'Harbor cranes');
    const warnings = dialog.getByTestId('compose-warnings');
    await warnings.getByText('Several deals or leads among the recipients').waitFor();
    await dialog.getByTestId('compose-file-input').setInputFiles({ name: 'site-photos.zip', mimeType: 'application/zip', buffer: Buffer.alloc(21 * 1024 * 1024, 7) });
    await warnings.getByText(/This message is about 2\d\.\d MB/).waitFor();
    await warnings.getByText('The CRM captures messages up to 20 MB as sent').waitFor();
    await h.screenshot('compose-3-warnings');
    // never blocking: Send stays available
    expect(await dialog.getByRole('button', { name: 'Send' }).isEnabled()).toBe(true);

    await dialog.getByRole('button', { name: 'Discard' }).click();
    await dialog.getByRole('group', { name: 'Discard this draft?' }).getByRole('button', { name: 'Discard' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await h.page.getByTestId('compose-open').textContent()).toContain('Compose');
    expect(h.pageErrors).toEqual([]);
  });
});
