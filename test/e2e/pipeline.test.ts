/**
 * The whole capture path in the real app: Dovecot drop box → main's capture engine → IPC
 * batches → the renderer's CRM store in Chromium's IndexedDB → acknowledged checkpoint; then new
 * mail through SMTP arrives by IDLE.
 */
import nodemailer from 'nodemailer';
import { describe, expect, it } from 'vitest';
import { useAppWithAccount } from '../support/browser/appWithAccount';
import { countRows, rowKeys, waitForRows } from '../support/browser/pageDb';
import { sampleDropboxMail } from '../support/demo/sampleMail';

const { stack, sam, crm, h } = useAppWithAccount({
  async beforeStart({ stack, sam, crm }) {
    for (const m of sampleDropboxMail(sam.address, crm.address, stack.domain)) await stack.deliver(crm.address, m.raw);
  },
});

describe('capture into the app', () => {
  it('R3.1 mirrors the drop box into the store: the reply joins its thread, the stranger is rejected', async () => {
    // 4 sample messages: two of one conversation, one forwarded reply, one from a stranger
    await waitForRows(h.page, 'messages', (n) => n === 3);
    expect(await countRows(h.page, 'threads')).toBe(2);
    await waitForRows(h.page, 'rejected', (n) => n === 1);
    // Two sources: the drop box, and the account's sync folder (R8.3, replication is on by default).
    await waitForRows(h.page, 'syncSources', (n) => n >= 2);
    expect((await rowKeys(h.page, 'syncSources')).sort()).toEqual(['dropbox', 'replica:Blindcopy']);
    expect(h.pageErrors).toEqual([]);
  });

  it('R3.1 a message sent with BCC afterwards arrives through IDLE', async () => {
    const transport = nodemailer.createTransport(stack.smtpConfig(sam));
    await transport.sendMail({
      from: sam.address,
      to: 'lena@customer.example',
      bcc: crm.address,
      subject: 'Pricing for next year',
      text: 'Hello Lena, here are the prices.',
    });
    transport.close();
    await waitForRows(h.page, 'threads', (n) => n === 3);
    await h.screenshot('pipeline-captured');
  });
});
