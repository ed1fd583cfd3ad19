/** Small builders for the rules' tests: a valid record with only what a case changes spelled out. */
import type { Thread } from '../../../shared/domain/crm';
import type { CapturedMessage } from '../../../shared/domain/mail';

export const DAY = 24 * 60 * 60 * 1000;
export const T0 = Date.UTC(2025, 2, 1, 9, 0, 0);

export function captured(overrides: Partial<CapturedMessage> = {}): CapturedMessage {
  return {
    messageId: 'm1@mail.acme.com',
    source: { sourceId: 'dropbox', uidValidity: 1, uid: 1 },
    sourceKind: 'dropbox',
    owner: 'sam@acme.com',
    direction: 'outgoing',
    from: { address: 'sam@acme.com', name: 'Sam Seller' },
    to: [],
    cc: [],
    date: T0,
    subject: 'Offer',
    references: [],
    text: '',
    itemTokens: [],
    auth: { dkim: 'pass', spf: 'pass', from: 'authentication-results', verdict: 'pass' },
    attachments: [],
    size: 100,
    ...overrides,
  };
}

export function thread(overrides: Partial<Thread> = {}): Thread {
  return {
    id: 't1',
    ownerId: 'u-sam',
    subject: 'Offer',
    subjectKey: 'offer',
    counterparties: [],
    participants: [],
    personIds: [],
    organizationIds: [],
    firstDate: T0,
    lastDate: T0,
    messageCount: 1,
    snippet: '',
    visibility: 'private',
    candidates: [],
    auth: 'pass',
    refIds: [],
    ...overrides,
  };
}
