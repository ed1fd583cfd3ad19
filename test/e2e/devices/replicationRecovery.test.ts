/**
 * R8.3 what replication survives: the app killed with SIGKILL between appending a batch and
 * marking it sent (nothing lost, nothing applied twice), malformed messages in the sync folder
 * (skipped and reported, the rest goes on), and a new, empty device that restores the whole CRM
 * from the folder. Changes go through the UI (Deals view, inbox link panel, an item's thread
 * list); nothing is timed, every step waits for what it needs to see.
 */
import { describe, expect, it } from 'vitest';
import { ANGEBOT, OFFER, X, Y, dealsTitled, useTwoDevices } from './twoDevices';
import { inboxPage } from '../inbox/inboxPage';
import { converged, pendingOps } from './converge';
import { threadBySubject } from './crmDump';
import { createDeal, editField, editValue, linkByHand, openDeal, openView, shareOnItem } from './crmSteps';
import { appendToSyncFolder, readSyncFolder } from './syncFolder';

const { stack, sam, devices } = useTwoDevices();

const K = 'Made just before the crash';


/** Three messages no app wrote: ours but broken, someone else's, and one from a newer app. */
function strangers(): string[] {
  const head = (extra: string[]) =>
    [`From: Sam <${sam.address}>`, `To: Sam <${sam.address}>`, 'Subject: Blindcopy sync', `Date: ${new Date().toUTCString()}`, ...extra, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '', 'not JSON', ''].join('\r\n');
  return [
    head([`Message-ID: <broken@${stack.domain}>`, 'X-Blindcopy-Sync: v1; replica=zzzzzzzzzzzzzzzz; kind=ops; count=1']),
    head([`Message-ID: <foreign@${stack.domain}>`]),
    head([`Message-ID: <newer@${stack.domain}>`, 'X-Blindcopy-Sync: v2; replica=zzzzzzzzzzzzzzzz; kind=ops; count=1']),
  ];
}

describe('R8.3 replication survives crashes, strangers in the folder, and a new device', () => {
  it('R8.3 a CRM made on A reaches B', async () => {
    const a = devices.device('A');
    const b = devices.device('B');
    await Promise.all([a, b].map((d) => d.waitForDump((dump) => (dump.messages ?? []).length === 2, { what: 'the drop box mirrored' })));
    await createDeal(a.page, X);
    await linkByHand(a.page, OFFER, X);
    await openDeal(a.page, X);
    await shareOnItem(a.page, OFFER);
    await createDeal(a.page, Y);
    await editValue(a.page, '4800', '€4,800.00');
    await linkByHand(a.page, ANGEBOT, Y);
    const [dumpA = {}] = await converged([a, b]);
    expect(threadBySubject(dumpA, OFFER)).toMatchObject({ linkKey: `deal:${String(dealsTitled(dumpA, X)[0]?.id)}`, visibility: 'shared' });
  });

  it('R8.3 A killed with SIGKILL between appending a batch and marking it sent loses no change and applies none twice', async () => {
    const a = devices.device('A');
    const b = devices.device('B');
    await a.waitForDump((dump) => pendingOps(dump) === 0, { what: 'nothing pending before the crash' });
    await a.hold('replication:uploadOps', 'after');
    const since = a.calls.length;
    await createDeal(a.page, K);
    await a.waitForCall('replication:uploadOps', 'held', { since });
    // appended to the folder, not yet marked sent: the crash window
    const atCrash = await a.dump();
    const create = (atCrash.replicaOps ?? []).find((r) => (r.op as { kind: string; payload: { fields?: { title?: string } } }).payload.fields?.title === K);
    expect(create?.sent).toBe(0);
    await a.kill();

    await a.restart();
    await b.waitForDump((dump) => dealsTitled(dump, K).length > 0, { what: 'the deal made before the crash' });
    const [dumpA = {}, dumpB = {}] = await converged([a, b]);
    expect(dumpB).toEqual(dumpA);
    expect(dealsTitled(dumpB, K)).toHaveLength(1);
    expect(dealsTitled(dumpA, K)).toHaveLength(1);
    // the folder holds the batch twice (appended before the crash, again after): harmless
    const folder = await readSyncFolder(stack, sam);
    const carrying = folder.filter((m) => m.decoded.kind === 'ops' && m.decoded.ops.some((op) => op.id === create?.id));
    expect(carrying).toHaveLength(2);
  });

  it('R8.3 malformed messages in the folder are skipped and reported on every device, and later changes still replicate', async () => {
    const a = devices.device('A');
    const b = devices.device('B');
    const [broken, foreign, newer] = await appendToSyncFolder(stack, sam, strangers());
    const expected = [
      { uid: broken, reason: 'garbage', detail: 'no application/json part (or not UTF-8)' },
      { uid: foreign, reason: 'foreign', detail: 'no X-Blindcopy-Sync header' },
      { uid: newer, reason: 'newer-version', detail: 'format v2' },
    ];
    for (const d of [a, b]) {
      const dump = await d.waitForDump((x) => (x.replicaSkipped ?? []).length === 3, { what: 'three skipped messages' });
      expect((dump.replicaSkipped ?? []).map(({ uid, reason, detail }) => ({ uid, reason, detail })).sort((x, y) => Number(x.uid) - Number(y.uid))).toEqual(expected);
    }
    // the app keeps going: a change made after them replicates
    await openDeal(a.page, K);
    await editField(a.page, 'Title', 'Renamed after the strangers');
    await b.waitForDump((dump) => dealsTitled(dump, 'Renamed after the strangers').length === 1, { what: 'the rename' });
    expect(devices.devices.flatMap((d) => d.pageErrors)).toEqual([]);
  });

  it('R8.3 a third, empty device restores the whole CRM from the folder', async () => {
    const a = devices.device('A');
    const b = devices.device('B');
    const c = await devices.add({ name: 'C' });
    const [dumpA = {}, dumpB = {}, dumpC = {}] = await converged([a, b, c], 60_000);
    expect(dumpC).toEqual(dumpA);
    expect(dumpB).toEqual(dumpA);
    // what that means: the deals with their fields, links, sharing, address persons, skipped messages
    expect((dumpC.deals ?? []).map((d) => d.title).sort()).toEqual(['Renamed after the strangers', X, Y].sort());
    expect(dealsTitled(dumpC, Y)[0]).toMatchObject({ value: 4800, currency: 'EUR' });
    expect(threadBySubject(dumpC, OFFER)).toMatchObject({ linkKey: `deal:${String(dealsTitled(dumpC, X)[0]?.id)}`, visibility: 'shared', link: { reason: { kind: 'manual' } } });
    expect(threadBySubject(dumpC, ANGEBOT)).toMatchObject({ linkKey: `deal:${String(dealsTitled(dumpC, Y)[0]?.id)}` });
    expect((dumpC.persons ?? []).map((p) => p.id).sort()).toEqual(['address:erika@kunde.example', 'address:jane.roe@customer.example']);
    expect(dumpC.replicaSkipped).toHaveLength(3);
    // and C shows it
    await openDeal(c.page, Y);
    await openView(c.page, 'Inbox');
    await inboxPage(c.page).row(OFFER).getByTestId('row-item').getByText(X).waitFor();
    expect(devices.devices.flatMap((d) => d.pageErrors)).toEqual([]);
  });
});
