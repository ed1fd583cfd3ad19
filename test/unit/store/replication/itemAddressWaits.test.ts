/**
 * R8.3 / R1.3 mail to an item address captured before the item's create reached the device: the
 * token waits, and when the item arrives the thread is linked by its address as capture would
 * have linked it — unless the user decided meanwhile (R4.11) or the item arrives deleted (R1.4).
 */
import { describe, expect, it } from 'vitest';
import { batch, dump, mail, threadOf, type Harness } from '../builders';
import { crmDump, deliver, devices, opsMessage, replicaBatch, snapshotBatch, takePending } from './replicas';

const DEAL_MAIL = 'm1@mail.acme.com';

async function exchange(all: Harness[]): Promise<void> {
  const every = (await Promise.all(all.map(takePending))).flat();
  for (const d of all) await deliver(d, every);
}

describe('mail to an item address that arrives before the item (R8.3, R1.3)', () => {
  it('R8.3 R1.3 mail to deal X captured on B before X arrives is linked to X by its address when X arrives, as on A', async () => {
    const [a, b] = await devices(2, { linking: 'manual' });
    const deal = await a!.store.createDeal({ title: 'Offer' });
    const toDeal = mail(1, { itemTokens: [deal.token] });
    await b!.store.applyBatch(batch([toDeal]));
    expect((await threadOf(b!.db, DEAL_MAIL)).link).toBeUndefined();
    expect(await b!.db.replicaWaiting.toArray()).toEqual([
      { id: `mail:${DEAL_MAIL}|token:${deal.token}`, from: `mail:${DEAL_MAIL}`, missing: `token:${deal.token}` },
    ]);
    await deliver(b!, await takePending(a!)); // the create alone
    expect((await threadOf(b!.db, DEAL_MAIL)).link).toMatchObject({ kind: 'deal', itemId: deal.id, reason: { kind: 'item-address', token: deal.token } });
    expect(await b!.db.replicaWaiting.count()).toBe(0);
    // B recorded the link as its capture would have
    const links = (await b!.store.replication.pendingOps(100)).filter((o) => o.kind === 'thread.link');
    expect(links).toMatchObject([{ key: `mid:${DEAL_MAIL}`, payload: { item: `deal:${deal.id}`, manual: false, reason: { kind: 'item-address', token: deal.token } } }]);
    await exchange([a!, b!]);
    await a!.store.applyBatch(batch([toDeal]));
    expect((await threadOf(a!.db, DEAL_MAIL)).link).toMatchObject({ kind: 'deal', itemId: deal.id, reason: { kind: 'item-address' } });
    await exchange([a!, b!]);
    expect(await crmDump(b!.db)).toEqual(await crmDump(a!.db));
  });

  it('R8.3 R1.3 the same when the item arrives in a snapshot', async () => {
    const [a, b] = await devices(2, { linking: 'manual' });
    const deal = await a!.store.createDeal({ title: 'Offer' });
    await b!.store.applyBatch(batch([mail(1, { itemTokens: [deal.token] })]));
    await b!.store.applyBatch(snapshotBatch((await a!.store.replication.snapshot(2)).parts));
    expect((await threadOf(b!.db, DEAL_MAIL)).link).toMatchObject({ kind: 'deal', itemId: deal.id, reason: { kind: 'item-address', token: deal.token } });
    expect(await b!.db.replicaWaiting.count()).toBe(0);
  });

  it('R8.3 R1.3 the same when A captured the mail too: both devices end with the link by item address', async () => {
    const [a, b] = await devices(2);
    const deal = await a!.store.createDeal({ title: 'Offer' });
    const createOps = await takePending(a!);
    const toDeal = mail(1, { itemTokens: [deal.token] });
    await a!.store.applyBatch(batch([toDeal]));
    await b!.store.applyBatch(batch([toDeal]));
    await deliver(b!, createOps);
    expect((await threadOf(b!.db, DEAL_MAIL)).link).toMatchObject({ itemId: deal.id, reason: { kind: 'item-address' } });
    await exchange([a!, b!]);
    expect(await crmDump(b!.db)).toEqual(await crmDump(a!.db));
  });

  it('R8.3 R4.11 a manual unlink made on B meanwhile stays: the arriving item does not link the thread', async () => {
    const [a, b] = await devices(2, { linking: 'manual' });
    const deal = await a!.store.createDeal({ title: 'Offer' });
    await b!.store.applyBatch(batch([mail(1, { itemTokens: [deal.token] })]));
    await b!.store.unlinkThread((await threadOf(b!.db, DEAL_MAIL)).id);
    await deliver(b!, await takePending(a!));
    const thread = await threadOf(b!.db, DEAL_MAIL);
    expect(thread.link).toBeUndefined();
    expect(thread.manualUnlink).toBe(true);
    expect(await b!.db.replicaWaiting.count()).toBe(0);
    await exchange([a!, b!]);
    await a!.store.applyBatch(batch([mail(1, { itemTokens: [deal.token] })]));
    await exchange([a!, b!]);
    expect((await threadOf(a!.db, DEAL_MAIL)).manualUnlink).toBe(true);
    expect(await crmDump(b!.db)).toEqual(await crmDump(a!.db));
  });

  it('R8.3 R1.3 mail to a lead\'s address waits for the lead', async () => {
    const [a, b] = await devices(2);
    const lead = await a!.store.createLead({ title: 'Prospect' });
    await b!.store.applyBatch(batch([mail(1, { itemTokens: [lead.token] })]));
    await deliver(b!, await takePending(a!));
    expect((await threadOf(b!.db, DEAL_MAIL)).link).toMatchObject({ kind: 'lead', itemId: lead.id, reason: { kind: 'item-address', token: lead.token } });
  });

  it('R8.3 R1.4 an item that arrives already deleted links nothing, and its token stops waiting', async () => {
    const [a, b] = await devices(2);
    const deal = await a!.store.createDeal({ title: 'Offer' });
    await a!.store.deleteItem({ kind: 'deal', itemId: deal.id });
    await b!.store.applyBatch(batch([mail(1, { itemTokens: [deal.token] })]));
    await deliver(b!, await takePending(a!));
    expect((await threadOf(b!.db, DEAL_MAIL)).link).toBeUndefined();
    expect(await b!.db.replicaWaiting.count()).toBe(0);
  });

  it('R8.3 applying the create twice changes nothing', async () => {
    const [a, b] = await devices(2, { linking: 'manual' });
    const deal = await a!.store.createDeal({ title: 'Offer' });
    await b!.store.applyBatch(batch([mail(1, { itemTokens: [deal.token] })]));
    const create = replicaBatch([opsMessage(await takePending(a!))]);
    await b!.store.applyBatch(create);
    const after = await dump(b!.db);
    const pending = await b!.store.replication.pendingCount();
    await b!.store.applyBatch(create);
    expect(await dump(b!.db)).toEqual(after);
    expect(await b!.store.replication.pendingCount()).toBe(pending);
  });

  it('R1.3 a token no item ever takes costs a row and links nothing', async () => {
    const [b] = await devices(1);
    await b!.store.applyBatch(batch([mail(1, { itemTokens: ['d-nosuchitem'] })]));
    expect((await threadOf(b!.db, DEAL_MAIL)).link).toBeUndefined();
    expect(await b!.db.replicaWaiting.count()).toBe(1);
  });
});
