import { describe, expect, it } from 'vitest';
import type { RejectReason } from '../../../shared/domain/mail';
import { rejectionAdvice, senderLooksLikeUser, type RejectionAdvice } from '../../../shared/rules/rejectionAdvice';

const user = { primary: 'jane.roe@acme.test', displayName: 'Jane Roe' };

describe('R3.8 advice of the Rejected list fits the reason and the sender', () => {
  const cases: [string, RejectReason, { address: string; name?: string } | undefined, RejectionAdvice][] = [
    ['a pending address is confirmed', 'owner-pending', { address: 'jane@home.test' }, 'confirm-address'],
    ['the same display name: add as alternate', 'unknown-owner', { address: 'jr1984@mail.test', name: 'Jane Roe' }, 'add-alternate'],
    ['the display name in another order and case', 'unknown-owner', { address: 'x@mail.test', name: 'ROE, Jane' }, 'add-alternate'],
    ['accents aside', 'unknown-owner', { address: 'x@mail.test', name: 'Jäne Röe' }, 'add-alternate'],
    ['the same local part at another domain', 'unknown-owner', { address: 'jane.roe@home.test' }, 'add-alternate'],
    ['a local part that spells the name', 'unknown-owner', { address: 'janeroe@gmail.test' }, 'add-alternate'],
    ['initial and last name', 'unknown-owner', { address: 'jroe@gmail.test' }, 'add-alternate'],
    ['a +detail of the name', 'unknown-owner', { address: 'jane.roe+crm@gmail.test' }, 'add-alternate'],
    ['a stranger is not told to add themselves', 'unknown-owner', { address: 'mallory@elsewhere.test', name: 'Mallory Stranger' }, 'not-yours'],
    ['a colleague at the same domain is not the user', 'unknown-owner', { address: 'bob.smith@acme.test', name: 'Bob Smith' }, 'not-yours'],
    ['the first name alone is not enough', 'unknown-owner', { address: 'jane@elsewhere.test', name: 'Jane Doe' }, 'not-yours'],
    ['no sender at all', 'unknown-owner', undefined, 'not-yours'],
    ['failed authentication', 'auth-failed', { address: 'jane.roe@acme.test' }, 'check-genuine'],
    ['too large: nothing to do', 'too-large', { address: 'jane.roe@acme.test' }, 'none'],
    ['unreadable: nothing to do', 'unparseable', undefined, 'none'],
  ];
  it.each(cases)('R3.8 %s', (_label, reason, sender, advice) => {
    expect(rejectionAdvice(reason, sender, user)).toBe(advice);
  });

  it('R3.8 without the account known, nobody looks like the user', () => {
    expect(rejectionAdvice('unknown-owner', { address: 'jane.roe@home.test', name: 'Jane Roe' }, undefined)).toBe('not-yours');
  });

  it('R3.8 a one-word display name matches only itself, and short local parts never spell a name', () => {
    expect(senderLooksLikeUser({ address: 'x@y.test', name: 'Sam' }, { primary: 'sam@acme.test', displayName: 'Sam' })).toBe(true);
    expect(senderLooksLikeUser({ address: 'sa@y.test' }, { primary: 'sam@acme.test', displayName: 'S A' })).toBe(false);
    expect(senderLooksLikeUser({ address: 'not-an-address' }, user)).toBe(false);
  });
});
