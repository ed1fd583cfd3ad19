/** R3.8 Blindcopy's own confirmation mail never becomes CRM mail, wherever it arrives. */
import { describe, expect, it } from 'vitest';
import { buildMime } from '../../../main/send/composeMime';
import { understandMessage } from '../../../main/capture/understand';
import { ADDRESS_CONFIRMATION_PURPOSE, isOwnConfirmationMail, PURPOSE_HEADER } from '../../../shared/rules/capture/ownMail';
import { ALTERNATE, OWNER, PENDING, context, rawMessage } from './support';

const own = { primary: OWNER, verified: [ALTERNATE], pending: [PENDING] };

describe('R3.8 Blindcopy\'s own confirmation mail is skipped by capture', () => {
  it.each([
    ['from the primary address', ADDRESS_CONFIRMATION_PURPOSE, OWNER, true],
    ['from a confirmed alternate, in any case', ' Address-Confirmation ', ALTERNATE.toUpperCase(), true],
    ['from a pending alternate', ADDRESS_CONFIRMATION_PURPOSE, PENDING, false],
    ['from a stranger with the same header', ADDRESS_CONFIRMATION_PURPOSE, 'eve@elsewhere.test', false],
    ['without the header', undefined, OWNER, false],
    ['with another purpose', 'newsletter', OWNER, false],
  ] as const)('R3.8 %s', (_label, purpose, sender, skipped) => {
    expect(isOwnConfirmationMail(purpose, sender, own)).toBe(skipped);
  });

  it.each(['sync', 'dropbox'] as const)('R3.8 the confirmation mail as built is ignored in a %s source', async (sourceKind) => {
    const raw = await buildMime(
      { from: { address: OWNER, name: 'Blindcopy' }, to: [{ address: 'sam@home.test' }], cc: [], bcc: [], subject: 'Confirm your address for Blindcopy', text: 'code', attachments: [], references: [] },
      { messageId: 'c1@acme.test', date: new Date('2026-01-01T00:00:00Z') },
      { [PURPOSE_HEADER]: ADDRESS_CONFIRMATION_PURPOSE, 'Auto-Submitted': 'auto-generated' },
    );
    const result = await understandMessage(raw, context({ sourceKind }));
    expect(result.kind).toBe('ignored');
  });

  it('R3.8 the same header on a stranger\'s mail is judged like any mail', async () => {
    const raw = rawMessage([['From', 'eve@elsewhere.test'], ['To', OWNER], [PURPOSE_HEADER, ADDRESS_CONFIRMATION_PURPOSE], ['Subject', 'hi'], ['Message-ID', '<e1@elsewhere.test>']], 'hello');
    const result = await understandMessage(raw, context({ sourceKind: 'dropbox' }));
    expect(result.kind).toBe('rejected');
  });
});
