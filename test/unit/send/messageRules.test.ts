import { describe, expect, it } from 'vitest';
import { base64WireLength, estimateWireSize, utf8Length } from '../../../shared/rules/send/messageSize';
import { OutgoingMessageSchema, decodedBase64Length, MAX_ATTACHMENT_BYTES } from '../../../shared/rules/send/outgoing';
import { CAPTURE_SIZE_LIMIT_BYTES, sendWarnings } from '../../../shared/rules/send/warnings';
import { base64OfSize, outgoing } from './builders';

const context = { dropboxAddresses: ['crm@acme.com', 'crm@old.test'] };
const MB = 1024 * 1024;

describe('R1.5 several item addresses', () => {
  it.each<[string, Parameters<typeof outgoing>[0], string[] | undefined]>([
    ['one item address: no warning', { crmBcc: 'crm+d-aaaa@acme.com' }, undefined],
    ['two items: warned, both named', { crmBcc: 'crm+d-aaaa@acme.com', cc: [{ address: 'crm+l-bbbb@acme.com' }] }, ['crm+l-bbbb@acme.com', 'crm+d-aaaa@acme.com']],
    ['the same token on an alias is one item', { crmBcc: 'crm+d-aaaa@acme.com', bcc: [{ address: 'CRM+d-aaaa@old.test' }] }, undefined],
    ['the company address is not an item', { crmBcc: 'crm@acme.com', to: [{ address: 'crm+d-aaaa@acme.com' }] }, undefined],
    ['other sub-addresses are not items', { crmBcc: 'crm+d-aaaa@acme.com', to: [{ address: 'crm+hello@acme.com' }] }, undefined],
  ])('R1.5 %s', (_name, overrides, addresses) => {
    const warning = sendWarnings(outgoing(overrides), context).find((w) => w.kind === 'several-item-addresses');
    expect(warning && 'addresses' in warning ? warning.addresses : undefined).toEqual(addresses);
  });
});

describe('R2.5 messages too large to be captured', () => {
  const big = [{ name: 'deck.pdf', contentType: 'application/pdf', contentBase64: base64OfSize(16 * MB) }];
  it.each<[string, Parameters<typeof outgoing>[0], boolean]>([
    ['16 MB of files are over 20 MB on the wire (base64)', { attachments: big, crmBcc: 'crm@acme.com' }, true],
    ['14 MB of files stay under', { attachments: [{ name: 'a.pdf', contentType: 'application/pdf', contentBase64: base64OfSize(14 * MB) }], crmBcc: 'crm@acme.com' }, false],
    ['no copy to the drop box: nothing to warn about', { attachments: big }, false],
    ['a drop-box address typed as recipient counts', { attachments: big, to: [{ address: 'crm+d-aaaa@acme.com' }] }, true],
  ])('R2.5 %s', (_name, overrides, warned) => {
    expect(sendWarnings(outgoing(overrides), context).some((w) => w.kind === 'too-large-to-capture')).toBe(warned);
  });

  it('R2.5 the estimate counts base64 lines and non-ASCII text', () => {
    expect(base64WireLength(3 * 19)).toBe(76 + 2);
    expect(utf8Length('aé€😀')).toBe(1 + 2 + 3 + 4);
    const ascii = estimateWireSize(outgoing({ text: 'a'.repeat(1000) }));
    const umlauts = estimateWireSize(outgoing({ text: 'ä'.repeat(1000) }));
    expect(umlauts).toBeGreaterThan(ascii + 1000);
    expect(CAPTURE_SIZE_LIMIT_BYTES).toBe(20 * MB);
  });
});

describe('R2 the outgoing message schema', () => {
  it('R2 accepts a plain message', () => {
    expect(OutgoingMessageSchema.safeParse(outgoing()).success).toBe(true);
  });

  it.each<[string, unknown]>([
    ['no recipient at all', outgoing({ to: [] })],
    ['a header injection in the subject', outgoing({ subject: 'Hi\r\nBcc: evil@x.test' })],
    ['a line break in a display name', outgoing({ to: [{ address: 'bob@x.test', name: 'Bob\nBcc: evil@x.test' }] })],
    ['an address that is none', outgoing({ to: [{ address: 'bob' }] })],
    ['a message id with brackets inside', outgoing({ references: ['<a@x> <b@x>'] })],
    ['attachment bytes that are not base64', outgoing({ attachments: [{ name: 'a', contentType: 'text/plain', contentBase64: 'not base64!' }] })],
    ['a content type that is none', outgoing({ attachments: [{ name: 'a', contentType: 'pdf', contentBase64: 'AAAA' }] })],
    ['a file path instead of bytes', { ...outgoing(), attachments: [{ name: 'a', contentType: 'text/plain', path: '/etc/passwd' }] }],
  ])('R2 refuses %s', (_name, message) => {
    expect(OutgoingMessageSchema.safeParse(message).success).toBe(false);
  });

  it('R2 only the CRM copy is a recipient too (a note to the CRM)', () => {
    expect(OutgoingMessageSchema.safeParse(outgoing({ to: [], crmBcc: 'crm@acme.com' })).success).toBe(true);
  });

  it('R2 attachments over the memory guard are refused', () => {
    const tooBig = outgoing({ attachments: [1, 2].map((i) => ({ name: `${i}.bin`, contentType: 'application/octet-stream', contentBase64: base64OfSize(MAX_ATTACHMENT_BYTES / 2 + 3) })) });
    expect(OutgoingMessageSchema.safeParse(tooBig).success).toBe(false);
  });

  it.each([['', 0], ['AA==', 1], ['AAA=', 2], ['AAAA', 3], ['AAAAAA==', 4]])('R2 %j decodes to %i bytes', (b64, n) => {
    expect(decodedBase64Length(b64)).toBe(n);
    expect(Buffer.from(b64, 'base64').length).toBe(n);
  });
});
