/** R8.3 the operation format (v1) and the keys that name entities on every device. */
import { describe, expect, it } from 'vitest';
import { encodeClock } from '../../../../shared/rules/replication/hlc';
import {
  copyThreadKey,
  itemKey,
  parseItemKey,
  personKeyByAddress,
  personKeyById,
  threadAnchor,
  threadKeyOfMessage,
} from '../../../../shared/rules/replication/keys';
import { OpSchema, makeOp, type OpBody } from '../../../../shared/rules/replication/operations';
import { joinThreadStates } from '../../../../shared/rules/replication/threads';
import { stateOf } from '../../../../shared/rules/replication/applyOps';
import { effectiveLink } from '../../../../shared/rules/replication/view';
import { at, autoLink, createDeal, link, manualLink, op } from './builders';

describe('R8.3 keys', () => {
  it('R4.2 a person made from an address is keyed by the normalized address', () => {
    expect(personKeyByAddress(' <Jane@Roe.Example> ')).toBe('address:jane@roe.example');
    expect(personKeyById('p7')).toBe('id:p7');
    expect(() => personKeyByAddress('no address')).toThrow();
  });

  it('R8.3 items are keyed by kind and the id they were created with', () => {
    expect(itemKey('deal', 'abc')).toBe('deal:abc');
    expect(parseItemKey('lead:xyz')).toEqual({ kind: 'lead', itemId: 'xyz' });
    expect(() => itemKey('deal', 'a:b')).toThrow();
    expect(() => itemKey('deal', '')).toThrow();
  });

  it('R9.1 a thread is named by its earliest message, whatever order its messages arrived in', () => {
    const messages = [
      { messageId: '<reply@x>', date: 20 },
      { messageId: '<first@x>', date: 10 },
      { messageId: 'also-first@x', date: 10 },
    ];
    expect(threadAnchor(messages)).toBe('mid:also-first@x');
    expect(threadAnchor([...messages].reverse())).toBe('mid:also-first@x');
    expect(threadAnchor([])).toBeUndefined();
    expect(threadKeyOfMessage('<m1@x>')).toBe('mid:m1@x');
    expect(copyThreadKey('c1')).toBe('copy:c1');
  });

  it('R8.3 one local thread named by two keys shows the join of both: the newest decision of either', () => {
    const s = stateOf([
      op(at('a', 0), createDeal('deal:d1')),
      op(at('a', 1), createDeal('deal:d2')),
      op(at('a', 10), link('mid:late-parent@x', autoLink('deal:d1'))),
      op(at('b', 20), link('mid:child@x', manualLink('deal:d2'))),
    ]);
    const thread = joinThreadStates([s.threads['mid:late-parent@x']!, s.threads['mid:child@x']!]);
    expect(effectiveLink(s, thread)).toEqual(manualLink('deal:d2'));
  });

  it('R8.3 "__proto__" is never a key', () => {
    expect(OpSchema.safeParse(op(at('a', 0), { kind: 'organization.delete', key: 'o1', payload: {} })).success).toBe(true);
    expect(() => op(at('a', 0), { kind: 'organization.delete', key: '__proto__', payload: {} })).toThrow();
    expect(() => op(at('a', 0), { kind: 'message.delete', key: '__proto__', payload: {} })).toThrow();
  });
});

describe('R8.3 operations (v1)', () => {
  const clock = at('a', 0);
  const rejected: Array<{ name: string; body: OpBody }> = [
    { name: 'a lead with a value', body: { kind: 'item.create', key: 'lead:l1', payload: { ownerId: 'u', createdAt: 0, token: 'l-1', fields: { title: 'T', status: 'open', value: 5 } } } },
    { name: 'a deal status on a project', body: { kind: 'item.status', key: 'project:p1', payload: { status: 'won' } } },
    { name: 'a project with a token', body: { kind: 'item.create', key: 'project:p1', payload: { ownerId: 'u', createdAt: 0, token: 'x', fields: { title: 'T', status: 'open' } } } },
    { name: 'a deal without its token', body: { kind: 'item.create', key: 'deal:d1', payload: { ownerId: 'u', createdAt: 0, fields: { title: 'T', status: 'open' } } } },
    { name: 'an empty title', body: { kind: 'item.edit', key: 'deal:d1', payload: { fields: { title: '' } } } },
    { name: 'a manual link with an automatic reason', body: { kind: 'thread.link', key: 'mid:m@x', payload: { item: 'deal:d1', manual: true, reason: { kind: 'item-address', token: 't' } } } },
    { name: 'an automatic link with reason manual', body: { kind: 'thread.link', key: 'mid:m@x', payload: { item: 'deal:d1', manual: false, reason: { kind: 'manual' } } } },
    { name: 'a link without a reason', body: { kind: 'thread.link', key: 'mid:m@x', payload: { item: 'deal:d1', manual: true, reason: null } } },
    { name: 'an unlink with a reason', body: { kind: 'thread.link', key: 'mid:m@x', payload: { item: null, manual: true, reason: { kind: 'manual' } } } },
    { name: 'a copy keyed by a Message-ID', body: { kind: 'thread.copy', key: 'mid:m@x', payload: { from: 'mid:n@x', item: 'deal:d1', ownerId: 'u' } } },
    { name: 'a copy of a copy', body: { kind: 'thread.copy', key: 'copy:c2', payload: { from: 'copy:c1', item: 'deal:d1', ownerId: 'u' } } },
    { name: 'an unknown setting value', body: { kind: 'setting.set', key: 'linkingMode', payload: { value: 'sometimes' } } },
    { name: 'a person keyed by a local row id without its form', body: { kind: 'person.delete', key: 'p1', payload: {} } },
    { name: 'a thread keyed by a row id', body: { kind: 'thread.visibility', key: 't1', payload: { visibility: 'shared' } } },
  ];
  for (const row of rejected) {
    it(`R8.3 rejects ${row.name}`, () => expect(() => makeOp(clock, row.body)).toThrow());
  }

  it('R8.3 an operation’s id is its clock, and its replica the clock’s', () => {
    const good = makeOp(clock, createDeal('deal:d1'));
    expect(good).toMatchObject({ v: 1, id: encodeClock(clock), clock: encodeClock(clock), replica: 'a' });
    expect(OpSchema.safeParse({ ...good, id: encodeClock(at('a', 1)) }).success).toBe(false);
    expect(OpSchema.safeParse({ ...good, replica: 'b' }).success).toBe(false);
    expect(OpSchema.safeParse({ ...good, v: 2 }).success).toBe(false);
  });
});
