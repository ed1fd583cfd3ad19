/**
 * fast-check arbitraries for the convergence properties: operations on small pools of keys (so
 * replicas collide on the same entities and fields), written by three replicas that each tick
 * their own hybrid logical clock and sometimes receive another's, with the system clock moving
 * forward, standing still or going back.
 */
import fc from 'fast-check';
import { decodeClock, receive, tick, zeroClock, type Clock } from '../../../../shared/rules/replication/hlc';
import { makeOp, type LinkValue, type Op, type OpBody } from '../../../../shared/rules/replication/operations';
import { T0 } from './builders';

export const REPLICAS = ['a', 'b', 'c'] as const;
const ITEMS = ['deal:d1', 'deal:d2', 'lead:l1', 'project:p1'] as const;
const PERSONS = ['id:p1', 'address:jane@roe.example'] as const;
const ORGS = ['o1', 'o2'] as const;
const THREADS = ['mid:m1@x', 'mid:m2@x', 'copy:c1'] as const;
const MIDS = ['m1@x', 'm2@x', 'm3@x'] as const;
const STATUSES = { deal: ['open', 'won', 'lost', 'deleted'], lead: ['open', 'archived', 'converted'], project: ['open', 'closed'] } as const;

const kindOf = (key: string) => key.slice(0, key.indexOf(':')) as 'deal' | 'lead' | 'project';

const nameArb = (unicode: boolean) => (unicode ? fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }) : fc.constantFrom('A', 'B', 'C'));

const linkValueArb: fc.Arbitrary<LinkValue> = fc.oneof(
  fc.constantFrom(...ITEMS).map((item): LinkValue => ({ item, manual: true, reason: { kind: 'manual' } })),
  fc.constant<LinkValue>({ item: null, manual: true, reason: null }),
  fc.constant<LinkValue>({ item: null, manual: false, reason: null }),
  fc.constantFrom(...ITEMS).map((item): LinkValue => ({ item, manual: false, reason: { kind: 'item-address', token: 't' } })),
  fc.tuple(fc.constantFrom(...ITEMS), fc.constantFrom(...PERSONS)).map(([item, personKey]): LinkValue => ({ item, manual: false, reason: { kind: 'sole-open-item', personKey, personName: 'Jane' } })),
);

/** A valid operation body on the pools above. */
export function opBodyArb(unicode = false): fc.Arbitrary<OpBody> {
  const name = nameArb(unicode);
  const item = fc.constantFrom(...ITEMS);
  const itemFields = (key: string) =>
    fc.record(
      {
        title: name,
        personKey: fc.option(fc.constantFrom(...PERSONS), { nil: null }),
        organizationKey: fc.option(fc.constantFrom(...ORGS), { nil: null }),
        ...(kindOf(key) === 'deal' ? { value: fc.option(fc.integer({ min: 0, max: 9 }), { nil: null }), stage: fc.option(name, { nil: null }) } : {}),
      },
      { requiredKeys: [] },
    );
  return fc.oneof(
    item.chain((key) =>
      fc.tuple(itemFields(key), name, fc.constantFrom(...STATUSES[kindOf(key)])).map(
        ([fields, title, status]): OpBody => ({
          kind: 'item.create',
          key,
          payload: { ownerId: 'u1', createdAt: T0, ...(kindOf(key) === 'project' ? {} : { token: `t-${key}` }), fields: { ...fields, title, status } },
        }),
      ),
    ),
    item.chain((key) => itemFields(key).map((fields): OpBody => ({ kind: 'item.edit', key, payload: { fields } }))),
    item.chain((key) => fc.constantFrom(...STATUSES[kindOf(key)]).map((status): OpBody => ({ kind: 'item.status', key, payload: { status } }))),
    item.map((key): OpBody => ({ kind: 'item.delete', key, payload: {} })),
    fc.tuple(fc.constantFrom(...PERSONS), name, fc.option(fc.constantFrom(...ORGS), { nil: undefined })).map(
      ([key, n, organizationKey]): OpBody => ({
        kind: 'person.create',
        key,
        payload: { ownerId: 'u1', createdAt: T0, fields: { name: n, emails: ['jane@roe.example'], ...(organizationKey ? { organizationKey } : {}) } },
      }),
    ),
    fc.tuple(fc.constantFrom(...PERSONS), fc.record({ name, emails: fc.constantFrom<string[]>(['jane@roe.example'], ['j@roe.example', 'jane@roe.example']), organizationKey: fc.option(fc.constantFrom(...ORGS), { nil: null }) }, { requiredKeys: [] })).map(
      ([key, fields]): OpBody => ({ kind: 'person.edit', key, payload: { fields } }),
    ),
    fc.constantFrom(...PERSONS).map((key): OpBody => ({ kind: 'person.delete', key, payload: {} })),
    fc.tuple(fc.constantFrom(...ORGS), name).map(([key, n]): OpBody => ({ kind: 'organization.create', key, payload: { ownerId: 'u1', createdAt: T0, fields: { name: n } } })),
    fc.tuple(fc.constantFrom(...ORGS), name).map(([key, n]): OpBody => ({ kind: 'organization.edit', key, payload: { fields: { name: n } } })),
    fc.constantFrom(...ORGS).map((key): OpBody => ({ kind: 'organization.delete', key, payload: {} })),
    fc.tuple(fc.constantFrom(...THREADS), linkValueArb).map(([key, value]): OpBody => ({ kind: 'thread.link', key, payload: value })),
    fc.tuple(fc.constantFrom('mid:m1@x', 'mid:m2@x'), item).map(([from, it]): OpBody => ({ kind: 'thread.copy', key: 'copy:c1', payload: { from, item: it, ownerId: 'u1' } })),
    fc.tuple(fc.constantFrom(...THREADS), fc.constantFrom('private' as const, 'shared' as const)).map(([key, visibility]): OpBody => ({ kind: 'thread.visibility', key, payload: { visibility } })),
    fc.tuple(fc.constantFrom(...THREADS), fc.subarray([...MIDS])).map(([key, ids]): OpBody => ({ kind: 'thread.delete', key, payload: { ids } })),
    fc.constantFrom(...MIDS).map((key): OpBody => ({ kind: 'message.delete', key, payload: {} })),
    fc.constantFrom<OpBody>(
      { kind: 'setting.set', key: 'linkingMode', payload: { value: 'manual' } },
      { kind: 'setting.set', key: 'linkingMode', payload: { value: 'automatic' } },
      { kind: 'setting.set', key: 'sharingDefault', payload: { value: 'share-linked' } },
      { kind: 'setting.set', key: 'sharingDefault', payload: { value: 'private' } },
    ),
  );
}

interface Step {
  replica: number;
  /** ms the system clock moves before the step (negative: it was set back) */
  advance: number;
  /** receive the clock of an earlier operation (another replica's batch arrived) before acting */
  receiveFrom: number | undefined;
  body: OpBody;
}

const stepArb = (unicode: boolean): fc.Arbitrary<Step> =>
  fc.record({
    replica: fc.integer({ min: 0, max: 2 }),
    advance: fc.oneof(fc.constant(0), fc.integer({ min: -30, max: 30 }), fc.integer({ min: 0, max: 5000 })),
    receiveFrom: fc.option(fc.nat(), { nil: undefined }),
    body: opBodyArb(unicode),
  });

/** The operations of a random history on three replicas, in the order they were made. */
export function historyArb(options: { maxOps?: number; unicode?: boolean } = {}): fc.Arbitrary<Op[]> {
  return fc.array(stepArb(options.unicode ?? false), { minLength: 1, maxLength: options.maxOps ?? 30 }).map((steps) => {
    let now = T0;
    const clocks: Clock[] = REPLICAS.map((r) => zeroClock(r));
    const ops: Op[] = [];
    for (const step of steps) {
      now += step.advance;
      let clock = clocks[step.replica]!;
      const seen = step.receiveFrom === undefined || ops.length === 0 ? undefined : ops[step.receiveFrom % ops.length];
      if (seen) clock = receive(clock, decodeClock(seen.clock)!, now);
      clock = tick(clock, now);
      clocks[step.replica] = clock;
      ops.push(makeOp(clock, step.body));
    }
    return ops;
  });
}

/** A small deterministic PRNG (mulberry32) for delivery orders drawn from a seed. */
export function prng(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let x = Math.imul(t ^ (t >>> 15), 1 | t);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One replica's delivery: every operation in a random order, some twice (a batch appended twice),
 * cut into batches of random size (operations delayed to later batches).
 */
export function delivery(ops: readonly Op[], seed: number): Op[][] {
  const random = prng(seed);
  const list = [...ops];
  const dupes = Math.floor(random() * (ops.length / 2 + 1));
  for (let i = 0; i < dupes; i++) list.push(ops[Math.floor(random() * ops.length)]!);
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  const batches: Op[][] = [];
  for (let i = 0; i < list.length; ) {
    const size = 1 + Math.floor(random() * 6);
    batches.push(list.slice(i, i + size));
    i += size;
  }
  return batches;
}
