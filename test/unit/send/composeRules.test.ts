import { describe, expect, it } from 'vitest';
import type { Mailbox } from '../../../shared/domain/mail';
import { crmBccFor, type CrmBccMode } from '../../../shared/rules/send/crmBcc';
import { envelopeOf } from '../../../shared/rules/send/envelope';
import { forwardBody, forwardSubject, quoteForReply, replySubject } from '../../../shared/rules/send/quote';
import { replyHeaders, trimReferences, MAX_REFERENCES } from '../../../shared/rules/send/replyHeaders';
import { replyAllRecipients, replyFromAddress, replyRecipients } from '../../../shared/rules/send/replyRecipients';
import { outgoing } from './builders';

const COMPANY = 'crm@acme.com';
const ITEM = 'crm+d-7kq2m9@acme.com';

describe('R2.1 which CRM address compose adds', () => {
  it.each<[string, CrmBccMode, string | undefined, string | undefined, ReturnType<typeof crmBccFor>]>([
    ['always adds the company address', 'always', COMPANY, undefined, { address: COMPANY, confirm: false, source: 'company' }],
    ['ask proposes it for confirmation', 'ask', COMPANY, undefined, { address: COMPANY, confirm: true, source: 'company' }],
    ['never adds nothing', 'never', COMPANY, undefined, undefined],
    ['an item address replaces the company address', 'always', COMPANY, ITEM, { address: ITEM, confirm: false, source: 'item' }],
    ['an item address is not asked about', 'ask', COMPANY, ITEM, { address: ITEM, confirm: false, source: 'item' }],
    ['an item chosen by the user is added even with never', 'never', COMPANY, ITEM, { address: ITEM, confirm: false, source: 'item' }],
    ['no drop box configured: nothing', 'always', undefined, undefined, undefined],
    ['a blank item address is no item address', 'always', COMPANY, '  ', { address: COMPANY, confirm: false, source: 'company' }],
  ])('R2.1 %s', (_name, mode, company, item, expected) => {
    expect(crmBccFor(mode, company, item)).toEqual(expected);
  });
});

describe('R2.2 the SMTP envelope', () => {
  it('R2.2 holds To, Cc, Bcc and the CRM address, each once', () => {
    const message = outgoing({
      to: [{ address: 'Bob@x.test' }],
      cc: [{ address: 'carol@x.test' }, { address: 'bob@x.test' }],
      bcc: [{ address: 'dave@x.test' }],
      crmBcc: COMPANY,
    });
    expect(envelopeOf(message)).toEqual({ from: 'alice@acme.com', to: ['Bob@x.test', 'carol@x.test', 'dave@x.test', COMPANY] });
  });

  it('R2.2 without a CRM address the envelope is just the recipients', () => {
    expect(envelopeOf(outgoing({ to: [{ address: 'bob@x.test' }] })).to).toEqual(['bob@x.test']);
  });
});

describe('R2.4 In-Reply-To and References', () => {
  it.each<[string, Parameters<typeof replyHeaders>[0], ReturnType<typeof replyHeaders>]>([
    ['a first reply references the original', { messageId: 'a@x', references: [] }, { inReplyTo: 'a@x', references: ['a@x'] }],
    ['references grow by the original id', { messageId: 'c@x', inReplyTo: 'b@x', references: ['a@x', 'b@x'] }, { inReplyTo: 'c@x', references: ['a@x', 'b@x', 'c@x'] }],
    ['without References the parent In-Reply-To is used', { messageId: 'b@x', inReplyTo: 'a@x', references: [] }, { inReplyTo: 'b@x', references: ['a@x', 'b@x'] }],
    ['angle brackets and duplicates are cleaned', { messageId: '<c@x>', references: ['<a@x>', 'a@x', '<c@x>'] }, { inReplyTo: 'c@x', references: ['a@x', 'c@x'] }],
    ['a made-up id (message had none) is not referenced', { messageId: '1.2.src@blindcopy.invalid', references: ['a@x'] }, { references: ['a@x'] }],
    ['garbage ids are dropped', { messageId: 'b@x', references: ['not an id', 'a@x'] }, { inReplyTo: 'b@x', references: ['a@x', 'b@x'] }],
  ])('R2.4 %s', (_name, original, expected) => {
    expect(replyHeaders(original)).toEqual(expected);
  });

  it('R2.4 long chains keep the root and the newest ids', () => {
    const chain = Array.from({ length: 40 }, (_, i) => `m${i}@example.test`);
    const { references } = replyHeaders({ messageId: 'last@example.test', references: chain });
    expect(references.length).toBe(MAX_REFERENCES);
    expect(references[0]).toBe('m0@example.test');
    expect(references.at(-1)).toBe('last@example.test');
    expect(references.at(-2)).toBe('m39@example.test');
  });

  it('R2.4 a header that would pass 900 characters is trimmed from the middle', () => {
    const long = Array.from({ length: 10 }, (_, i) => `${String(i).repeat(150)}@example.test`);
    const trimmed = trimReferences(long);
    expect(trimmed.join(' ').length).toBeLessThan(900);
    expect(trimmed[0]).toBe(long[0]);
    expect(trimmed.at(-1)).toBe(long.at(-1));
  });
});

const jane: Mailbox = { address: 'jane@customer.test', name: 'Jane Roe' };
const ours = { own: ['alice@acme.com', 'alice@alt.test'], dropbox: [COMPANY] };

describe('R2.4 reply and reply-all recipients', () => {
  const incoming = {
    from: jane,
    to: [{ address: 'alice@acme.com' }, { address: 'tom@customer.test' }, { address: ITEM }],
    cc: [{ address: COMPANY }, { address: 'Tom@customer.test' }, { address: 'ann@customer.test' }, { address: 'alice@alt.test' }],
  };

  it.each<[string, ReturnType<typeof replyAllRecipients>, ReturnType<typeof replyAllRecipients>]>([
    ['reply goes to the author only', replyRecipients(incoming, ours), { to: [jane], cc: [] }],
    [
      'reply-all: author in To, the others in Cc, without us, the drop box, item addresses or duplicates',
      replyAllRecipients(incoming, ours),
      { to: [jane], cc: [{ address: 'tom@customer.test' }, { address: 'ann@customer.test' }] },
    ],
    ['reply honours Reply-To', replyRecipients({ ...incoming, replyTo: [{ address: 'sales@customer.test' }] }, ours), { to: [{ address: 'sales@customer.test' }], cc: [] }],
    [
      'reply-all to our own sent mail goes to its recipients again',
      replyAllRecipients({ from: { address: 'Alice@acme.com' }, to: [jane, { address: ITEM }], cc: [{ address: 'ann@customer.test' }] }, ours),
      { to: [jane], cc: [{ address: 'ann@customer.test' }] },
    ],
    [
      'reply to our own sent mail with only Cc left promotes the first Cc',
      replyAllRecipients({ from: { address: 'alice@acme.com' }, to: [{ address: COMPANY }], cc: [jane] }, ours),
      { to: [jane], cc: [] },
    ],
  ])('R2.4 %s', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('R2.4 a reply is sent from the own address the original went to', () => {
    expect(replyFromAddress(incoming, ['alice@acme.com', 'alice@alt.test'])).toBe('alice@acme.com');
    expect(replyFromAddress({ ...incoming, to: [{ address: 'ALICE@alt.test' }], cc: [] }, ['alice@acme.com', 'alice@alt.test'])).toBe('alice@alt.test');
    expect(replyFromAddress({ ...incoming, to: [], cc: [] }, ['alice@acme.com'])).toBeUndefined();
  });
});

describe('R2.4 quoting and forwarding', () => {
  const original = { from: jane, date: Date.UTC(2024, 0, 2, 10, 30), text: 'Hello Alice,\r\n\r\n> earlier words\r\nThanks\r\n\r\n', to: [{ address: 'alice@acme.com' }], cc: [], subject: 'Offer' };

  it('R2.4 a reply quotes the original below an attribution line', () => {
    expect(quoteForReply(original)).toBe(
      ['', '', 'On Tue, 02 Jan 2024 10:30:00 GMT, Jane Roe <jane@customer.test> wrote:', '> Hello Alice,', '>', '>> earlier words', '> Thanks', ''].join('\n'),
    );
  });

  it('R2.4 blank lines around the original are not quoted (a forward or reply starts with room to write)', () => {
    const answered = { ...original, text: '\n\n  \n---------- Forwarded message ---------\nFrom: x@y.test\n\n' };
    expect(quoteForReply(answered).split('\n').slice(3)).toEqual(['> ---------- Forwarded message ---------', '> From: x@y.test', '']);
    expect(forwardBody(answered)).toContain('To: alice@acme.com\n\n---------- Forwarded message ---------');
  });

  it('R2.4 the date format can be localized', () => {
    expect(quoteForReply(original, { formatDate: () => '2. Januar' })).toContain('On 2. Januar, Jane Roe');
  });

  it('R2.4 a forward carries the header block forward parsers know (R3.2)', () => {
    const body = forwardBody(original);
    expect(body).toContain('---------- Forwarded message ---------\nFrom: Jane Roe <jane@customer.test>\nDate: Tue, 02 Jan 2024 10:30:00 GMT\nSubject: Offer\nTo: alice@acme.com\n\nHello Alice,');
    expect(body).not.toContain('Cc:');
  });

  it.each([
    ['Offer', 'Re: Offer', 'Fwd: Offer'],
    ['Re: Offer', 'Re: Offer', 'Fwd: Re: Offer'],
    ['RE[2]: Offer', 'RE[2]: Offer', 'Fwd: RE[2]: Offer'],
    ['Fwd: Offer', 'Re: Fwd: Offer', 'Fwd: Offer'],
    ['FW: Offer', 'Re: FW: Offer', 'FW: Offer'],
    ['AW: Angebot', 'Re: AW: Angebot', 'Fwd: AW: Angebot'],
  ])('R2.4 subject %j → reply %j, forward %j', (subject, reply, forward) => {
    expect(replySubject(subject)).toBe(reply);
    expect(forwardSubject(subject)).toBe(forward);
  });
});
