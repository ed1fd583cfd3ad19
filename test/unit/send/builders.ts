import type { OutgoingMessage } from '../../../shared/rules/send/outgoing';

export function outgoing(overrides: Partial<OutgoingMessage> = {}): OutgoingMessage {
  return {
    from: { address: 'alice@acme.com', name: 'Alice' },
    to: [{ address: 'bob@customer.test' }],
    cc: [],
    bcc: [],
    subject: 'Offer',
    text: 'Hello Bob',
    attachments: [],
    references: [],
    ...overrides,
  };
}

/** A base64 string that decodes to `bytes` bytes (without building them). */
export function base64OfSize(bytes: number): string {
  const full = Math.floor(bytes / 3);
  const rest = bytes % 3;
  return 'AAAA'.repeat(full) + (rest === 1 ? 'AA==' : rest === 2 ? 'AAA=' : '');
}
