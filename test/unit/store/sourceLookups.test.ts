/**
 * The prefetch's UID-map and Rejected rows of a batch's source copies: one key range when the
 * batch's UIDs lie close together, a get per key when they are far apart or the source holds more
 * refusals than the batch asks for; the same rows either way, never another source's or another
 * UIDVALIDITY's.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { BlindcopyDb } from '../../../renderer/src/db/database';
import type { RejectedRow, SourceUidRow } from '../../../renderer/src/db/records';
import { rejectedRowId } from '../../../renderer/src/store/keys';
import { rejectedRowsOf, uidRowsOf } from '../../../renderer/src/store/capture/sourceLookups';
import { openDb } from './builders';

const ref = (uid: number, sourceId = 'dropbox', uidValidity = 1) => ({ sourceId, uidValidity, uid });

function uidRow(uid: number, sourceId = 'dropbox', uidValidity = 1): SourceUidRow {
  return { sourceId, uidValidity, uid, sourceKind: 'dropbox', messageId: `m${uid}@x`, messageRowId: `r-${sourceId}-${uidValidity}-${uid}` };
}

function rejectedRow(uid: number, sourceId = 'dropbox', uidValidity = 1): RejectedRow {
  const source = { sourceId, uidValidity, uid };
  return {
    id: rejectedRowId(source),
    sourceId,
    uidValidity,
    uid,
    source,
    reason: 'unknown-owner',
    detail: 'eve@elsewhere.test',
    messageId: `r${uid}@x`,
    from: { address: 'eve@elsewhere.test' },
    subject: 'Hello',
    date: 1,
    size: 1,
    rejectedAt: 1,
    status: 'held',
  };
}

const keyOf = (r: { sourceId: string; uidValidity: number; uid: number }) => `${r.sourceId}/${r.uidValidity}/${r.uid}`;

const STORED = [
  ...[1, 2, 3, 5, 8, 13, 500, 900].map((uid) => uidRow(uid)),
  uidRow(4, 'dropbox', 2),
  uidRow(3, 'sent'),
  uidRow(6, 'sent'),
];

const CASES: Array<{ name: string; refs: ReturnType<typeof ref>[]; want: string[] }> = [
  { name: 'close UIDs: one range, only the rows asked for', refs: [2, 3, 4, 5, 6, 7].map((u) => ref(u)), want: ['dropbox/1/2', 'dropbox/1/3', 'dropbox/1/5'] },
  { name: 'UIDs far apart: a get per key', refs: [1, 900, 5000].map((u) => ref(u)), want: ['dropbox/1/1', 'dropbox/1/900'] },
  { name: 'two sources and two UIDVALIDITYs', refs: [ref(3), ref(4), ref(3, 'sent'), ref(4, 'dropbox', 2), ref(7, 'sent')], want: ['dropbox/1/3', 'dropbox/2/4', 'sent/1/3'] },
  { name: 'nothing stored in the range', refs: [20, 21, 22].map((u) => ref(u)), want: [] },
  { name: 'no refs', refs: [], want: [] },
];

describe('a batch\'s source rows', () => {
  let db: BlindcopyDb | undefined;
  afterEach(() => db?.close());

  for (const c of CASES) {
    it(`UID map — ${c.name}`, async () => {
      db = openDb(`uids-${c.name}`);
      await db.sourceUids.bulkAdd(STORED);
      const rows = await db.transaction('r', [db.sourceUids], () => uidRowsOf(db!, c.refs));
      expect(rows.map(keyOf).sort()).toEqual(c.want);
    });

    it(`Rejected — ${c.name}`, async () => {
      db = openDb(`rejected-${c.name}`);
      await db.rejected.bulkAdd(STORED.map((r) => rejectedRow(r.uid, r.sourceId, r.uidValidity)));
      const rows = await db.transaction('r', [db.rejected], () => rejectedRowsOf(db!, c.refs));
      expect(rows.map(keyOf).sort()).toEqual(c.want);
    });
  }
});
