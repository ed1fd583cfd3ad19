/**
 * R8.3 the sync folder's messages as real mail: built by nodemailer's MailComposer, read back by
 * mailparser (main/replication/syncMail.ts). Garbage, foreign and newer-version messages come back
 * skipped with a reason, never as a throw. Compaction picks only this replica's covered old batches.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeSyncMail, MAX_SYNC_MESSAGE_BYTES, readSyncMail, toReplicaMessage } from '../../../main/replication/syncMail';
import { headerValue, selectCompactable, type FolderMessage } from '../../../main/replication/compaction';
import { stateOf } from '../../../shared/rules/replication/applyOps';
import { encodeClock } from '../../../shared/rules/replication/hlc';
import { makeSnapshot } from '../../../shared/rules/replication/snapshot';
import { opsPayload, snapshotPayload } from '../../../shared/rules/replication/syncPayload';
import { at, createDeal, createPerson, link, manualLink, op } from '../rules/replication/builders';
import { historyArb } from '../rules/replication/opArbitraries';

const ENVELOPE = { date: new Date(Date.UTC(2025, 2, 1, 9, 0, 0)), from: 'sam@acme.example' };
const ops = [op(at('a', 0), createDeal('deal:d1', 'Angebot für Müller – 5 000 €')), op(at('a', 1), createPerson('address:jane@roe.example', 'Jåne 🙂', ['jane@roe.example'])), op(at('a', 2), link('mid:m1@x', manualLink('deal:d1')))];
const mail = (payload = opsPayload('a', ops), envelope = ENVELOPE) => composeSyncMail(payload, envelope);

/** The message with its JSON attachment's base64 replaced. */
function withBase64(raw: string, base64: string): string {
  return raw.replace(/(Content-Disposition: attachment; filename=blindcopy-sync\.json\r\n\r\n)[A-Za-z0-9+/=\r\n]+?(\r\n--)/, `$1${base64}$2`);
}

describe('R8.3 sync mail', () => {
  it('R8.3 a batch is a readable mail message with our header, and reads back as the same operations', async () => {
    const raw = (await mail()).toString('latin1');
    expect(raw).toContain('Subject: Blindcopy sync\r\n');
    expect(raw).toContain('X-Blindcopy-Sync: v1; replica=a; kind=ops; count=3\r\n');
    expect(raw).toContain('From: sam@acme.example\r\n');
    expect(raw).toContain('Date: Sat, 01 Mar 2025 09:00:00 +0000\r\n');
    expect(raw.replace(/\r\n(?=[ \t])/g, '')).toContain(`Message-ID: <${opsPayload('a', ops).messageId}>\r\n`);
    expect(raw).toMatch(/Content-Type: text\/plain/);
    expect(raw).toMatch(/Content-Type: application\/json/);
    expect(raw.split('\r\n').every((line) => line.length <= 998)).toBe(true);
    expect(/^[\x20-\x7e\r\n]*$/.test(raw)).toBe(true);
    expect(await readSyncMail(await mail())).toEqual({ kind: 'ops', replica: 'a', ops, skippedOps: [] });
  });

  it('R8.3 reads back after a server turned CRLF into LF', async () => {
    const raw = Buffer.from((await mail()).toString('latin1').replace(/\r\n/g, '\n'), 'latin1');
    expect(await readSyncMail(raw)).toMatchObject({ kind: 'ops', ops });
  });

  it('R8.3 a snapshot part reads back whole, even with a folded header', async () => {
    const [part] = makeSnapshot(stateOf(ops), 'abcdefghijklmnop', ops[2]!.clock.replace(/-a$/, '-abcdefghijklmnop'));
    expect(await readSyncMail(await mail(snapshotPayload(part!)))).toEqual({ kind: 'snapshot', part });
  });

  it('R8.3 the store gets a ReplicaMessage: ops with the count skipped, snapshots, skips with a short detail', async () => {
    expect(toReplicaMessage(7, await readSyncMail(await mail()))).toEqual({ uid: 7, content: { kind: 'ops', replica: 'a', ops, skippedOps: 0 } });
    expect(toReplicaMessage(8, { kind: 'skipped', reason: 'garbage', detail: 'x'.repeat(900) }).content).toEqual({ kind: 'skipped', reason: 'garbage', detail: 'x'.repeat(500) });
  });

  const cases: Array<{ name: string; raw: () => Promise<string>; reason: string }> = [
    { name: 'a message of someone else', raw: async () => 'From: x@y.example\r\nSubject: Hello\r\n\r\nHi', reason: 'foreign' },
    { name: 'an empty message', raw: async () => '', reason: 'foreign' },
    { name: 'random bytes', raw: async () => '\u0000\u00ff\u0001garbage\r\n\r\n\u0000', reason: 'foreign' },
    { name: 'a newer format in the header', raw: async () => (await mail()).toString('latin1').replace('X-Blindcopy-Sync: v1;', 'X-Blindcopy-Sync: v2;'), reason: 'newer-version' },
    { name: 'a newer format in the content', raw: async () => withBase64((await mail()).toString('latin1'), Buffer.from(JSON.stringify({ v: 2, kind: 'ops', replica: 'a', ops: [] })).toString('base64')), reason: 'newer-version' },
    { name: 'a header without a version', raw: async () => (await mail()).toString('latin1').replace('X-Blindcopy-Sync: v1;', 'X-Blindcopy-Sync: one;'), reason: 'garbage' },
    { name: 'a body that is not base64 JSON', raw: async () => withBase64((await mail()).toString('latin1'), '!!!!'), reason: 'garbage' },
    { name: 'a JSON part that is not UTF-8', raw: async () => withBase64((await mail()).toString('latin1'), Buffer.from([0x7b, 0xc0, 0x80, 0x7d]).toString('base64')), reason: 'garbage' },
    { name: 'no JSON part', raw: async () => (await mail()).toString('latin1').replace('application/json', 'application/octet-stream').replaceAll('blindcopy-sync.json', 'blindcopy-sync.bin'), reason: 'garbage' },
  ];
  for (const row of cases) {
    it(`R8.3 skips ${row.name} (${row.reason}) without throwing`, async () => {
      expect(await readSyncMail(Buffer.from(await row.raw(), 'latin1'))).toMatchObject({ kind: 'skipped', reason: row.reason });
    });
  }

  it('R8.3 a message over the size limit is skipped unread', async () => {
    expect(await readSyncMail(Buffer.alloc(MAX_SYNC_MESSAGE_BYTES + 1, 0x61))).toMatchObject({ kind: 'skipped', reason: 'garbage' });
  });

  it('R8.3 never throws on a cut or extended message (property)', async () => {
    const good = (await mail()).toString('latin1');
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.string({ unit: 'binary' }).map((s) => good.slice(0, 400) + s), fc.nat({ max: good.length }).map((n) => good.slice(0, n))), async (raw) => {
        const decoded = await readSyncMail(Buffer.from(raw, 'latin1'));
        expect(['ops', 'snapshot', 'skipped']).toContain(decoded.kind);
      }),
      { numRuns: 100 },
    );
  });

  it('R8.3 read(compose(batch)) round-trips any batch (property)', async () => {
    await fc.assert(
      fc.asyncProperty(historyArb({ unicode: true, maxOps: 20 }), async (history) => {
        const mine = history.filter((o) => o.replica === history[0]!.replica);
        const decoded = await readSyncMail(await composeSyncMail(opsPayload(history[0]!.replica, mine), ENVELOPE));
        expect(decoded).toEqual({ kind: 'ops', replica: history[0]!.replica, ops: mine, skippedOps: [] });
      }),
      { numRuns: 50 },
    );
  });
});

describe('R8.3 compaction picks', () => {
  const now = Date.UTC(2025, 5, 1);
  const old = new Date(now - 10 * 86_400_000);
  const batch = (uid: number, replica: string, from: number, to: number, internalDate = old): FolderMessage => {
    const payload = opsPayload(replica, [op(at(replica, from), createDeal(`deal:${uid}`, 'x')), op(at(replica, to), createDeal(`deal:${uid}b`, 'y'))]);
    return { uid, internalDate, syncHeader: payload.header, messageId: `<${payload.messageId}>` };
  };
  const upTo = encodeClock(at('a', 5));

  it('R8.3 only this replica’s batches, covered by the snapshot and past the grace period', () => {
    const [part] = makeSnapshot(stateOf(ops), 'a', upTo);
    const snapshot = snapshotPayload(part!);
    const messages: FolderMessage[] = [
      batch(1, 'a', 0, 1),
      batch(2, 'a', 4, 5),
      batch(3, 'a', 5, 6), // not covered: its last operation is newer than the snapshot
      batch(4, 'b', 0, 1), // another replica's
      batch(5, 'a', 0, 1, new Date(now - 3_600_000)), // too recent
      { uid: 6, internalDate: old, syncHeader: snapshot.header, messageId: `<${snapshot.messageId}>` }, // a snapshot
      { uid: 7, internalDate: old, syncHeader: undefined, messageId: '<x@y>' }, // foreign
      { ...batch(8, 'a', 0, 1), syncHeader: 'v2; replica=a; kind=ops; count=2' }, // newer version
      { ...batch(9, 'a', 0, 1), messageId: '<other@blindcopy.invalid>' }, // an id we did not make
    ];
    expect(selectCompactable(messages, { replica: 'a', upTo, olderThanMs: 7 * 86_400_000, now })).toEqual([1, 2]);
  });

  it('R8.3 also this replica’s older snapshots past the grace period: never the one that names upTo, a later one, or another replica’s', () => {
    const snapshotMessage = (uid: number, replica: string, id: string, internalDate = old): FolderMessage => {
      const payload = snapshotPayload(makeSnapshot(stateOf([]), replica, id)[0]!);
      return { uid, internalDate, syncHeader: payload.header, messageId: `<${payload.messageId}>` };
    };
    const messages: FolderMessage[] = [
      snapshotMessage(1, 'a', encodeClock(at('a', 2))), // older: the newer snapshot holds all it holds
      snapshotMessage(2, 'a', encodeClock(at('a', 6))), // the newest: named after its frontier
      snapshotMessage(3, 'a', upTo), // named exactly upTo: kept
      snapshotMessage(4, 'b', encodeClock(at('b', 1))), // another replica's
      snapshotMessage(5, 'a', encodeClock(at('a', 1)), new Date(now - 3_600_000)), // too recent
      { ...snapshotMessage(6, 'a', encodeClock(at('a', 1))), messageId: '<other@blindcopy.invalid>' }, // an id we did not make
    ];
    expect(selectCompactable(messages, { replica: 'a', upTo, olderThanMs: 7 * 86_400_000, now })).toEqual([1]);
  });

  it('R8.3 header values are read from a fetched header block, unfolded', () => {
    const block = Buffer.from('X-Blindcopy-Sync: v1; replica=a;\r\n kind=ops; count=2\r\nMessage-ID: <ops.x@blindcopy.invalid>\r\n\r\n');
    expect(headerValue(block, 'x-blindcopy-sync')).toBe('v1; replica=a; kind=ops; count=2');
    expect(headerValue(block, 'Message-ID')).toBe('<ops.x@blindcopy.invalid>');
    expect(headerValue(block, 'Subject')).toBeUndefined();
  });
});
