/**
 * R8.3 the sync folder's payload: the header value, the JSON and the Message-ID of a batch or a
 * snapshot part, read back; garbage, foreign and newer-version payloads are skipped with a reason,
 * never thrown. (The mail message around it: test/unit/replication/syncMail.test.ts.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stateOf } from '../../../../shared/rules/replication/applyOps';
import { makeSnapshot } from '../../../../shared/rules/replication/snapshot';
import { decodeSyncPayload, opsBatchRange, opsPayload, parseSyncHeader, snapshotPayload } from '../../../../shared/rules/replication/syncPayload';
import { at, createDeal, createPerson, link, manualLink, op } from './builders';
import { historyArb } from './opArbitraries';

const ops = [op(at('a', 0), createDeal('deal:d1', 'Angebot für Müller – 5 000 €')), op(at('a', 1), createPerson('address:jane@roe.example', 'Jåne 🙂', ['jane@roe.example'])), op(at('a', 2), link('mid:m1@x', manualLink('deal:d1')))];
const decode = (p: { header: string; json: string }) => decodeSyncPayload(p.header, p.json);

describe('R8.3 sync payloads', () => {
  it('R8.3 a batch has our header and reads back as the same operations', () => {
    const payload = opsPayload('a', ops);
    expect(payload.header).toBe('v1; replica=a; kind=ops; count=3');
    expect(decode(payload)).toEqual({ kind: 'ops', replica: 'a', ops, skippedOps: [] });
  });

  it('R8.3 the same batch has the same Message-ID, which names its clocks', () => {
    expect(opsPayload('a', ops).messageId).toBe(opsPayload('a', [...ops]).messageId);
    expect(opsPayload('a', ops.slice(1)).messageId).not.toBe(opsPayload('a', ops).messageId);
    expect(opsBatchRange(opsPayload('a', ops).messageId)).toEqual({ first: ops[0]!.clock, last: ops[2]!.clock, count: 3 });
    expect(opsBatchRange(`<${opsPayload('a', ops).messageId}>`)).toEqual({ first: ops[0]!.clock, last: ops[2]!.clock, count: 3 });
    expect(opsBatchRange('<ops.x.y.1@blindcopy.invalid>')).toBeUndefined();
    expect(opsBatchRange(opsPayload('a', ops).messageId.replace('blindcopy.invalid', 'evil.example'))).toBeUndefined();
  });

  it('R8.3 an empty batch or one with another replica’s operations is not written', () => {
    expect(() => opsPayload('a', [])).toThrow();
    expect(() => opsPayload('b', ops)).toThrow();
  });

  it('R8.3 a snapshot part reads back whole', () => {
    const state = stateOf(ops);
    const [part] = makeSnapshot(state, 'a', ops[2]!.clock);
    const payload = snapshotPayload(part!);
    expect(payload.header).toBe(`v1; replica=a; kind=snapshot; snapshot=${ops[2]!.clock}; part=1; parts=1`);
    expect(decode(payload)).toEqual({ kind: 'snapshot', part });
  });

  it('R8.3 the header reads as a version and parameters', () => {
    expect(parseSyncHeader('v1; replica=a; kind=ops; count=3')).toEqual({ version: 1, params: new Map([['replica', 'a'], ['kind', 'ops'], ['count', '3']]) });
    expect(parseSyncHeader('one; replica=a')).toBeUndefined();
  });

  const good = opsPayload('a', ops);
  const rejections: Array<{ name: string; header: string | undefined; json: string | undefined; reason: string }> = [
    { name: 'a message of someone else (no header)', header: undefined, json: good.json, reason: 'foreign' },
    { name: 'a newer format in the header', header: good.header.replace('v1;', 'v2;'), json: good.json, reason: 'newer-version' },
    { name: 'a newer format in the content', header: good.header, json: JSON.stringify({ v: 2, kind: 'ops', replica: 'a', ops: [] }), reason: 'newer-version' },
    { name: 'a header without a version', header: good.header.replace('v1;', 'one;'), json: good.json, reason: 'garbage' },
    { name: 'an empty header', header: '', json: good.json, reason: 'garbage' },
    { name: 'a header without a replica', header: good.header.replace('replica=a; ', ''), json: good.json, reason: 'garbage' },
    { name: 'an unknown kind', header: good.header.replace('kind=ops', 'kind=pictures'), json: good.json, reason: 'garbage' },
    { name: 'no JSON part (or not UTF-8)', header: good.header, json: undefined, reason: 'garbage' },
    { name: 'JSON that does not parse', header: good.header, json: '{"v":1,', reason: 'garbage' },
    { name: 'JSON of the wrong shape', header: good.header, json: '{"v":1,"kind":"ops","replica":"a","ops":"no"}', reason: 'garbage' },
    { name: 'a batch naming another replica than its header', header: good.header, json: JSON.stringify({ v: 1, kind: 'ops', replica: 'b', ops: [] }), reason: 'garbage' },
    { name: 'a snapshot of the wrong shape', header: good.header.replace('kind=ops', `kind=snapshot; snapshot=${ops[0]!.clock}`), json: good.json, reason: 'garbage' },
  ];
  for (const row of rejections) {
    it(`R8.3 skips ${row.name} (${row.reason}) without throwing`, () => {
      expect(decodeSyncPayload(row.header, row.json)).toMatchObject({ kind: 'skipped', reason: row.reason });
    });
  }

  it('R8.3 a snapshot whose id differs from its header is garbage', () => {
    const [part] = makeSnapshot(stateOf(ops), 'a', ops[2]!.clock);
    const payload = snapshotPayload(part!);
    expect(decodeSyncPayload(payload.header.replace(ops[2]!.clock, ops[1]!.clock), payload.json)).toMatchObject({ kind: 'skipped', reason: 'garbage' });
  });

  it('R8.3 within a batch a bad or newer operation is skipped and the rest apply', () => {
    const [first, second] = ops;
    const json = JSON.stringify({ v: 1, kind: 'ops', replica: 'a', ops: [first, { ...second, v: 2 }, { ...second, payload: { fields: {} } }, { ...ops[2], replica: 'b' }, 'nonsense'] });
    const decoded = decodeSyncPayload(good.header, json);
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

  it('R8.3 never throws on arbitrary header and JSON text (property)', () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.nat({ max: good.json.length }).map((n) => good.json.slice(0, n)));
    fc.assert(
      fc.property(fc.option(fc.oneof(text, fc.constant(good.header)), { nil: undefined }), fc.option(text, { nil: undefined }), (header, json) => {
        expect(() => decodeSyncPayload(header, json)).not.toThrow();
      }),
      { numRuns: 300 },
    );
    expect(decodeSyncPayload(good.header, `${'['.repeat(200_000)}${']'.repeat(200_000)}`)).toMatchObject({ kind: 'skipped' });
  });

  it('R8.3 decode(encode(batch)) round-trips any batch (property)', () => {
    fc.assert(
      fc.property(historyArb({ unicode: true, maxOps: 20 }), (history) => {
        const mine = history.filter((o) => o.replica === history[0]!.replica);
        expect(decode(opsPayload(history[0]!.replica, mine))).toEqual({ kind: 'ops', replica: history[0]!.replica, ops: mine, skippedOps: [] });
      }),
      { numRuns: 150 },
    );
  });
});
