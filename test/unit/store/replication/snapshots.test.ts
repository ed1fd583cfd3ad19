/**
 * R8.3 snapshots in the store: an uploaded snapshot prunes the sent operations it covers (one
 * transaction, never a pending one), and a fresh device restores the same CRM from the sync
 * folder after two replicas wrote snapshots and compacted — or from a folder where a snapshot
 * lost a part, which must lose nothing.
 */
import { describe, expect, it } from 'vitest';
import { batch, DAY, mail, threadOf, type Harness } from '../builders';
import { crmDump, deliver, devices } from './replicas';
import { SyncFolder } from './syncFolder';

const DEAL_MAIL = 'm1@mail.acme.com';
const MAILS = [mail(1), mail(2, { subject: 'Other' })];

/** Each device uploads what it recorded to the folder (one batch each, as the pump does), then every device reads the new batches. */
async function sync(all: Harness[], folder: SyncFolder, now: number): Promise<void> {
  const uploaded = [];
  for (const d of all) {
    const ops = await d.store.replication.pendingOps(100_000);
    if (ops.length === 0) continue;
    folder.appendOps(ops, now);
    await d.store.replication.markSent(ops.map((o) => o.id));
    uploaded.push(...ops);
  }
  for (const d of all) await deliver(d, uploaded);
}

/** A snapshot written to the folder whole and confirmed to the store, as the pump does. */
async function writeSnapshot(d: Harness, folder: SyncFolder, now: number) {
  const snapshot = await d.store.replication.snapshot(2); // small parts: several messages
  for (const part of snapshot.parts) folder.appendSnapshotPart(part, now);
  const record = { id: snapshot.parts[0]!.id, at: now, upTo: snapshot.upTo! };
  const pruned = await d.store.replication.snapshotUploaded(record);
  return { snapshot, record, pruned };
}

async function sentCount(d: Harness): Promise<number> {
  return (await d.db.replicaOps.toArray()).filter((r) => r.sent === 1).length;
}

describe('R8.3 snapshots in the store', () => {
  it('R8.3 a snapshot confirmed uploaded prunes the sent operations it covers, never a pending one, and notes itself', async () => {
    const [a] = await devices(1, { linking: 'manual' });
    const folder = new SyncFolder();
    await a!.store.createDeal({ title: 'One' });
    await a!.store.createDeal({ title: 'Two' });
    await sync([a!], folder, a!.clock.now);
    const sent = await sentCount(a!);
    expect(sent).toBeGreaterThan(0);
    expect(await a!.store.replication.snapshotFacts()).toMatchObject({ pending: 0, uploadedSince: sent, book: { snapshots: [] } });

    await a!.store.createDeal({ title: 'Three, not uploaded yet' });
    const { record, pruned } = await writeSnapshot(a!, folder, a!.clock.now);
    expect(pruned).toBe(sent);
    const facts = await a!.store.replication.snapshotFacts();
    expect(facts).toMatchObject({ pending: 1, uploadedSince: 0, oldestUploadedAt: undefined, book: { snapshots: [record] } });
    expect(await a!.store.replication.pendingOps(10)).toHaveLength(1);
  });

  it('R8.3 noting the snapshot and pruning are one transaction: when the note fails, no operation is pruned', async () => {
    const [a] = await devices(1);
    await a!.store.createDeal({ title: 'One' });
    await sync([a!], new SyncFolder(), a!.clock.now);
    const before = await a!.db.replicaOps.toArray();
    const snapshot = await a!.store.replication.snapshot();
    const refuse = () => {
      throw new Error('disk full');
    };
    a!.db.settings.hook('creating', refuse);
    await expect(a!.store.replication.snapshotUploaded({ id: snapshot.parts[0]!.id, at: a!.clock.now, upTo: snapshot.upTo! })).rejects.toThrow();
    a!.db.settings.hook('creating').unsubscribe(refuse);
    expect(await a!.db.replicaOps.toArray()).toEqual(before);
    expect((await a!.store.replication.snapshotFacts()).book.snapshots).toEqual([]);
  });

  it('R8.3 with snapshots by two replicas and their batches compacted, a fresh store restores the same CRM from the folder', async () => {
    const [a, b, c] = await devices(3, { linking: 'manual' });
    for (const d of [a!, b!, c!]) await d.store.applyBatch(batch(MAILS));
    const folder = new SyncFolder();
    const org = await a!.store.createOrganization({ name: 'Acme' });
    const deal = await a!.store.createDeal({ title: 'Offer', organizationId: org.id });
    await a!.store.linkThread((await threadOf(a!.db, DEAL_MAIL)).id, { kind: 'deal', itemId: deal.id });
    const lead = await b!.store.createLead({ title: 'Maybe' });
    await b!.store.settings.set('sharingDefault', 'share-linked');
    await sync([a!, b!], folder, a!.clock.now);

    const fromA = await writeSnapshot(a!, folder, a!.clock.now);
    const fromB = await writeSnapshot(b!, folder, b!.clock.now);
    // after the snapshots, both change more
    a!.clock.advance(1000);
    b!.clock.advance(2000);
    await a!.store.updateItem({ kind: 'deal', itemId: deal.id }, { title: 'Offer (later)' });
    await b!.store.updateItem({ kind: 'lead', itemId: lead.id }, { title: 'Surely' });
    await b!.store.setThreadsVisibility([(await threadOf(b!.db, DEAL_MAIL)).id], 'private');
    await sync([a!, b!], folder, a!.clock.now);

    const batchesBefore = folder.opsBatches().length;
    for (const { snapshot, record } of [fromA, fromB]) {
      expect(folder.compact({ replica: snapshot.replica, upTo: record.upTo, olderThanMs: 0 }, a!.clock.now)).toBeGreaterThan(0);
    }
    // only the batches after the snapshots are left, each replica's own
    const left = folder.opsBatches();
    expect(left.length).toBeLessThan(batchesBefore);
    for (const [replica, first] of left) {
      const { record } = replica === fromA.snapshot.replica ? fromA : fromB;
      expect(first > record.upTo).toBe(true);
    }

    await c!.store.applyBatch(folder.read());
    // what C's own capture decided reaches the others through the folder too
    await sync([c!], folder, c!.clock.now);
    for (const d of [a!, b!]) await d.store.applyBatch(folder.read());
    expect(await crmDump(c!.db)).toEqual(await crmDump(a!.db));
    expect(await crmDump(b!.db)).toEqual(await crmDump(a!.db));
    expect(await c!.db.deals.get(deal.id)).toMatchObject({ title: 'Offer (later)', organizationId: org.id });
    expect(await c!.db.leads.get(lead.id)).toMatchObject({ title: 'Surely' });
  });

  it('R8.3 a snapshot that lost a part is never noted, nothing is pruned or compacted, and a fresh store still restores everything', async () => {
    const [a, c] = await devices(2, { linking: 'manual' });
    for (const d of [a!, c!]) await d.store.applyBatch(batch(MAILS));
    const folder = new SyncFolder();
    const deal = await a!.store.createDeal({ title: 'Offer' });
    await a!.store.createPerson({ name: 'Jane Roe', emails: ['jane@customer.test'] });
    await a!.store.linkThread((await threadOf(a!.db, DEAL_MAIL)).id, { kind: 'deal', itemId: deal.id });
    await sync([a!], folder, a!.clock.now);
    const sent = await sentCount(a!);
    // the upload stopped after the first part: main's call failed, so the store is told nothing
    const snapshot = await a!.store.replication.snapshot(1);
    expect(snapshot.parts.length).toBeGreaterThan(1);
    folder.appendSnapshotPart(snapshot.parts[0]!, a!.clock.now);
    a!.clock.advance(30 * DAY);
    const facts = await a!.store.replication.snapshotFacts();
    expect(facts.book.snapshots).toEqual([]);
    expect(facts.uploadedSince).toBe(sent);
    expect(await sentCount(a!)).toBe(sent);

    await c!.store.applyBatch(folder.read());
    await sync([c!], folder, c!.clock.now);
    await a!.store.applyBatch(folder.read());
    expect(await crmDump(c!.db)).toEqual(await crmDump(a!.db));
  });
});
