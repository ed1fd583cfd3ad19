/**
 * R8.3 devices that exchange their operations through the sync folder end with the same CRM:
 * scenarios by rule, then a fast-check property over random actions on three devices (mail to item
 * addresses captured everywhere among them), delivered
 * in random orders with duplicates.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Op } from '../../../../shared/rules/replication/operations';
import { batch, dump, mail, reply, threadOf, type Harness } from '../builders';
import { crmDump, deliver, devices, replicaBatch, opsMessage, snapshotBatch, takePending } from './replicas';

const DEAL_MAIL = 'm1@mail.acme.com';

/** Every device captures the same mail. */
async function captureEverywhere(all: Harness[], messages = [mail(1)]): Promise<void> {
  for (const d of all) await d.store.applyBatch(batch(messages));
}

/** Each device hands its pending operations to every other (and gets its own back, as from the folder). */
async function exchange(all: Harness[]): Promise<void> {
  const pending = await Promise.all(all.map(takePending));
  const every = pending.flat();
  for (const d of all) await deliver(d, every);
}

describe('replication between stores (R8.3)', () => {
  it('R8.3 a deal created and a thread linked on A appear on B', async () => {
    const [a, b] = await devices(2, { linking: 'manual' });
    await captureEverywhere([a!, b!]);
    const deal = await a!.store.createDeal({ title: 'Big offer', value: 5000, currency: 'EUR' });
    await a!.store.linkThread((await threadOf(a!.db, DEAL_MAIL)).id, { kind: 'deal', itemId: deal.id });
    await exchange([a!, b!]);
    expect(await b!.db.deals.get(deal.id)).toMatchObject({ title: 'Big offer', value: 5000, currency: 'EUR', token: deal.token, status: 'open' });
    expect((await threadOf(b!.db, DEAL_MAIL)).link).toMatchObject({ kind: 'deal', itemId: deal.id, reason: { kind: 'manual' } });
    expect((await threadOf(b!.db, DEAL_MAIL)).linkKey).toBe(`deal:${deal.id}`);
    expect(await crmDump(b!.db)).toEqual(await crmDump(a!.db));
  });

  it('R8.3 R4.11 A and B offline edit the same deal and link the same thread differently: both end with the newer choices', async () => {
    const [a, b] = await devices(2, { linking: 'manual' });
    await captureEverywhere([a!, b!]);
    const deal = await a!.store.createDeal({ title: 'Offer' });
    const other = await a!.store.createDeal({ title: 'Other offer' });
    await exchange([a!, b!]);
    const ref = { kind: 'deal' as const, itemId: deal.id };
    // offline: A edits the title, B the value (different fields: both stay); both link the thread
    await a!.store.updateItem(ref, { title: 'Offer (A)' });
    await b!.store.updateItem(ref, { value: 42 });
    await a!.store.linkThread((await threadOf(a!.db, DEAL_MAIL)).id, ref);
    b!.clock.advance(1000); // B decides later: its link is the newer one
    await b!.store.updateItem(ref, { title: 'Offer (B)' });
    await b!.store.linkThread((await threadOf(b!.db, DEAL_MAIL)).id, { kind: 'deal', itemId: other.id });
    await exchange([a!, b!]);
    for (const d of [a!, b!]) {
      expect(await d.db.deals.get(deal.id)).toMatchObject({ title: 'Offer (B)', value: 42 });
      expect((await threadOf(d.db, DEAL_MAIL)).link).toMatchObject({ itemId: other.id, reason: { kind: 'manual' } });
    }
    expect(await crmDump(b!.db)).toEqual(await crmDump(a!.db));
  });

  it('R4.11 a manual unlink on one device outranks a newer automatic link on another', async () => {
    const [a, b] = await devices(2);
    const deal = await a!.store.createDeal({ title: 'Offer' });
    await exchange([a!, b!]);
    await a!.store.applyBatch(batch([mail(1)]));
    await a!.store.unlinkThread((await threadOf(a!.db, DEAL_MAIL)).id);
    b!.clock.advance(60_000);
    await b!.store.applyBatch(batch([mail(1, { itemTokens: [deal.token] })])); // B links it by the item address, later
    expect((await threadOf(b!.db, DEAL_MAIL)).link?.reason.kind).toBe('item-address');
    await exchange([a!, b!]);
    for (const d of [a!, b!]) {
      const thread = await threadOf(d.db, DEAL_MAIL);
      expect(thread.link).toBeUndefined();
      expect(thread.manualUnlink).toBe(true);
    }
  });

  it('R8.3 a link to a thread B has not captured yet waits, and applies when the mail is captured', async () => {
    const [a, b] = await devices(2, { linking: 'manual' });
    await a!.store.applyBatch(batch([mail(1)]));
    const deal = await a!.store.createDeal({ title: 'Offer' });
    await a!.store.linkThread((await threadOf(a!.db, DEAL_MAIL)).id, { kind: 'deal', itemId: deal.id });
    await exchange([a!, b!]);
    expect(await b!.db.deals.get(deal.id)).toBeDefined();
    expect(await b!.db.threads.count()).toBe(0);
    expect(await b!.db.replicaWaiting.toArray()).toEqual([
      { id: `thread:mid:${DEAL_MAIL}|thread:mid:${DEAL_MAIL}`, from: `thread:mid:${DEAL_MAIL}`, missing: `thread:mid:${DEAL_MAIL}` },
    ]);
    await b!.store.applyBatch(batch([mail(1)]));
    expect((await threadOf(b!.db, DEAL_MAIL)).link).toMatchObject({ itemId: deal.id, reason: { kind: 'manual' } });
    expect(await b!.db.replicaWaiting.count()).toBe(0);
    expect(await crmDump(b!.db)).toEqual(await crmDump(a!.db));
  });

  it('R8.3 a link to an item whose create has not arrived waits for it', async () => {
    const [a, b] = await devices(2, { linking: 'manual' });
    await captureEverywhere([a!, b!]);
    const deal = await a!.store.createDeal({ title: 'Offer' });
    const createOps = await takePending(a!);
    await a!.store.linkThread((await threadOf(a!.db, DEAL_MAIL)).id, { kind: 'deal', itemId: deal.id });
    await deliver(b!, await takePending(a!));
    expect((await threadOf(b!.db, DEAL_MAIL)).link).toBeUndefined();
    await deliver(b!, createOps);
    expect((await threadOf(b!.db, DEAL_MAIL)).link).toMatchObject({ itemId: deal.id });
  });

  it('R8.3 applying a batch twice changes nothing', async () => {
    const [a, b] = await devices(2, { linking: 'manual' });
    await captureEverywhere([a!, b!]);
    const deal = await a!.store.createDeal({ title: 'Offer' });
    await a!.store.linkThread((await threadOf(a!.db, DEAL_MAIL)).id, { kind: 'deal', itemId: deal.id });
    await a!.store.deleteItem({ kind: 'deal', itemId: deal.id });
    const ops = await takePending(a!);
    const once = replicaBatch([opsMessage(ops)]);
    await b!.store.applyBatch(once);
    const after = await dump(b!.db);
    await b!.store.applyBatch(once);
    expect(await dump(b!.db)).toEqual(after);
    // and a device's own operations coming back from the folder change nothing either
    const own = await dump(a!.db);
    await a!.store.applyBatch(replicaBatch([opsMessage(ops)]));
    const { syncSources: _s, ...rest } = await dump(a!.db);
    const { syncSources: _o, ...ownRest } = own;
    expect(rest).toEqual(ownRest);
    expect(await a!.store.replication.pendingCount()).toBe(0);
  });

  it('R8.3 R3.7 a message and a thread deleted on A leave B too, with tombstones', async () => {
    const [a, b] = await devices(2, { linking: 'manual' });
    const first = mail(1);
    await captureEverywhere([a!, b!], [first, reply(2, first), mail(3, { subject: 'Other' })]);
    await exchange([a!, b!]);
    const [m1] = await a!.db.messages.where('messageId').equals(DEAL_MAIL).toArray();
    await a!.store.deleteMessage(m1!.id);
    await a!.store.deleteThread((await threadOf(a!.db, 'm3@mail.acme.com')).id);
    await exchange([a!, b!]);
    expect((await b!.db.messages.toArray()).map((m) => m.messageId)).toEqual(['m2@mail.acme.com']);
    expect(await crmDump(b!.db)).toEqual(await crmDump(a!.db));
    // the deleted mail stays deleted when B's capture sees it again
    await b!.store.applyBatch(batch([mail(3, { subject: 'Other' })]));
    expect(await b!.db.messages.count()).toBe(1);
  });

  it('R8.3 R4.9 a copy made on A is made on B', async () => {
    const [a, b] = await devices(2, { linking: 'manual' });
    await captureEverywhere([a!, b!]);
    const deal = await a!.store.createDeal({ title: 'Offer' });
    const copy = await a!.store.copyThreadToItem((await threadOf(a!.db, DEAL_MAIL)).id, { kind: 'deal', itemId: deal.id });
    await exchange([a!, b!]);
    expect(await b!.db.threads.get(copy.id)).toMatchObject({ linkKey: `deal:${deal.id}`, link: { reason: { kind: 'copy' } } });
    expect(await crmDump(b!.db)).toEqual(await crmDump(a!.db));
  });

  it('R8.3 a third, empty store restores everything from A’s snapshot plus the operations after it', async () => {
    const [a, b, c] = await devices(3, { linking: 'manual' });
    await captureEverywhere([a!, b!, c!], [mail(1), mail(2, { subject: 'Other' })]);
    const org = await a!.store.createOrganization({ name: 'Acme' });
    const deal = await a!.store.createDeal({ title: 'Offer', organizationId: org.id });
    await a!.store.linkThread((await threadOf(a!.db, DEAL_MAIL)).id, { kind: 'deal', itemId: deal.id });
    await a!.store.settings.set('sharingDefault', 'share-linked');
    await exchange([a!, b!]);
    const snapshot = await a!.store.replication.snapshot(2); // small parts: several messages
    expect(snapshot.parts.length).toBeGreaterThan(1);
    expect(snapshot.upTo).toBe(snapshot.parts[0]!.state.frontier[snapshot.replica]);
    // after the snapshot, B changes more
    await b!.store.setThreadsVisibility([(await threadOf(b!.db, DEAL_MAIL)).id], 'private');
    const later = await takePending(b!);
    await deliver(a!, later);
    // C: parts in reverse order, then the later operations
    await c!.store.applyBatch(snapshotBatch([...snapshot.parts].reverse()));
    await deliver(c!, later);
    // what C's own capture decided reaches the others through the folder too
    await deliver(a!, await takePending(c!));
    expect(await crmDump(c!.db)).toEqual(await crmDump(a!.db));
    expect(await c!.db.settings.get('sharingDefault')).toMatchObject({ value: 'share-linked' });
  });

  it('R8.3 an existing CRM becomes pending operations once, without moving a row', async () => {
    const [a, b] = await devices(2, { linking: 'manual' });
    await captureEverywhere([a!, b!]);
    const deal = await a!.store.createDeal({ title: 'Offer' });
    await a!.store.linkThread((await threadOf(a!.db, DEAL_MAIL)).id, { kind: 'deal', itemId: deal.id });
    // as if these rows were written before replication existed
    await a!.db.replicaOps.clear();
    await a!.db.replicaState.clear();
    const rows = await dump(a!.db);
    const seeded = await a!.store.replication.seed();
    expect(seeded).toBeGreaterThan(0);
    expect(await a!.store.replication.seed()).toBe(0);
    const after = await dump(a!.db);
    for (const table of ['deals', 'persons', 'threads', 'messages'] as const) expect(after[table]).toEqual(rows[table]);
    expect(await a!.store.replication.pendingCount()).toBe(seeded);
    await exchange([a!, b!]);
    expect(await crmDump(b!.db)).toEqual(await crmDump(a!.db));
  });

  it('R8.3 the sync folder’s skipped messages are listed once for Settings', async () => {
    const [a] = await devices(1);
    const skipped = replicaBatch([{ uid: 900, content: { kind: 'skipped', reason: 'foreign', detail: 'not ours' } }]);
    await a!.store.applyBatch(skipped);
    const first = await a!.store.replication.skippedMessages();
    a!.clock.advance(1000);
    await a!.store.applyBatch(skipped);
    expect(await a!.store.replication.skippedMessages()).toEqual(first);
    expect(first).toMatchObject([{ uid: 900, reason: 'foreign', detail: 'not ours' }]);
  });
});

// ---- the property: random actions on three devices, random delivery with duplicates ----

type Action =
  | { kind: 'deal'; title: string }
  | { kind: 'edit'; item: number; title: string }
  | { kind: 'status'; item: number; status: 'open' | 'won' | 'lost' | 'deleted' }
  | { kind: 'lead'; title: string }
  | { kind: 'deleteLead'; item: number }
  | { kind: 'org'; name: string }
  | { kind: 'person'; name: string; org: number }
  | { kind: 'deletePerson'; person: number }
  | { kind: 'link'; thread: number; item: number }
  | { kind: 'unlink'; thread: number }
  | { kind: 'unlinkUndone'; thread: number }
  | { kind: 'visibility'; thread: number; visibility: 'private' | 'shared' }
  | { kind: 'setting'; value: 'automatic' | 'manual' }
  | { kind: 'deleteOrg'; org: number }
  | { kind: 'dealFor'; title: string; person: number }
  | { kind: 'copy'; thread: number; item: number }
  | { kind: 'itemMail'; item: number };

const title = fc.constantFrom('A', 'B', 'C', 'D');
const index = fc.nat(5);
const actionArb: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('deal' as const), title }),
  fc.record({ kind: fc.constant('edit' as const), item: index, title }),
  fc.record({ kind: fc.constant('status' as const), item: index, status: fc.constantFrom('open' as const, 'won' as const, 'lost' as const, 'deleted' as const) }),
  fc.record({ kind: fc.constant('lead' as const), title }),
  fc.record({ kind: fc.constant('deleteLead' as const), item: index }),
  fc.record({ kind: fc.constant('org' as const), name: title }),
  fc.record({ kind: fc.constant('person' as const), name: title, org: index }),
  fc.record({ kind: fc.constant('deletePerson' as const), person: index }),
  fc.record({ kind: fc.constant('link' as const), thread: fc.nat(2), item: index }),
  fc.record({ kind: fc.constant('unlink' as const), thread: fc.nat(2) }),
  fc.record({ kind: fc.constant('unlinkUndone' as const), thread: fc.nat(2) }),
  fc.record({ kind: fc.constant('visibility' as const), thread: fc.nat(2), visibility: fc.constantFrom('private' as const, 'shared' as const) }),
  fc.record({ kind: fc.constant('setting' as const), value: fc.constantFrom('automatic' as const, 'manual' as const) }),
  fc.record({ kind: fc.constant('deleteOrg' as const), org: index }),
  fc.record({ kind: fc.constant('dealFor' as const), title, person: index }),
  fc.record({ kind: fc.constant('copy' as const), thread: fc.nat(2), item: index }),
  fc.record({ kind: fc.constant('itemMail' as const), item: index }),
);

/**
 * Items' lives and the threads tied to them, alone: made, linked, copied, deleted by one writer
 * (device 0), while device 1 receives its operations in reverse (some early, some twice). In the
 * full mix above, three actions in a row on one item by one device are rare: a copy to a lead
 * deleted afterwards took that property 164 cases (at 300) to meet; with these actions weighted
 * up in histories of 3 to 8, it takes about a dozen (FOUND below keeps the case itself).
 */
const lifecycleArb: fc.Arbitrary<Action> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('lead' as const), title }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('deleteLead' as const), item: index }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('copy' as const), thread: fc.nat(2), item: index }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('link' as const), thread: fc.nat(2), item: index }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('deal' as const), title }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('status' as const), item: index, status: fc.constantFrom('open' as const, 'deleted' as const) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('dealFor' as const), title, person: index }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('person' as const), name: title, org: index }), weight: 1 },
);

const THREAD_MAIL = ['m1@mail.acme.com', 'm2@mail.acme.com', 'm3@mail.acme.com'];

function pick<T>(list: readonly T[], i: number): T | undefined {
  return list.length === 0 ? undefined : list[i % list.length];
}

let itemMails = 0;

/**
 * R1.3 mail to the address of one of `d`'s deals or leads, captured by every device at once: the
 * devices that have not received the item yet keep the token waiting for it.
 */
async function mailToItem(d: Harness, all: readonly Harness[], item: number): Promise<void> {
  const token = pick([...(await d.db.deals.toArray()), ...(await d.db.leads.toArray())], item)?.token;
  if (token === undefined) return;
  const message = mail(100 + ++itemMails, { subject: `To item ${itemMails}`, itemTokens: [token] });
  for (const device of all) await device.store.applyBatch(batch([message]));
}

/** One user action on a device; actions the store refuses (a thing deleted meanwhile) are skipped. */
async function perform(d: Harness, action: Action, all: readonly Harness[]): Promise<void> {
  const [deals, leads, persons, orgs] = await Promise.all([d.db.deals.toArray(), d.db.leads.toArray(), d.db.persons.toArray(), d.db.organizations.toArray()]);
  const items = [...deals.map((x) => ({ kind: 'deal' as const, itemId: x.id })), ...leads.map((x) => ({ kind: 'lead' as const, itemId: x.id }))];
  const thread = async (i: number) => (await threadOf(d.db, THREAD_MAIL[i]!)).id;
  try {
    switch (action.kind) {
      case 'deal':
        await d.store.createDeal({ title: action.title });
        break;
      case 'lead':
        await d.store.createLead({ title: action.title });
        break;
      case 'edit': {
        const item = pick(items, action.item);
        if (item) await d.store.updateItem(item, { title: action.title });
        break;
      }
      case 'status': {
        const deal = pick(deals, action.item);
        if (deal) await d.store.setItemStatus({ kind: 'deal', itemId: deal.id }, action.status);
        break;
      }
      case 'deleteLead': {
        const lead = pick(leads, action.item);
        if (lead) await d.store.deleteItem({ kind: 'lead', itemId: lead.id });
        break;
      }
      case 'org':
        await d.store.createOrganization({ name: action.name });
        break;
      case 'person': {
        const org = pick(orgs, action.org);
        await d.store.createPerson({ name: action.name, emails: [`${action.name.toLowerCase()}@people.test`], ...(org ? { organizationId: org.id } : {}) });
        break;
      }
      case 'deletePerson': {
        const person = pick(persons.filter((p) => p.id.startsWith('address:') === false), action.person);
        if (person) await d.store.deletePerson(person.id);
        break;
      }
      case 'link': {
        const item = pick(items, action.item);
        if (item) await d.store.linkThread(await thread(action.thread), item);
        break;
      }
      case 'unlink':
        await d.store.unlinkThread(await thread(action.thread));
        break;
      case 'unlinkUndone': {
        // R4.10 Undo: the link as it was, through restoreLink (its own operation)
        const before = await threadOf(d.db, THREAD_MAIL[action.thread]!);
        if (!before.link) break;
        await d.store.unlinkThread(before.id);
        await d.store.restoreLink(before.id, { link: before.link, candidates: before.candidates, manualUnlink: before.manualUnlink });
        break;
      }
      case 'visibility':
        await d.store.setThreadsVisibility([await thread(action.thread)], action.visibility);
        break;
      case 'setting':
        await d.store.settings.set('linkingMode', action.value);
        break;
      case 'deleteOrg': {
        const org = pick(orgs, action.org);
        if (org) await d.store.deleteOrganization(org.id);
        break;
      }
      case 'dealFor': {
        const person = pick(persons, action.person);
        await d.store.createDeal({ title: action.title, ...(person ? { personId: person.id } : {}) });
        break;
      }
      case 'copy': {
        const item = pick(items, action.item);
        if (item) await d.store.copyThreadToItem(await thread(action.thread), item);
        break;
      }
      case 'itemMail':
        await mailToItem(d, all, action.item);
        break;
    }
  } catch (error) {
    if (!(error instanceof Error) || !/not found|no |forbidden/i.test(error.message)) throw error;
  }
}

type Step = [device: number, action: Action, wait: number];
type Delivery = [device: number, batch: number, twice: boolean];

/**
 * The property's body: `steps` on `count` devices, with `deliveries` on the way, then every device
 * reads the whole folder in its own order; all must end with the same CRM.
 */
async function devicesConverge(steps: readonly Step[], deliveries: readonly Delivery[], count = 3): Promise<void> {
  const all = await devices(count, { linking: 'manual' });
  await captureEverywhere(all, THREAD_MAIL.map((_, i) => mail(i + 1, { subject: `Subject ${i}` })));
  // what each device's set-up and capture recorded is in the folder too
  const folder: Op[][] = (await Promise.all(all.map(takePending))).filter((ops) => ops.length > 0);
  // actions, with some operations reaching some devices on the way (random order, duplicates)
  for (const [device, action, wait] of steps) {
    const d = all[device]!;
    d.clock.advance(wait * 1000);
    await perform(d, action, all);
    // capture may record on every device (mail to an item address reaches all of them)
    for (const other of all) {
      const ops = await takePending(other);
      if (ops.length > 0) folder.push(ops);
    }
  }
  for (const [device, n, twice] of deliveries) {
    const ops = pick(folder, n);
    if (!ops) continue;
    await deliver(all[device]!, ops);
    if (twice) await deliver(all[device]!, ops);
  }
  // at the end every device reads the whole folder, in its own order
  for (const [i, d] of all.entries()) {
    const order = i === 1 ? [...folder].reverse() : i === 2 ? [...folder.slice(1), ...folder.slice(0, 1)] : folder;
    for (const ops of order) await deliver(d, ops);
  }
  // what applying recorded (an item's arrival links mail that waited for its address) travels too, until quiet
  for (let round = 0; round < 5; round++) {
    const more = (await Promise.all(all.map(takePending))).filter((ops) => ops.length > 0);
    if (more.length === 0) break;
    for (const d of all) for (const ops of more) await deliver(d, ops);
  }
  expect(await Promise.all(all.map((d) => d.store.replication.pendingCount()))).toEqual(all.map(() => 0));
  const [first, ...others] = await Promise.all(all.map((d) => crmDump(d.db)));
  for (const other of others) expect(other).toEqual(first);
}

/** Counterexamples the property found (shrunk), kept as cases by the rule they broke. */
const FOUND: ReadonlyArray<{ rule: string; steps: Step[]; deliveries: Delivery[] }> = [
  {
    // the copy reached the other devices with its lead already deleted: they never made it
    rule: 'R8.3 R4.9 a copy of a thread to a lead deleted afterwards stays, unlinked, on every device',
    steps: [
      [0, { kind: 'lead', title: 'A' }, 0],
      [0, { kind: 'copy', thread: 0, item: 0 }, 0],
      [0, { kind: 'deleteLead', item: 0 }, 0],
    ],
    deliveries: [],
  },
  {
    rule: 'R8.3 R4.9 a copy to a deleted lead, then a deal for a person: the same CRM everywhere',
    steps: [
      [0, { kind: 'lead', title: 'A' }, 0],
      [0, { kind: 'copy', thread: 0, item: 0 }, 0],
      [0, { kind: 'deleteLead', item: 0 }, 0],
      [0, { kind: 'dealFor', title: 'A', person: 0 }, 0],
    ],
    deliveries: [],
  },
];

describe('replication convergence (R8.3, property)', () => {
  it.each(FOUND)('$rule', async ({ steps, deliveries }) => {
    await devicesConverge(steps, deliveries);
  });

  it('R8.3 one store that makes, links, copies and deletes items, and two that receive it in any order, end with identical CRMs', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constant(0), lifecycleArb, fc.nat(3)), { minLength: 3, maxLength: 8 }),
        fc.array(fc.tuple(fc.constant(1), fc.nat(1000), fc.boolean()), { maxLength: 3 }),
        (steps, deliveries) => devicesConverge(steps, deliveries, 2),
      ),
      // without the fix of FOUND[0], ten seeds failed after 4 to 77 cases (median 12); 80 cases take ~5 s
      { numRuns: 80 },
    );
  }, 120_000);

  it('R8.3 three stores with random actions, exchanging their operations in random orders with duplicates, end with identical CRMs', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(2), actionArb, fc.nat(3)), { minLength: 1, maxLength: 14 }),
        fc.array(fc.tuple(fc.nat(2), fc.nat(1000), fc.boolean()), { maxLength: 30 }),
        (steps, deliveries) => devicesConverge(steps, deliveries),
      ),
      { numRuns: 30 },
    );
  }, 120_000);
});
