/**
 * R8.3 the sync folder's messages: batches and snapshot parts written as mail and read back; garbage,
 * foreign and newer-version messages are skipped with a reason, never thrown.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64Decode, base64Encode, utf8Decode, utf8Encode } from '../../../../shared/rules/replication/base64Utf8';
import { stateOf } from '../../../../shared/rules/replication/applyOps';
import { makeSnapshot } from '../../../../shared/rules/replication/snapshot';
import { decodeSyncMessage, encodeOpsMessage, encodeSnapshotMessage } from '../../../../shared/rules/replication/syncMessage';
import { at, createDeal, createPerson, link, manualLink, op } from './builders';
import { historyArb } from './opArbitraries';

const ENVELOPE = { date: Date.UTC(2025, 2, 1, 9, 0, 0), from: 'sam@acme.example' };
const ops = [op(at('a', 0), createDeal('deal:d1', 'Angebot für Müller – 5 000 €')), op(at('a', 1), createPerson('address:jane@roe.example', 'Jåne 🙂', ['jane@roe.example'])), op(at('a', 2), link('mid:m1@x', manualLink('deal:d1')))];

/** The JSON part of a message replaced by other bytes, the headers kept. */
function withJson(raw: string, json: string): string {
  const start = raw.indexOf('Content-Transfer-Encoding: base64\r\n\r\n') + 'Content-Transfer-Encoding: base64\r\n\r\n'.length;
  const end = raw.lastIndexOf('\r\n--=_blindcopy-sync_=--');
  return raw.slice(0, start) + base64Encode(utf8Encode(json)) + raw.slice(end);
}

describe('R8.3 sync messages', () => {
  it('R8.3 a batch is a readable mail message with our header, and reads back as the same operations', () => {
    const raw = encodeOpsMessage('a', ops, ENVELOPE);
    expect(raw).toContain('Subject: Blindcopy sync\r\n');
    expect(raw).toContain('X-Blindcopy-Sync: v1; replica=a; kind=ops; count=3\r\n');
    expect(raw).toContain('From: sam@acme.example\r\n');
    expect(raw).toContain('Date: Sat, 01 Mar 2025 09:00:00 +0000\r\n');
    expect(raw.split('\r\n').every((line) => line.length <= 998)).toBe(true);
    expect(/^[\x20-\x7e\r\n]*$/.test(raw)).toBe(true);
    expect(decodeSyncMessage(raw)).toEqual({ kind: 'ops', replica: 'a', ops, skippedOps: [] });
  });

  it('R8.3 the same batch appended twice has the same Message-ID', () => {
    const id = (raw: string) => /Message-ID: (.*)\r\n/.exec(raw)?.[1];
    expect(id(encodeOpsMessage('a', ops, ENVELOPE))).toBe(id(encodeOpsMessage('a', ops, { date: 0 })));
    expect(id(encodeOpsMessage('a', ops.slice(1), ENVELOPE))).not.toBe(id(encodeOpsMessage('a', ops, ENVELOPE)));
  });

  it('R8.3 reads back after a server turned CRLF into LF', () => {
    const raw = encodeOpsMessage('a', ops, ENVELOPE).replace(/\r\n/g, '\n');
    expect(decodeSyncMessage(raw)).toMatchObject({ kind: 'ops', ops });
  });

  it('R8.3 an empty batch or one with another replica’s operations is not written', () => {
    expect(() => encodeOpsMessage('a', [], ENVELOPE)).toThrow();
    expect(() => encodeOpsMessage('b', ops, ENVELOPE)).toThrow();
  });

  it('R8.3 a snapshot part reads back whole', () => {
    const state = stateOf(ops);
    const [part] = makeSnapshot(state, 'a', ops[2]!.clock);
    const raw = encodeSnapshotMessage(part!, ENVELOPE);
    expect(raw).toContain(`X-Blindcopy-Sync: v1; replica=a; kind=snapshot; snapshot=${ops[2]!.clock}; part=1; parts=1\r\n`);
    expect(decodeSyncMessage(raw)).toEqual({ kind: 'snapshot', part });
  });

  const good = encodeOpsMessage('a', ops, ENVELOPE);
  const rejections: Array<{ name: string; raw: string; reason: string }> = [
    { name: 'a message of someone else', raw: 'From: x@y\r\nSubject: Hello\r\n\r\nHi', reason: 'foreign' },
    { name: 'an empty string', raw: '', reason: 'foreign' },
    { name: 'a newer format in the header', raw: good.replace('X-Blindcopy-Sync: v1;', 'X-Blindcopy-Sync: v2;'), reason: 'newer-version' },
    { name: 'a newer format in the content', raw: withJson(good, JSON.stringify({ v: 2, kind: 'ops', replica: 'a', ops: [] })), reason: 'newer-version' },
    { name: 'a header without a version', raw: good.replace('X-Blindcopy-Sync: v1;', 'X-Blindcopy-Sync: one;'), reason: 'garbage' },
    { name: 'a header without a replica', raw: good.replace('replica=a; ', ''), reason: 'garbage' },
    { name: 'an unknown kind', raw: good.replace('kind=ops', 'kind=pictures'), reason: 'garbage' },
    { name: 'a body that is not base64', raw: good.replace(/Content-Transfer-Encoding: base64\r\n\r\n[^\r]*/, 'Content-Transfer-Encoding: base64\r\n\r\n!!!!'), reason: 'garbage' },
    { name: 'JSON that does not parse', raw: withJson(good, '{"v":1,'), reason: 'garbage' },
    { name: 'JSON of the wrong shape', raw: withJson(good, '{"v":1,"kind":"ops","replica":"a","ops":"no"}'), reason: 'garbage' },
    { name: 'a batch naming another replica than its header', raw: withJson(good, JSON.stringify({ v: 1, kind: 'ops', replica: 'b', ops: [] })), reason: 'garbage' },
    { name: 'no JSON part', raw: good.replace('application/json', 'application/octet-stream'), reason: 'garbage' },
    { name: 'a snapshot of the wrong shape', raw: good.replace('kind=ops', `kind=snapshot; snapshot=${ops[0]!.clock}`), reason: 'garbage' },
  ];
  for (const row of rejections) {
    it(`R8.3 skips ${row.name} (${row.reason}) without throwing`, () => {
      expect(decodeSyncMessage(row.raw)).toMatchObject({ kind: 'skipped', reason: row.reason });
    });
  }

  it('R8.3 within a batch a bad or newer operation is skipped and the rest apply', () => {
    const [first, second] = ops;
    const raw = withJson(good, JSON.stringify({ v: 1, kind: 'ops', replica: 'a', ops: [first, { ...second, v: 2 }, { ...second, payload: { fields: {} } }, { ...ops[2], replica: 'b' }, 'nonsense'] }));
    const decoded = decodeSyncMessage(raw);
    expect(decoded.kind).toBe('ops');
    if (decoded.kind !== 'ops') return;
    expect(decoded.ops).toEqual([first]);
    expect(decoded.skippedOps.map((s) => [s.index, s.reason])).toEqual([
      [1, 'newer-version'],
      [2, 'invalid'],
      [3, 'invalid'],
      [4, 'invalid'],
    ]);
  });

  it('R8.3 never throws on arbitrary text (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }).map((s) => good.slice(0, 400) + s), fc.nat({ max: good.length }).map((n) => good.slice(0, n))), (raw) => {
        expect(() => decodeSyncMessage(raw)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('R8.3 decode(encode(batch)) round-trips any batch (property)', () => {
    fc.assert(
      fc.property(historyArb({ unicode: true, maxOps: 20 }), (history) => {
        const mine = history.filter((o) => o.replica === history[0]!.replica);
        const decoded = decodeSyncMessage(encodeOpsMessage(history[0]!.replica, mine, ENVELOPE));
        expect(decoded).toEqual({ kind: 'ops', replica: history[0]!.replica, ops: mine, skippedOps: [] });
      }),
      { numRuns: 150 },
    );
  });

  it('R8.3 UTF-8 and base64 round-trip any text; malformed input reads as undefined', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(utf8Decode(base64Decode(base64Encode(utf8Encode(text)))!)).toBe(text);
      }),
    );
    expect(utf8Decode(Uint8Array.from([0xc0, 0x80]))).toBeUndefined();
    expect(utf8Decode(Uint8Array.from([0xed, 0xa0, 0x80]))).toBeUndefined();
    expect(utf8Decode(Uint8Array.from([0xe2, 0x82]))).toBeUndefined();
    expect(base64Decode('abc')).toBeUndefined();
    expect(base64Decode('ab=c')).toBeUndefined();
    expect(utf8Encode('\ud800')).toEqual(utf8Encode('\ufffd'));
  });
});
