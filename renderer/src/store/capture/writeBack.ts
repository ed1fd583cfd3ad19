/**
 * The working set back into the database, in bulk. New rows are ADDED, never put: a random id
 * that collided with an existing row must fail the batch (and roll it back), not overwrite data.
 * Also the source-level bookkeeping of the batch: a reset forgets the old UIDVALIDITY's UID map
 * and refusals; expunged UIDs leave the UID map and the Rejected list.
 *
 * Expunge never deletes CRM data: the drop box is an inbox the user (or a server policy) empties,
 * and a synced folder loses messages whenever they are moved or archived; the CRM copy is the
 * record the user keeps. Deleting from the CRM is the user's act, with a tombstone (R3.7).
 */
import { Dexie } from 'dexie';
import type { CaptureBatch } from '../../../../shared/domain/capture';
import type { BlindcopyDb } from '../../db/database';
import { queuedWordRow } from '../../db/derivedFields';
import { replacing } from '../../db/threadCounts';
import { rejectedRowId } from '../keys';
import type { WorkingSet } from './workingSet';

async function forgetOldUidValidity(db: BlindcopyDb, sourceId: string, uidValidity: number): Promise<void> {
  await Promise.all([
    db.sourceUids
      .where('[sourceId+uidValidity+uid]')
      .between([sourceId, Dexie.minKey, Dexie.minKey], [sourceId, Dexie.maxKey, Dexie.maxKey])
      .filter((row) => row.uidValidity !== uidValidity)
      .delete(),
    db.rejected
      .where('[sourceId+uidValidity]')
      .between([sourceId, Dexie.minKey], [sourceId, Dexie.maxKey])
      .filter((row) => row.uidValidity !== uidValidity)
      .delete(),
  ]);
}

async function forgetExpunged(db: BlindcopyDb, batch: CaptureBatch): Promise<void> {
  if (batch.expunged.length === 0) return;
  const { sourceId } = batch;
  const { uidValidity } = batch.checkpoint;
  await Promise.all([
    db.sourceUids.bulkDelete(batch.expunged.map((uid) => [sourceId, uidValidity, uid] as [string, number, number])),
    db.rejected.bulkDelete(batch.expunged.map((uid) => rejectedRowId({ sourceId, uidValidity, uid }))),
  ]);
}

/**
 * R4.2 / R8.3 a person made from an address has the address as its id (every device makes the same
 * row). When that row is already there but was not loaded — its address was edited away — the
 * thread names the existing row, and nothing is added over it.
 */
async function newPersons(db: BlindcopyDb, ws: WorkingSet) {
  const keyed = ws.createdPersons.filter((p) => p.id.startsWith('address:'));
  if (keyed.length === 0) return ws.createdPersons;
  const existing = new Set((await db.persons.bulkGet(keyed.map((p) => p.id))).filter((p) => p !== undefined).map((p) => p.id));
  return ws.createdPersons.filter((p) => !existing.has(p.id));
}

export async function writeBack(db: BlindcopyDb, ws: WorkingSet, batch: CaptureBatch, resetting: boolean): Promise<void> {
  const created = ws.createdMessages();
  const persons = await newPersons(db, ws);
  // the counts middleware need not read again what the working set read in this transaction
  replacing(Dexie.currentTransaction?.idbtrans, ws.replacedThreads());
  await Promise.all([
    resetting ? forgetOldUidValidity(db, batch.sourceId, batch.checkpoint.uidValidity) : undefined,
    db.messages.bulkAdd(created),
    // words wait unindexed until capture is quiet (store/words); most came computed by the capture worker
    db.wordQueue.bulkAdd(created.map((m) => queuedWordRow(m, ws.sentWords(m.id)))),
    db.messages.bulkPut(ws.changedMessages()),
    db.threads.bulkAdd(ws.createdThreads()),
    db.threads.bulkPut(ws.changedThreads()),
    db.persons.bulkAdd(persons),
    db.sourceUids.bulkPut(ws.createdUidRows),
    db.rejected.bulkPut([...ws.rejectedPuts.values()]),
    db.rejected.bulkDelete([...ws.rejectedDeletes]),
  ]);
  // after the puts: a UID captured and expunged within one batch ends up forgotten
  await forgetExpunged(db, batch);
}
