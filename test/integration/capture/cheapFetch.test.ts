/**
 * DESIGN "Fetch cheaply": the size limit before any body byte (R3.5), attachments listed from
 * BODYSTRUCTURE and downloaded on demand, a message that breaks understanding rejected rather
 * than dropped. Bytes are measured on the engine's own connections.
 */
import { randomBytes } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import type Mail from 'nodemailer/lib/mailer';
import { describe, expect, it } from 'vitest';
import { AttachmentUnavailableError } from '../../../main/capture/sync';
import { understandMessage } from '../../../main/capture/understand';
import { captureSuite, deliverAll, ownerMail, startEngine } from './fixtures';

const { running, dropBoxFor } = captureSuite();

function compose(options: Mail.Options): Promise<Buffer> {
  return new MailComposer(options).compile().build();
}

describe('capture engine: cheap fetch', () => {
  it('rejects a 21 MB message from its envelope as too-large without fetching its body', async () => {
    const c = await dropBoxFor('large');
    const raw = await compose({
      from: `Sam <${c.owner.address}>`,
      to: 'customer@external.test',
      subject: 'Big brochure',
      messageId: '<big-brochure@blindcopy.test>',
      date: new Date('2024-05-06T10:00:00Z'),
      text: 'The brochure is attached.',
      attachments: [{ filename: 'brochure.bin', content: randomBytes(16 * 1024 * 1024) }],
    });
    expect(raw.length).toBeGreaterThan(21 * 1000 * 1000);
    await c.stack.deliver(c.dropbox.address, raw, { from: c.owner.address });

    const { engine, store, source } = startEngine(c, running);
    await store.waitFor(() => store.rejectedOf(source.id).length === 1, 15_000, 'the rejection');
    const [rejected] = store.rejectedOf(source.id);
    expect(rejected).toMatchObject({
      reason: 'too-large',
      messageId: 'big-brochure@blindcopy.test',
      subject: 'Big brochure',
      from: { address: c.owner.address },
      source: { sourceId: source.id, uid: 1 },
    });
    expect(rejected?.size).toBeGreaterThan(20 * 1024 * 1024);
    const stats = engine.stats()[source.id];
    console.info(`too-large: ${raw.length} byte message, ${stats?.bytesReceived} bytes received in the whole session, ${stats?.bodyBytes} of them message bytes`);
    // Login, SELECT, SEARCH and one ENVELOPE/BODYSTRUCTURE line: a few KB, no body byte.
    expect(stats?.bodyBytes).toBe(0);
    expect(stats?.bytesReceived).toBeLessThan(16 * 1024);
  });

  it('lists a 3 MB attachment without fetching it, and downloads exactly its bytes on demand', async () => {
    const c = await dropBoxFor('attach');
    const pdf = randomBytes(3 * 1024 * 1024);
    const raw = await compose({
      from: `Sam <${c.owner.address}>`,
      to: 'Customer <customer@external.test>',
      subject: 'Your offer',
      messageId: '<offer-with-pdf@blindcopy.test>',
      date: new Date('2024-05-06T10:00:00Z'),
      text: 'Please find the offer attached.',
      html: '<p>Please find the <b>offer</b> attached.</p>',
      attachments: [{ filename: 'offer.pdf', content: pdf, contentType: 'application/pdf' }],
    });
    await c.stack.deliver(c.dropbox.address, raw, { from: c.owner.address });

    const { engine, store, source } = startEngine(c, running);
    await store.waitFor(() => store.messages.has('offer-with-pdf@blindcopy.test'), 15_000, 'the capture');
    const message = store.messages.get('offer-with-pdf@blindcopy.test');
    expect(message?.text.trim()).toBe('Please find the offer attached.');
    expect(message?.html).toContain('<b>offer</b>');
    // RFC822.SIZE (Dovecot adds its trace headers), not the size of the small stand-in.
    expect(message?.size).toBeGreaterThanOrEqual(raw.length);
    expect(message?.attachments).toHaveLength(1);
    const attachment = message?.attachments[0];
    expect(attachment).toMatchObject({ part: '2', filename: 'offer.pdf', contentType: 'application/pdf' });
    // BODYSTRUCTURE gives the base64 size; the listed size is the decoded estimate.
    expect(Math.abs((attachment?.size ?? 0) - pdf.length)).toBeLessThan(64);

    const fetched = engine.stats()[source.id];
    console.info(`attachment: ${raw.length} byte message, ${fetched?.bytesReceived} bytes received, ${fetched?.bodyBytes} message bytes`);
    expect(fetched?.bodyBytes).toBeLessThan(8 * 1024);
    expect(fetched?.bytesReceived).toBeLessThan(64 * 1024);

    const uidValidity = store.checkpoints.get(source.id)?.uidValidity ?? 0;
    const downloaded = await engine.downloadAttachment(source.id, uidValidity, message?.source.uid ?? 0, attachment?.part ?? '');
    expect(downloaded.equals(pdf)).toBe(true);
    const after = engine.stats()[source.id];
    expect(after?.attachmentBytes).toBeGreaterThan(pdf.length * 1.3); // it came base64-encoded
    expect(after?.bodyBytes).toBe(fetched?.bodyBytes);

    // A UID of another UIDVALIDITY names nothing any more: refused, not answered with another message.
    await expect(engine.downloadAttachment(source.id, uidValidity + 1, 1, '2')).rejects.toBeInstanceOf(AttachmentUnavailableError);
    await expect(engine.downloadAttachment(source.id, uidValidity, 1, '2] BODY[1')).rejects.toMatchObject({ code: 'bad-part' });
  });

  it('keeps a forwarded message with its own attachment small, listing the inner attachment by its IMAP part', async () => {
    const c = await dropBoxFor('forward');
    const inner = await compose({
      from: 'Customer <customer@external.test>',
      to: `Sam <${c.owner.address}>`,
      subject: 'Re: Your offer',
      messageId: '<customer-reply@external.test>',
      date: new Date('2024-05-06T09:00:00Z'),
      text: 'We accept, signed contract attached.',
      attachments: [{ filename: 'contract.pdf', content: randomBytes(1024 * 1024), contentType: 'application/pdf' }],
    });
    const raw = await compose({
      from: `Sam <${c.owner.address}>`,
      to: c.dropbox.address,
      subject: 'Fwd: Re: Your offer',
      messageId: '<forward-1@blindcopy.test>',
      date: new Date('2024-05-06T10:00:00Z'),
      text: 'For the CRM.',
      attachments: [{ filename: 'reply.eml', content: inner, contentType: 'message/rfc822' }],
    });
    await c.stack.deliver(c.dropbox.address, raw, { from: c.owner.address });

    const { engine, store, source } = startEngine(c, running);
    await store.waitFor(() => store.messages.size === 1, 15_000, 'the capture');
    const [message] = [...store.messages.values()];
    const listed = message?.attachments.find((a) => a.filename === 'contract.pdf');
    expect(listed?.part).toBe('2.2');
    expect(Math.abs((listed?.size ?? 0) - 1024 * 1024)).toBeLessThan(64);
    expect(engine.stats()[source.id]?.bodyBytes).toBeLessThan(16 * 1024);
    const uidValidity = store.checkpoints.get(source.id)?.uidValidity ?? 0;
    const contract = await engine.downloadAttachment(source.id, uidValidity, message?.source.uid ?? 0, '2.2');
    expect(contract.length).toBe(1024 * 1024);
  });

  it('rejects a message that makes understanding throw as unparseable, and goes on with the rest', async () => {
    const c = await dropBoxFor('broken');
    await deliverAll(c, ['broken-0', 'broken-1', 'broken-2'].map((id) => ownerMail(c, id)), 1);
    const { store, source } = startEngine(c, running, {
      understand: (raw, ctx) => (raw.includes('broken-1@') ? Promise.reject(new TypeError('boom')) : understandMessage(raw, ctx)),
    });
    await store.waitFor(() => store.checkpoints.get(source.id)?.lastUid === 3, 15_000, 'all three handled');
    expect([...store.messages.keys()].sort()).toEqual(['broken-0@blindcopy.test', 'broken-2@blindcopy.test']);
    expect(store.rejectedOf(source.id)).toEqual([
      expect.objectContaining({ reason: 'unparseable', messageId: 'broken-1@blindcopy.test', detail: 'understanding failed: TypeError', source: expect.objectContaining({ uid: 2 }) }),
    ]);
  });
});
