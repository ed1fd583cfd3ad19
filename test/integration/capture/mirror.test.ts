/**
 * Cold mirror of a drop box, then new mail through IDLE (R3.1), against the real Dovecot.
 */
import nodemailer from 'nodemailer';
import { describe, expect, it } from 'vitest';
import { deliverAll, mailboxBytes, mailboxMessageIds, ownerMail, startEngine, sharedDropBoxSuite } from './fixtures';

const COLD_MESSAGES = 300;

const { running, c } = sharedDropBoxSuite();

describe('capture engine: mirror', () => {
  it('mirrors a drop box of a few hundred messages exactly, then captures new mail through IDLE', async () => {
    await deliverAll(c, Array.from({ length: COLD_MESSAGES }, (_, i) => ownerMail(c, `cold-${i}`)));
    const inMailbox = await mailboxMessageIds(c.stack, c.dropbox);
    expect(inMailbox).toHaveLength(COLD_MESSAGES);

    const started = performance.now();
    const { engine, store, progress, source } = startEngine(c, running);
    await store.waitFor(() => store.capturedCount(source.id) === COLD_MESSAGES, 30_000, 'the cold mirror');
    const seconds = (performance.now() - started) / 1000;
    await progress.waitFor((p) => p.state === 'idle', 5_000, 'idle after the mirror');
    const stats = engine.stats()[source.id];
    const size = await mailboxBytes(c.stack, c.dropbox);
    console.info(
      `cold mirror: ${COLD_MESSAGES} messages in ${seconds.toFixed(2)} s = ${Math.round(COLD_MESSAGES / seconds)} msg/s; ` +
        `received ${stats?.bytesReceived} bytes on the wire (${stats?.bodyBytes} message bytes) for a mailbox of ${size} bytes`,
    );

    // The store holds exactly what the mailbox holds: same Message-IDs, none twice.
    const stored = store.messageIdsOf(source.id);
    expect(new Set(stored).size).toBe(stored.length);
    expect([...stored].sort()).toEqual([...inMailbox].sort());
    expect(store.redelivered).toBe(0);
    expect(store.regressions).toBe(0);
    expect(store.rejectedOf(source.id)).toEqual([]);
    const sample = store.messages.get('cold-7@blindcopy.test');
    expect(sample).toMatchObject({ owner: c.owner.address, direction: 'outgoing', subject: 'Offer cold-7', sourceKind: 'dropbox' });
    expect(sample?.to).toEqual([{ address: 'customer-cold-7@external.test', name: 'Customer cold-7' }]);

    // New mail: submitted over SMTP with the drop box in BCC, it must arrive through IDLE.
    const transport = nodemailer.createTransport(c.stack.smtpConfig(c.owner));
    const sentAt = performance.now();
    try {
      await transport.sendMail({
        from: `Sam Seller <${c.owner.address}>`,
        to: 'buyer@external.test',
        bcc: c.dropbox.address,
        subject: 'Fresh offer',
        text: 'Here is the offer.',
        messageId: '<fresh-offer@blindcopy.test>',
      });
    } finally {
      transport.close();
    }
    await store.waitFor(() => store.messages.has('fresh-offer@blindcopy.test'), 10_000, 'the submitted message to arrive through IDLE');
    console.info(`IDLE capture latency: ${Math.round(performance.now() - sentAt)} ms from SMTP submission to the store`);
    const fresh = store.messages.get('fresh-offer@blindcopy.test');
    expect(fresh).toMatchObject({ subject: 'Fresh offer', direction: 'outgoing', to: [{ address: 'buyer@external.test' }] });
    expect(fresh?.text.trim()).toBe('Here is the offer.');
    expect(store.capturedCount(source.id)).toBe(COLD_MESSAGES + 1);
  });
});
