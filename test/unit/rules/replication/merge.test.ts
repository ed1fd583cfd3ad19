/**
 * R8.3 / R4.11 / R3.7 the merge rules, one row per rule. Every row is applied in every order of
 * its operations (and each order twice, for duplicate delivery): the result must be the same and
 * must be what the rule says.
 */
import { describe, expect, it } from 'vitest';
import { applyOps, stateOf } from '../../../../shared/rules/replication/applyOps';
import { fieldValues, isAlive } from '../../../../shared/rules/replication/entities';
import type { Op } from '../../../../shared/rules/replication/operations';
import type { ReplicatedState } from '../../../../shared/rules/replication/state';
import { emptyState } from '../../../../shared/rules/replication/state';
import { effectiveLink } from '../../../../shared/rules/replication/view';
import {
  at,
  autoLink,
  copyThread,
  createDeal,
  createPerson,
  createProject,
  deleteItem,
  deleteMessage,
  deletePerson,
  deleteThread,
  editItem,
  editPerson,
  itemStatus,
  link,
  manualLink,
  manualUnlink,
  op,
  permutations,
  setting,
  visibility,
} from './builders';

const D1 = 'deal:d1';
const D2 = 'deal:d2';
const P1 = 'project:p1';
const JANE = 'address:jane@roe.example';
const T = 'mid:m1@mail.example';

/** The same state whatever the order and however often each operation arrives. */
function merged(ops: readonly Op[]): ReplicatedState {
  const expected = stateOf(ops);
  for (const order of permutations(ops)) {
    expect(stateOf(order)).toStrictEqual(expected);
    expect(stateOf([...order, ...order.slice().reverse()])).toStrictEqual(expected);
  }
  return expected;
}

const item = (s: ReplicatedState, key: string) => fieldValues(s.items[key] ?? { life: {}, fields: {} });
const linkOf = (s: ReplicatedState, key = T) => effectiveLink(s, s.threads[key] ?? {});

interface Row {
  rule: string;
  ops: Op[];
  check: (s: ReplicatedState) => void;
}

const rows: Row[] = [
  {
    rule: 'R8.3 the newer clock wins per field',
    ops: [op(at('a', 0), createDeal(D1, 'Offer')), op(at('a', 10), editItem(D1, { title: 'Offer v2' })), op(at('b', 20), editItem(D1, { title: 'Offer v3' }))],
    check: (s) => expect(item(s, D1).title).toBe('Offer v3'),
  },
  {
    rule: 'R8.3 concurrent edits of different fields both stay',
    ops: [op(at('a', 0), createDeal(D1)), op(at('a', 10), editItem(D1, { title: 'Renamed' })), op(at('b', 5), editItem(D1, { value: 5000, currency: 'EUR' }))],
    check: (s) => expect(item(s, D1)).toMatchObject({ title: 'Renamed', value: 5000, currency: 'EUR', status: 'open' }),
  },
  {
    rule: 'R8.3 on equal wall time and counter the replica id breaks the tie',
    ops: [op(at('a', 0), createDeal(D1)), op(at('a', 10), editItem(D1, { stage: 'from a' })), op(at('b', 10), editItem(D1, { stage: 'from b' }))],
    check: (s) => expect(item(s, D1).stage).toBe('from b'),
  },
  {
    rule: 'R8.3 an edit older than the create still counts when it is newer than the fields it beats',
    ops: [op(at('b', 20), editItem(D1, { title: 'Edited' })), op(at('a', 10), createDeal(D1, 'Created'))],
    check: (s) => expect(item(s, D1).title).toBe('Edited'),
  },
  {
    rule: 'R8.3 null clears a field',
    ops: [op(at('a', 0), createDeal(D1, 'Offer', { stage: 'qualified' })), op(at('b', 5), editItem(D1, { stage: null }))],
    check: (s) => expect(item(s, D1).stage).toBeNull(),
  },
  {
    rule: 'R4.5 a status change is a field like any other: the newer wins',
    ops: [op(at('a', 0), createDeal(D1)), op(at('a', 10), itemStatus(D1, 'won')), op(at('b', 11), itemStatus(D1, 'lost'))],
    check: (s) => expect(item(s, D1).status).toBe('lost'),
  },
  {
    rule: 'R8.3 a delete is a tombstone that beats older edits',
    ops: [op(at('a', 0), createProject(P1)), op(at('b', 5), editItem(P1, { title: 'Late edit' })), op(at('a', 10), deleteItem(P1))],
    check: (s) => {
      expect(isAlive(s.items[P1]!.life)).toBe(false);
      expect(item(s, P1)).toEqual({});
    },
  },
  {
    rule: 'R8.3 an edit newer than the delete does not bring the entity back',
    ops: [op(at('a', 0), createProject(P1)), op(at('a', 10), deleteItem(P1)), op(at('b', 20), editItem(P1, { title: 'Edited after' }))],
    check: (s) => {
      expect(isAlive(s.items[P1]!.life)).toBe(false);
      expect(item(s, P1)).toEqual({ title: 'Edited after' });
    },
  },
  {
    rule: 'R8.3 a create newer than the delete brings it back without its old fields',
    ops: [
      op(at('a', 0), createPerson(JANE, 'Jane', ['jane@roe.example'], 'org1')),
      op(at('a', 5), editPerson(JANE, { name: 'Jane Roe' })),
      op(at('b', 10), deletePerson(JANE)),
      op(at('a', 20), createPerson(JANE, 'J. Roe', ['jane@roe.example'])),
    ],
    check: (s) => {
      expect(isAlive(s.persons[JANE]!.life)).toBe(true);
      expect(fieldValues(s.persons[JANE]!)).toEqual({ name: 'J. Roe', emails: ['jane@roe.example'], organizationKey: null });
    },
  },
  {
    rule: 'R4.2 two devices that make a person from one address make one person',
    ops: [op(at('a', 0), createPerson(JANE, 'Jane', ['jane@roe.example'])), op(at('b', 1), createPerson(JANE, 'Jane Roe', ['jane@roe.example']))],
    check: (s) => {
      expect(Object.keys(s.persons)).toEqual([JANE]);
      expect(fieldValues(s.persons[JANE]!).name).toBe('Jane Roe');
    },
  },
  {
    rule: 'R4.11 a manual unlink outranks a later automatic link',
    ops: [op(at('a', 0), createDeal(D1)), op(at('a', 10), link(T, manualUnlink)), op(at('b', 99), link(T, autoLink(D1)))],
    check: (s) => expect(linkOf(s)).toEqual(manualUnlink),
  },
  {
    rule: 'R4.11 a manual link outranks a later automatic link to another item',
    ops: [op(at('a', 0), createDeal(D1)), op(at('a', 1), createDeal(D2)), op(at('a', 10), link(T, manualLink(D1))), op(at('b', 99), link(T, autoLink(D2)))],
    check: (s) => expect(linkOf(s)).toEqual(manualLink(D1)),
  },
  {
    rule: 'R4.11 among manual decisions the newer clock wins',
    ops: [op(at('a', 0), createDeal(D1)), op(at('a', 1), createDeal(D2)), op(at('a', 10), link(T, manualLink(D1))), op(at('b', 20), link(T, manualLink(D2))), op(at('c', 15), link(T, manualUnlink))],
    check: (s) => expect(linkOf(s)).toEqual(manualLink(D2)),
  },
  {
    rule: 'R4.11 among automatic decisions the newer clock wins',
    ops: [op(at('a', 0), createDeal(D1)), op(at('a', 1), createDeal(D2)), op(at('a', 10), link(T, autoLink(D1))), op(at('b', 20), link(T, autoLink(D2)))],
    check: (s) => expect(linkOf(s)).toEqual(autoLink(D2)),
  },
  {
    rule: 'R4.11 a manual link to an item deleted since unlinks (not by hand): a newer automatic decision counts, an older one does not',
    ops: [
      op(at('a', 0), createProject(P1)),
      op(at('a', 1), createDeal(D2)),
      op(at('a', 2), createDeal(D1)),
      op(at('a', 5), link(T, autoLink(D1))),
      op(at('a', 10), link(T, manualLink(P1))),
      op(at('b', 20), deleteItem(P1)),
    ],
    check: (s) => expect(linkOf(s)).toBeUndefined(),
  },
  {
    rule: 'R4.11 after the manually linked item is deleted, a newer automatic link counts',
    ops: [op(at('a', 0), createProject(P1)), op(at('a', 1), createDeal(D2)), op(at('a', 10), link(T, manualLink(P1))), op(at('b', 20), deleteItem(P1)), op(at('b', 30), link(T, autoLink(D2)))],
    check: (s) => expect(linkOf(s)).toEqual(autoLink(D2)),
  },
  {
    rule: 'R4.9 a copy is linked by hand to its item, with reason copy, apart from its original',
    ops: [op(at('a', 0), createDeal(D1)), op(at('a', 1), createDeal(D2)), op(at('a', 5), link(T, autoLink(D1))), op(at('b', 10), copyThread('copy:c1', T, D2))],
    check: (s) => {
      expect(linkOf(s)).toEqual(autoLink(D1));
      expect(linkOf(s, 'copy:c1')).toEqual({ item: D2, manual: true, reason: { kind: 'copy', fromThreadKey: T } });
    },
  },
  {
    rule: 'R5.4 the newer visibility chosen by hand wins',
    ops: [op(at('a', 10), visibility(T, 'shared')), op(at('b', 20), visibility(T, 'private')), op(at('c', 15), visibility(T, 'shared'))],
    check: (s) => expect(s.threads[T]!.visibility?.value).toBe('private'),
  },
  {
    rule: 'R3.7 a thread delete is a tombstone: its Message-IDs stay deleted, older decisions go, newer ones count',
    ops: [
      op(at('a', 0), createDeal(D1)),
      op(at('a', 5), link(T, manualLink(D1))),
      op(at('a', 6), visibility(T, 'shared')),
      op(at('b', 10), deleteThread(T, ['m1@mail.example', 'm2@mail.example'])),
      op(at('c', 12), deleteThread(T, ['m1@mail.example', 'm3@mail.example'])),
      op(at('a', 20), link(T, autoLink(D1))),
    ],
    check: (s) => {
      expect(s.threads[T]!.deleted).toEqual({ clock: op(at('c', 12), deleteThread(T, [])).clock, ids: ['m1@mail.example', 'm2@mail.example', 'm3@mail.example'] });
      expect(s.threads[T]!.visibility).toBeUndefined();
      expect(linkOf(s)).toEqual(autoLink(D1));
    },
  },
  {
    rule: 'R3.7 a message delete is a tombstone kept with its first clock',
    ops: [op(at('b', 20), deleteMessage('m9@mail.example')), op(at('a', 10), deleteMessage('m9@mail.example'))],
    check: (s) => expect(s.messages).toEqual({ 'm9@mail.example': op(at('a', 10), deleteMessage('x@y')).clock }),
  },
  {
    rule: 'R4.4 / R5.3 the CRM settings: the newer clock wins',
    ops: [op(at('a', 10), setting('linkingMode', 'manual')), op(at('b', 5), setting('linkingMode', 'automatic')), op(at('b', 6), setting('sharingDefault', 'share-linked'))],
    check: (s) => {
      expect(s.settings.linkingMode?.value).toBe('manual');
      expect(s.settings.sharingDefault?.value).toBe('share-linked');
    },
  },
  {
    rule: 'R8.3 the frontier holds each replica’s newest clock',
    ops: [op(at('a', 10), setting('linkingMode', 'manual')), op(at('a', 5), setting('linkingMode', 'manual')), op(at('b', 7), deleteMessage('x@y'))],
    check: (s) => expect(s.frontier).toEqual({ a: op(at('a', 10), deleteMessage('x@y')).clock, b: op(at('b', 7), deleteMessage('x@y')).clock }),
  },
];

describe('R8.3 merge rules', () => {
  for (const row of rows) {
    it(row.rule, () => row.check(merged(row.ops)));
  }
});

describe('R8.3 waiting references', () => {
  it('R8.3 a link naming an item not yet known waits, and applies when the item arrives', () => {
    const first = applyOps(emptyState(), [op(at('a', 10), link(T, manualLink(D1)))]);
    expect(first.waiting).toEqual([{ from: { type: 'thread', key: T }, missing: { type: 'item', key: D1 } }]);
    const then = applyOps(first.state, [op(at('a', 5), createDeal(D1))]);
    expect(then.waiting).toEqual([]);
    expect(linkOf(then.state)).toEqual(manualLink(D1));
  });

  it('R8.3 a link naming a thread this device does not hold waits until it does', () => {
    const ops = [op(at('a', 0), createDeal(D1)), op(at('a', 10), link(T, manualLink(D1)))];
    const held = new Set<string>();
    const before = applyOps(emptyState(), ops, { hasThread: (k) => held.has(k) });
    expect(before.waiting).toEqual([{ from: { type: 'thread', key: T }, missing: { type: 'thread', key: T } }]);
    held.add(T);
    expect(applyOps(before.state, [], { hasThread: (k) => held.has(k) }).waiting).toEqual([]);
  });

  it('R4.9 a copy waits for the mail it copies and for its item', () => {
    const { waiting } = applyOps(emptyState(), [op(at('a', 10), copyThread('copy:c1', T, D2))], { hasThread: (k) => k !== T });
    expect(waiting).toEqual([
      { from: { type: 'thread', key: 'copy:c1' }, missing: { type: 'item', key: D2 } },
      { from: { type: 'thread', key: 'copy:c1' }, missing: { type: 'thread', key: T } },
    ]);
  });

  it('R8.3 an item naming a person or organization not yet created waits; a deleted one does not', () => {
    const ops = [op(at('a', 0), createDeal(D1, 'Offer', { personKey: JANE, organizationKey: 'org1' })), op(at('a', 1), createPerson(JANE, 'Jane', ['jane@roe.example']))];
    expect(applyOps(emptyState(), ops).waiting).toEqual([{ from: { type: 'item', key: D1 }, missing: { type: 'organization', key: 'org1' } }]);
    const deleted = applyOps(emptyState(), [...ops, op(at('a', 5), deletePerson(JANE))]);
    expect(deleted.waiting).toEqual([{ from: { type: 'item', key: D1 }, missing: { type: 'organization', key: 'org1' } }]);
  });

  it('R8.3 a link to an item that was deleted does not wait: the thread is unlinked', () => {
    const { state, waiting } = applyOps(emptyState(), [op(at('a', 0), createProject(P1)), op(at('a', 5), link(T, manualLink(P1))), op(at('a', 9), deleteItem(P1))]);
    expect(waiting).toEqual([]);
    expect(linkOf(state)).toBeUndefined();
  });

  it('R8.3 the state given to applyOps is not changed', () => {
    const start = stateOf([op(at('a', 0), createDeal(D1))]);
    const copy = structuredClone(start);
    applyOps(start, [op(at('a', 10), editItem(D1, { title: 'New' })), op(at('a', 11), link(T, manualLink(D1)))]);
    expect(start).toStrictEqual(copy);
  });
});
