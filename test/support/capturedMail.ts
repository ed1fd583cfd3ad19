/**
 * Captured mail for store tests, in Node (fake IndexedDB) and in Chromium (the e2e store
 * scenario): mail number `n` is Sam writing to Jane, BCC'd to the drop box (UID n), n minutes
 * after T0; a case spells out only what it changes.
 */
import type { CapturedMessage } from '../../shared/domain/mail';

export const MINUTE = 60 * 1000;
export const T0 = Date.UTC(2025, 2, 1, 9, 0, 0);

export function capturedMail(n: number, overrides: Partial<CapturedMessage> = {}): CapturedMessage {
  return {
    messageId: `m${n}@mail.acme.com`,
    source: { sourceId: 'dropbox', uidValidity: 1, uid: n },
    sourceKind: 'dropbox',
    owner: 'sam@acme.com',
    direction: 'outgoing',
    from: { address: 'sam@acme.com', name: 'Sam Seller' },
    to: [{ address: 'jane@customer.test', name: 'Jane Roe' }],
    cc: [],
    date: T0 + n * MINUTE,
    subject: 'Offer',
    references: [],
    text: `Message number ${n}`,
    itemTokens: [],
    auth: { dkim: 'pass', spf: 'pass', from: 'authentication-results', verdict: 'pass' },
    attachments: [],
    size: 1000,
    ...overrides,
  };
}
