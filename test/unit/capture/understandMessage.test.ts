import { describe, expect, it } from 'vitest';
import { isTooLarge, MAX_CAPTURE_BYTES, rejectTooLarge } from '../../../main/capture/understand/rejections';
import { understandMessage } from '../../../main/capture/understand/understandMessage';
import { ALTERNATE, captured, context, DROPBOX, forwardAsAttachment, NOW, OLD_DROPBOX, OWNER, PENDING, rawMessage, rejected, textMessage } from './support';

const JOHN = 'John Doe <john.doe@acme.com>';

/** The customer's reply as John's client sent it: multipart, with a file. */
function customerReply(headers: { messageId?: string } = {}): Buffer {
  const boundary = 'inner-7';
  const lines: Array<[string, string]> = [
    ['From', JOHN],
    ['To', `Sam Seller <${OWNER}>`],
    ['Cc', 'Walter Sheltan <walter.sheltan@acme.com>'],
    ['Subject', 'Re: Offer'],
    ['Date', 'Tue, 14 May 2024 08:30:00 +0200'],
  ];
  if (headers.messageId !== undefined) lines.push(['Message-ID', headers.messageId]);
  lines.push(
    ['In-Reply-To', '<offer-1@seller.example>'],
    ['References', '<offer-0@seller.example> <offer-1@seller.example>'],
    ['MIME-Version', '1.0'],
    ['Content-Type', `multipart/mixed; boundary="${boundary}"`],
  );
  const body = [
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    'We accept the offer at 12,400 EUR.',
    `--${boundary}`,
    'Content-Type: application/pdf; name="po.pdf"',
    'Content-Disposition: attachment; filename="po.pdf"',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from('%PDF-1.4 purchase order').toString('base64'),
    `--${boundary}--`,
    '',
  ].join('\r\n');
  return rawMessage(lines, body);
}

const forwardNote = { from: `Sam Seller <${OWNER}>`, to: DROPBOX, subject: 'Fwd: Re: Offer', messageId: '<fwd-1@seller.example>', text: 'See below, he accepted.' };

describe('understandMessage: forwarded replies (R3.2)', () => {
  it('R3.2 attributes a reply forwarded as message/rfc822 to its author', async () => {
    const raw = forwardAsAttachment(forwardNote, customerReply({ messageId: '<reply-1@acme.com>' }));
    const message = captured(await understandMessage(raw, context()));
    expect(message).toMatchObject({
      messageId: 'reply-1@acme.com',
      owner: OWNER,
      direction: 'incoming',
      from: { address: 'john.doe@acme.com', name: 'John Doe' },
      forwardedBy: { address: OWNER, name: 'Sam Seller' },
      to: [{ address: OWNER, name: 'Sam Seller' }],
      cc: [{ address: 'walter.sheltan@acme.com', name: 'Walter Sheltan' }],
      subject: 'Re: Offer',
      date: Date.UTC(2024, 4, 14, 6, 30),
      inReplyTo: 'offer-1@seller.example',
      references: ['offer-0@seller.example', 'offer-1@seller.example'],
      sourceKind: 'dropbox',
    });
    expect(message.text.trim()).toBe('We accept the offer at 12,400 EUR.');
    expect(message.text).not.toContain('he accepted');
    // the forwarded message's own file, numbered inside the rfc822 part; the part itself is consumed
    expect(message.attachments).toEqual([{ part: '2.2', filename: 'po.pdf', contentType: 'application/pdf', size: 23 }]);
  });

  it('R3.2 keeps the outer Message-ID when the attached original has none, and the original thread headers', async () => {
    const raw = forwardAsAttachment(forwardNote, customerReply());
    const message = captured(await understandMessage(raw, context()));
    expect(message).toMatchObject({ messageId: 'fwd-1@seller.example', inReplyTo: 'offer-1@seller.example', from: { address: 'john.doe@acme.com' } });
  });

  it('R3.2 attributes an inline forward to its author, keeping the forward thread headers', async () => {
    const text = [
      'Please file this.',
      '',
      '---------- Forwarded message ---------',
      'From: John Doe <john.doe@acme.com>',
      'Date: Tue, 14 May 2024 08:30:00 +0200',
      'Subject: Re: Offer',
      `To: Sam Seller <${OWNER}>, crm+d-7kq2m9@seller.example`,
      '',
      'We accept the offer at 12,400 EUR.',
    ].join('\n');
    const raw = textMessage({ ...forwardNote, from: ALTERNATE, extra: [['In-Reply-To', '<reply-1@acme.com>']], text });
    const message = captured(await understandMessage(raw, context()));
    expect(message).toMatchObject({
      messageId: 'fwd-1@seller.example',
      owner: ALTERNATE,
      direction: 'incoming',
      from: { address: 'john.doe@acme.com', name: 'John Doe' },
      forwardedBy: { address: ALTERNATE },
      to: [{ address: OWNER, name: 'Sam Seller' }],
      subject: 'Re: Offer',
      date: Date.UTC(2024, 4, 14, 6, 30),
      inReplyTo: 'reply-1@acme.com',
    });
    expect(message.text.trim()).toBe('We accept the offer at 12,400 EUR.');
    expect(message.html).toBeUndefined();
  });

  it('R2.1 a forward BCC\'d to the drop box on its way to a colleague is the owner\'s outgoing mail', async () => {
    const raw = forwardAsAttachment({ ...forwardNote, to: 'Kim <kim@seller.example>' }, customerReply({ messageId: '<reply-1@acme.com>' }));
    const message = captured(await understandMessage(raw, context()));
    expect(message).toMatchObject({ messageId: 'fwd-1@seller.example', direction: 'outgoing', from: { address: OWNER }, to: [{ address: 'kim@seller.example' }] });
    expect(message.forwardedBy).toBeUndefined();
    expect(message.attachments.map((a) => [a.part, a.contentType])).toEqual([['2', 'message/rfc822']]);
  });

  it('R3.3 a forward from a stranger is rejected as unknown-owner without being unwrapped', async () => {
    const raw = forwardAsAttachment({ ...forwardNote, from: 'Mallory <mallory@evil.example>' }, customerReply({ messageId: '<reply-1@acme.com>' }));
    expect(rejected(await understandMessage(raw, context()))).toMatchObject({
      reason: 'unknown-owner',
      detail: 'mallory@evil.example',
      messageId: 'fwd-1@seller.example',
      from: { address: 'mallory@evil.example', name: 'Mallory' },
    });
  });

  it('R3.2 stays fast on text built to stall the forward parser', async () => {
    const text = `---------- Forwarded message ---------\nFrom: John Doe <john.doe@acme.com>\nSubject: x\n\n${'\n'.repeat(500_000)}end`;
    const started = Date.now();
    const message = captured(await understandMessage(textMessage({ ...forwardNote, text }), context()));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(message.from.address).toBe('john.doe@acme.com');
    expect(message.text).toContain('end');
  });
});

describe('understandMessage: addresses and owner', () => {
  it('R1.4 collects item tokens from Delivered-To, X-Original-To, To and Cc and removes drop-box addresses', async () => {
    const raw = textMessage({
      from: `Sam Seller <${OWNER}>`,
      to: 'Jane Roe <jane@customer.example>, crm+d-aaaa2222@seller.example',
      cc: `${OLD_DROPBOX}, Kim <kim@seller.example>, CRM+L-BBBB3333@OLD-SELLER.EXAMPLE`,
      extra: [
        ['Delivered-To', 'crm+d-cccc4444@seller.example'],
        ['Delivered-To', DROPBOX],
        ['X-Original-To', 'crm+d-aaaa2222@seller.example'],
      ],
      messageId: '<m1@seller.example>',
      text: 'Hello Jane',
    });
    const message = captured(await understandMessage(raw, context()));
    expect(message.itemTokens).toEqual(['d-cccc4444', 'd-aaaa2222', 'l-bbbb3333']);
    expect(message.to).toEqual([{ address: 'jane@customer.example', name: 'Jane Roe' }]);
    expect(message.cc).toEqual([{ address: 'kim@seller.example', name: 'Kim' }]);
    expect(message).toMatchObject({ direction: 'outgoing', owner: OWNER, from: { address: OWNER, name: 'Sam Seller' } });
  });

  it('R3.3 rejects mail from an unknown sender with what identifies it, never its body', async () => {
    const raw = textMessage({ from: 'Eve <EVE@Evil.Example>', to: DROPBOX, subject: 'Win', messageId: '<spam@evil.example>', text: 'secret body words' });
    const result = rejected(await understandMessage(raw, context()));
    expect(result).toEqual({
      source: { sourceId: 'dropbox-1', uidValidity: 7, uid: 42 },
      reason: 'unknown-owner',
      detail: 'eve@evil.example',
      messageId: 'spam@evil.example',
      from: { address: 'eve@evil.example', name: 'Eve' },
      subject: 'Win',
      date: Date.UTC(2024, 4, 15, 10),
      size: raw.length,
    });
    expect(JSON.stringify(result)).not.toContain('secret');
  });

  it('R3.8 holds mail from a pending alternate address as owner-pending', async () => {
    const raw = textMessage({ from: PENDING, to: 'jane@customer.example', text: 'Hi' });
    expect(rejected(await understandMessage(raw, context()))).toMatchObject({ reason: 'owner-pending', detail: PENDING });
  });

  it('R7.4 synced mail from a customer is incoming, owned by the account, its recipients kept', async () => {
    const raw = textMessage({ from: JOHN, to: `${OWNER}, Bessie <bessie.berry@acme.com>`, cc: DROPBOX, messageId: '<r@acme.com>', text: 'Hi Sam' });
    const message = captured(await understandMessage(raw, context({ sourceKind: 'sync' })));
    expect(message).toMatchObject({
      sourceKind: 'sync',
      owner: OWNER,
      direction: 'incoming',
      from: { address: 'john.doe@acme.com', name: 'John Doe' },
      to: [{ address: OWNER }, { address: 'bessie.berry@acme.com', name: 'Bessie' }],
      cc: [],
    });
  });

  it('R7 synced mail is never rejected for its sender, and forwards in it are not unwrapped', async () => {
    const raw = forwardAsAttachment({ ...forwardNote, from: 'Stranger <someone@else.example>' }, customerReply({ messageId: '<reply-1@acme.com>' }));
    const message = captured(await understandMessage(raw, context({ sourceKind: 'sync' })));
    expect(message).toMatchObject({ messageId: 'fwd-1@seller.example', direction: 'incoming', owner: OWNER, from: { address: 'someone@else.example' } });
  });
});

describe('understandMessage: identity, dates, bodies', () => {
  it('R3.6 synthesizes a stable Message-ID from the source when the header is missing', async () => {
    const raw = textMessage({ from: OWNER, to: 'jane@customer.example', text: 'Hi' });
    expect(captured(await understandMessage(raw, context())).messageId).toBe('7.42.dropbox-1@blindcopy.invalid');
  });

  it('falls back to INTERNALDATE, then to the clock, for a broken or absurd Date header', async () => {
    const broken = textMessage({ from: OWNER, to: 'jane@customer.example', date: 'Pn, 29 paX 2007 21:13:00 +0100', text: 'Hi' });
    const internalDate = Date.UTC(2024, 4, 1);
    expect(captured(await understandMessage(broken, context({ internalDate }))).date).toBe(internalDate);
    expect(captured(await understandMessage(broken, context())).date).toBe(NOW);
    const future = textMessage({ from: OWNER, to: 'jane@customer.example', date: 'Mon, 30 Jun 3609 15:33:50 +0600', text: 'Hi' });
    expect(captured(await understandMessage(future, context({ internalDate: new Date(internalDate) }))).date).toBe(internalDate);
  });

  it('keeps the HTML as it is (cid: links included) next to the text, and passes IMAP facts through', async () => {
    const html = '<p>Hi <b>Jane</b><img src="cid:logo@seller"></p><script>x()</script>';
    const raw = rawMessage(
      [
        ['From', OWNER],
        ['To', 'jane@customer.example'],
        ['Subject', '=?utf-8?q?Gr=C3=BC=C3=9Fe?='],
        ['Content-Type', 'multipart/alternative; boundary="alt"'],
      ],
      ['--alt', 'Content-Type: text/plain; charset=utf-8', '', 'Hi Jane', '--alt', 'Content-Type: text/html; charset=utf-8', '', html, '--alt--', ''].join('\r\n'),
    );
    const gmail = { msgId: '1799', threadId: '1798' };
    const message = captured(await understandMessage(raw, context({ size: 4096, gmail })));
    expect(message).toMatchObject({ subject: 'Grüße', html, size: 4096, gmail });
    expect(message.text.trim()).toBe('Hi Jane');
  });

  it('rejects a message the parser cannot read as unparseable, naming the step and not the content', async () => {
    const raw = rawMessage([['From', OWNER], ['X-Huge', 'secret'.repeat(200_000)]], 'body');
    const result = rejected(await understandMessage(raw, context()));
    expect(result).toMatchObject({ reason: 'unparseable', size: raw.length });
    expect(result.detail).toMatch(/^parse failed: /);
    expect(result.detail).not.toContain('secret');
  });
});

describe('rejectTooLarge (R3.5)', () => {
  it('R3.5 builds the Rejected entry from the IMAP envelope alone', () => {
    const envelope = {
      source: { sourceId: 'dropbox-1', uidValidity: 7, uid: 43 },
      messageId: '<big@seller.example>',
      subject: 'Brochure',
      date: new Date(Date.UTC(2024, 4, 15)),
      from: [{ name: 'Sam Seller', address: 'SAM@seller.example' }],
    };
    const size = 25 * 1024 * 1024;
    expect(isTooLarge(size)).toBe(true);
    expect(isTooLarge(MAX_CAPTURE_BYTES)).toBe(false);
    expect(rejectTooLarge(envelope, size)).toEqual({
      source: envelope.source,
      reason: 'too-large',
      detail: `${size} bytes, limit ${MAX_CAPTURE_BYTES} bytes`,
      messageId: 'big@seller.example',
      from: { address: OWNER, name: 'Sam Seller' },
      subject: 'Brochure',
      date: Date.UTC(2024, 4, 15),
      size,
    });
    expect(rejectTooLarge({ source: envelope.source }, 2_000, 1_000)).toEqual({
      source: envelope.source,
      reason: 'too-large',
      detail: '2000 bytes, limit 1000 bytes',
      size: 2_000,
    });
  });
});
