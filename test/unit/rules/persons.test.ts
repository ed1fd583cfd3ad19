import { describe, expect, it } from 'vitest';
import type { Person } from '../../../shared/domain/crm';
import { counterpartiesOf, type OurAddresses } from '../../../shared/rules/counterparties';
import { organizationsOf } from '../../../shared/rules/organizations';
import { personNameFrom } from '../../../shared/rules/personName';
import { planPersons } from '../../../shared/rules/persons';
import { captured } from './builders';

const OURS: OurAddresses = {
  own: ['sam@acme.com', 'sam.seller@acme-sales.com'],
  dropbox: ['crm@acme.com', 'crm@old-acme.com'],
  delimiter: '+',
};

function person(id: string, emails: string[], organizationId?: string): Pick<Person, 'id' | 'emails' | 'organizationId'> {
  return organizationId ? { id, emails, organizationId } : { id, emails };
}

describe('R4.1 counterparties', () => {
  it('R4.1 mail the owner sent: its To and Cc recipients', () => {
    const m = captured({
      to: [{ address: 'jane@customer.com', name: 'Jane Roe' }],
      cc: [{ address: 'bob@customer.com' }],
    });
    expect(counterpartiesOf(m, OURS)).toEqual([
      { address: 'jane@customer.com', name: 'Jane Roe', role: 'to' },
      { address: 'bob@customer.com', role: 'cc' },
    ]);
  });

  it('R4.1 a forwarded reply: its author, then the other recipients', () => {
    const m = captured({
      direction: 'incoming',
      from: { address: 'jane@customer.com', name: 'Jane Roe' },
      to: [{ address: 'sam@acme.com' }],
      cc: [{ address: 'bob@customer.com', name: 'Bob' }],
      forwardedBy: { address: 'sam@acme.com' },
    });
    expect(counterpartiesOf(m, OURS)).toEqual([
      { address: 'jane@customer.com', name: 'Jane Roe', role: 'author' },
      { address: 'bob@customer.com', name: 'Bob', role: 'co-recipient' },
    ]);
  });

  it('R4.1 an address in both To and Cc counts once, as To', () => {
    const m = captured({ to: [{ address: 'jane@customer.com' }], cc: [{ address: 'JANE@customer.com' }] });
    expect(counterpartiesOf(m, OURS)).toEqual([{ address: 'jane@customer.com', role: 'to' }]);
  });

  it('R4.2 own, alternate, drop-box, alias and item addresses are never counterparties', () => {
    const m = captured({
      owner: 'sam@acme.com',
      to: [
        { address: 'sam.seller@acme-sales.com' },
        { address: 'crm@acme.com' },
        { address: 'crm@old-acme.com' },
        { address: 'crm+d-0123456789abcdef@acme.com' },
        { address: 'crm+anything@acme.com' },
        { address: 'jane@customer.com' },
      ],
      cc: [{ address: 'sam@acme.com' }],
    });
    expect(counterpartiesOf(m, OURS)).toEqual([{ address: 'jane@customer.com', role: 'to' }]);
  });
});

describe('R4.2 persons linked and created', () => {
  const outgoing = captured({
    to: [{ address: 'jane@customer.com', name: 'Jane Roe' }, { address: 'known@customer.com' }],
    cc: [{ address: 'cc-new@customer.com', name: 'Cc New' }, { address: 'cc-known@customer.com' }],
  });
  const existing = [person('p-known', ['known@customer.com']), person('p-cc', ['x@y.com', 'cc-known@customer.com'])];

  it('R4.2 a To address without a person gets one (name from the display name); existing ones are linked', () => {
    expect(planPersons(counterpartiesOf(outgoing, OURS), existing, 'dropbox')).toEqual({
      link: [
        { personId: 'p-known', address: 'known@customer.com' },
        { personId: 'p-cc', address: 'cc-known@customer.com' },
      ],
      create: [{ address: 'jane@customer.com', name: 'Jane Roe' }],
    });
  });

  it('R4.2 Cc recipients are linked only when they already exist', () => {
    const plan = planPersons(counterpartiesOf(outgoing, OURS), existing, 'dropbox');
    expect(plan.create.map((c) => c.address)).not.toContain('cc-new@customer.com');
    expect(plan.link).toContainEqual({ personId: 'p-cc', address: 'cc-known@customer.com' });
  });

  it('R4.2 the author of a forwarded reply gets a person; its co-recipients do not', () => {
    const reply = captured({
      direction: 'incoming',
      from: { address: 'jane@customer.com', name: '"Roe, Jane"' },
      to: [{ address: 'sam@acme.com' }, { address: 'colleague@customer.com' }],
      forwardedBy: { address: 'sam@acme.com' },
    });
    expect(planPersons(counterpartiesOf(reply, OURS), [], 'dropbox')).toEqual({
      link: [],
      create: [{ address: 'jane@customer.com', name: 'Roe, Jane' }],
    });
  });

  it('R4.2 R7.3 mail that came through sync never creates persons, but links existing ones', () => {
    const synced = captured({ ...outgoing, sourceKind: 'sync' });
    expect(planPersons(counterpartiesOf(synced, OURS), existing, 'sync')).toEqual({
      link: [
        { personId: 'p-known', address: 'known@customer.com' },
        { personId: 'p-cc', address: 'cc-known@customer.com' },
      ],
      create: [],
    });
  });

  it('R4.2 own, drop-box and item addresses are never made into persons', () => {
    const m = captured({
      to: [{ address: 'crm+l-zzzz@acme.com', name: 'CRM' }, { address: 'sam.seller@acme-sales.com', name: 'Me' }],
    });
    expect(planPersons(counterpartiesOf(m, OURS), [], 'dropbox')).toEqual({ link: [], create: [] });
  });

  it('R4.2 a person with two counterparty addresses is linked once', () => {
    const m = captured({ to: [{ address: 'jane@customer.com' }, { address: 'jane.roe@private.net' }] });
    const jane = person('p-jane', ['jane@customer.com', 'jane.roe@private.net']);
    expect(planPersons(counterpartiesOf(m, OURS), [jane], 'dropbox')).toEqual({
      link: [{ personId: 'p-jane', address: 'jane@customer.com' }],
      create: [],
    });
  });

  it.each([
    ['display name', { address: 'jane@customer.com', name: ' Jane   Roe ' }, 'Jane Roe'],
    ['quoted display name', { address: 'jane@customer.com', name: "'Jane Roe'" }, 'Jane Roe'],
    ['no display name: from the local part', { address: 'jane.roe@customer.com' }, 'Jane Roe'],
    ['display name that is the address', { address: 'jane_roe@customer.com', name: 'jane_roe@customer.com' }, 'Jane Roe'],
    ['sub-address tag dropped', { address: 'jane-roe+news@customer.com' }, 'Jane Roe'],
    ['digits only: the address', { address: '12345@customer.com' }, '12345@customer.com'],
  ])('R4.2 name of a created person: %s', (_case, mailbox, name) => {
    expect(personNameFrom(mailbox)).toBe(name);
  });
});

describe('R4.3 organizations', () => {
  it('R4.3 the organizations of the linked persons, once each', () => {
    expect(organizationsOf([person('a', ['a@x'], 'org-1'), person('b', ['b@x']), person('c', ['c@x'], 'org-1'), person('d', ['d@x'], 'org-2')])).toEqual([
      'org-1',
      'org-2',
    ]);
  });
});
