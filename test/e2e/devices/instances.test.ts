/**
 * The multi-device harness (test/support/browser/devices) proven with what the app does today,
 * before replication (R8.3) exists: instances on one account each mirror the drop box into their
 * own database; one killed with SIGKILL restarts on its profile with its data and resumes capture
 * without duplicates; one can lose the network alone; a new one starts empty.
 */
import { describe, expect, it } from 'vitest';
import { shapeDump, type Dump } from '../../support/browser/devices/pageDump';
import { useDevices } from '../../support/browser/devices/useDevices';
import { sampleDropboxMail } from '../../support/demo/sampleMail';
import { inboxPage } from '../inbox/inboxPage';
import { rawMail } from '../items/mail';

const { stack, sam, crm, devices } = useDevices({
  async beforeStart({ stack, sam, crm }) {
    const [offer, , forwarded] = sampleDropboxMail(sam.address, crm.address, stack.domain);
    for (const mail of [offer, forwarded]) if (mail) await stack.deliver(crm.address, mail.raw);
  },
  start: [{ name: 'A' }, { name: 'B' }],
});

/** The threads of a dump as the Message-IDs of their messages (row ids differ between devices). */
function threadsOf(dump: Dump): string[][] {
  const byThread = new Map<string, string[]>();
  for (const message of dump.messages ?? []) {
    const ids = byThread.get(String(message.threadId)) ?? [];
    ids.push(String(message.messageId));
    byThread.set(String(message.threadId), ids);
  }
  return [...byThread.values()].map((ids) => ids.sort()).sort((a, b) => (a.join() < b.join() ? -1 : 1));
}

const messageCount = (n: number) => (dump: Dump) => (dump.messages ?? []).length === n;

function pidIsGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch {
    return true;
  }
}

describe('a dump leaves out what is device-local', () => {
  it('by table, by field (through arrays, in one table or all), and by row key', () => {
    const raw = {
      syncSources: [{ key: 'dropbox', value: { id: 'dropbox', lastUid: 4 } }],
      settings: [
        { key: 'userId', value: { key: 'userId', value: 'u1' } },
        { key: 'linkingMode', value: { key: 'linkingMode', value: 'manual' } },
      ],
      threads: [
        { key: 't2', value: { id: 't2', subject: 'b', to: [{ name: 'J', address: 'j@x' }], ownerId: 'u1' } },
        { key: 't1', value: { ownerId: 'u1', subject: 'a', id: 't1', to: [] } },
      ],
    };
    expect(shapeDump(raw, ['syncSources', 'settings#userId', 'threads.id', 'threads.to.name', '*.ownerId'])).toEqual({
      settings: [{ key: 'linkingMode', value: 'manual' }],
      threads: [
        { subject: 'a', to: [] },
        { subject: 'b', to: [{ address: 'j@x' }] },
      ],
    });
  });
});

describe('app instances on one account (the harness of R8.3)', () => {
  it('two instances each capture the same drop-box mail into their own database', async () => {
    const a = devices.device('A');
    const b = devices.device('B');
    const [dumpA, dumpB] = await Promise.all([a.waitForDump(messageCount(2)), b.waitForDump(messageCount(2))]);
    expect(threadsOf(dumpA)).toEqual(threadsOf(dumpB));
    expect(threadsOf(dumpA)).toHaveLength(2);
    // two databases, not one seen twice: each instance minted its own row ids
    expect((dumpA.threads ?? []).map((t) => t.id)).not.toEqual((dumpB.threads ?? []).map((t) => t.id));
    expect(a.page.url()).not.toEqual(b.page.url());
    // the same messages, row ids and the device's own user id aside
    const messages = { omit: ['messages.id', 'messages.threadId', '*.ownerId'] };
    expect((await a.dump(messages)).messages).toEqual((await b.dump(messages)).messages);
  });

  it('an instance killed with SIGKILL restarts on its profile with its data, and capture resumes without duplicates', async () => {
    const a = devices.device('A');
    const b = devices.device('B');
    // something only A's user made: a deal from the offer's thread
    const ui = inboxPage(a.page);
    await ui.open('Offer for 40 licences');
    await ui.panel.getByTestId('create-deal').click();
    await ui.panel.getByTestId('create-item-form').getByRole('button', { name: 'Create deal and link' }).click();
    await ui.panel.getByTestId('linked-item').getByTestId('linked-item-title').getByText('Offer for 40 licences').waitFor();
    const before = await a.waitForDump((d) => (d.deals ?? []).length === 1 && messageCount(2)(d));

    // the reply: A commits it to its database and is killed before its core hears the store's ack
    // (of the drop box's batch: A's own sync-folder batches are acked all the while)
    await a.hold('capture:ack', 'before', 'dropbox');
    const since = a.calls.length;
    const [, reply] = sampleDropboxMail(sam.address, crm.address, stack.domain);
    if (reply) await stack.deliver(crm.address, reply.raw);
    await a.waitForCall('capture:ack', 'held', { since });
    const pids = a.pids;
    await a.kill();
    expect(a.running).toBe(false);
    expect(pidIsGone(pids.core) && pidIsGone(pids.browser)).toBe(true);

    // more mail while A is dead: B takes it at once
    await stack.deliver(crm.address, rawMail({ from: `Sam Seller <${sam.address}>`, to: 'Jane Roe <jane.roe@customer.example>', subject: 'Licence keys' }));
    await b.waitForDump(messageCount(4));

    // back on its profile but offline: what it had committed before the kill, and nothing else
    await a.goOffline();
    await a.restart();
    await a.page.getByTestId('offline').waitFor({ timeout: 20_000 });
    const revived = await a.dump();
    expect(threadsOf(revived)).toEqual([[`offer-1@${stack.domain}`, `offer-2@${stack.domain}`], [`fwd-1@${stack.domain}`]].sort((x, y) => (x.join() < y.join() ? -1 : 1)));
    expect(revived.deals).toEqual(before.deals);

    // online again: capture resumes from its checkpoint
    await a.goOnline();
    const after = await a.waitForDump(messageCount(4), { what: 'the mail of its downtime captured after the restart' });
    expect(after.deals).toEqual(before.deals);
    const messageIds = (after.messages ?? []).map((m) => m.messageId);
    expect(new Set(messageIds).size).toBe(messageIds.length);
    expect(threadsOf(after)).toEqual(threadsOf(await b.dump()));
    // the reply joined the thread that A had linked to its deal before it was killed
    await inboxPage(a.page).row('Offer for 40 licences').getByTestId('row-item').getByText('Offer for 40 licences').waitFor();
  });

  it('one instance can be offline alone: the others keep capturing, and it catches up when back', async () => {
    const a = devices.device('A');
    const b = devices.device('B');
    await b.goOffline();
    await b.page.getByTestId('offline').waitFor({ timeout: 20_000 });
    const [, , , stranger] = sampleDropboxMail(sam.address, crm.address, stack.domain);
    if (stranger) await stack.deliver(crm.address, stranger.raw);
    // the stranger's mail is held as rejected (R3.8): A holds it, B does not yet
    await a.waitForDump((d) => (d.rejected ?? []).length === 1);
    expect((await b.dump()).rejected ?? []).toHaveLength(0);
    await b.goOnline();
    await b.waitForDump((d) => (d.rejected ?? []).length === 1, { what: 'the held mail after going online' });
    await b.page.getByTestId('offline').waitFor({ state: 'detached', timeout: 20_000 });
  });

  it('R8.3 a third instance, started offline on a fresh profile, is empty until it reaches the server, then holds the mail and the CRM', async () => {
    const a = devices.device('A');
    const c = await devices.add({ name: 'C', offline: true });
    await c.page.getByTestId('offline').waitFor({ timeout: 20_000 });
    const empty = await c.waitForDump((d) => 'messages' in d, { what: 'the database created' });
    for (const table of ['messages', 'threads', 'deals', 'leads', 'projects', 'persons', 'organizations', 'rejected']) {
      expect(empty[table], table).toEqual([]);
    }
    await c.goOnline();
    const caughtUp = await c.waitForDump(messageCount(4), { what: 'the drop box mirrored' });
    expect(threadsOf(caughtUp)).toEqual(threadsOf(await a.dump()));
    // the deal A's user made comes from the sync folder (R8.3), not from the mail
    const deals = { omit: ['deals.updatedAt'] };
    const restored = await c.waitForDump((d) => (d.deals ?? []).length === 1, { ...deals, what: 'the deal restored' });
    expect(restored.deals).toEqual((await a.dump(deals)).deals);
    expect(devices.devices.flatMap((d) => d.pageErrors)).toEqual([]);
  });
});
