/**
 * A device's database as the CRM every device must agree on (R8.3), for comparing two devices:
 * every table of the dump, with what is device-local left out or renamed by shared keys.
 *
 * Left out, and why each is device-local:
 *  - DEVICE_LOCAL (pageDump.ts): sync checkpoints and the source UID map (each device mirrors the
 *    folders for itself), the search index and its mark (built when each device is idle);
 *  - `replicaOps`: this device's own operations, its upload queue (the replicated truth is the
 *    state they fold into, `replicaState`, compared in full);
 *  - settings `replicaId`, `replicaClock` (the installation's id and its hybrid clock) and `userId`
 *    (minted per installation);
 *  - `ownerId` of messages, threads and threadCounts: the device's own user id, stamped by its
 *    capture (an item's or person's ownerId travels in its create and IS compared);
 *  - row ids of messages and threads (minted by each device's capture): a thread is named by the
 *    sorted Message-IDs of its messages, and `messages.threadId` by that name (copies of threads,
 *    R4.9, whose messages repeat the original's Message-IDs, are not in these tests: they would
 *    be named by their `copy:` key);
 *  - `threads.link.at` and `updatedAt` of threads, items, persons and organizations: the moment
 *    this device wrote the row (docs/replication.md: materialization stamps the local time; the
 *    clocks that decide are in `replicaState`);
 *  - `replicaSkipped.at`: when this device first saw a message it skipped (uid, reason and detail
 *    are compared);
 *  - `threadCounts` rows at zero: the counts are derived from the threads (db/threadCounts.ts),
 *    and a counter that went back to 0 stays as a row, so which zero rows exist depends on what
 *    this device's threads went through (a device that restored never had them); a zero row
 *    means the same as none.
 */
import type { Device } from '../../support/browser/devices/appInstances';
import { DEVICE_LOCAL, type Dump, type DumpRow } from '../../support/browser/devices/pageDump';

export const LOCAL_FIELDS: readonly string[] = [
  ...DEVICE_LOCAL,
  'replicaOps',
  'settings#replicaId',
  'settings#replicaClock',
  'settings#userId',
  'messages.ownerId',
  'threads.ownerId',
  'threadCounts.ownerId',
  'threads.link.at',
  'threads.updatedAt',
  'deals.updatedAt',
  'leads.updatedAt',
  'projects.updatedAt',
  'persons.updatedAt',
  'organizations.updatedAt',
  'replicaSkipped.at',
];

/** thread row id → its messages' Message-IDs, sorted and joined (the same on every device holding the same mail) */
function threadNames(dump: Dump): Map<string, string> {
  const ids = new Map<string, string[]>();
  for (const message of dump.messages ?? []) {
    const list = ids.get(String(message.threadId)) ?? [];
    list.push(String(message.messageId));
    ids.set(String(message.threadId), list);
  }
  return new Map([...ids].map(([id, list]) => [id, `thread<${list.sort().join(' ')}>`]));
}

function sortRows(rows: DumpRow[]): DumpRow[] {
  return rows
    .map((row) => ({ row, json: JSON.stringify(row) }))
    .sort((a, b) => (a.json < b.json ? -1 : a.json > b.json ? 1 : 0))
    .map((r) => r.row);
}

/** The dump with thread and message row ids replaced by shared names (see above). */
export function sharedView(dump: Dump): Dump {
  const names = threadNames(dump);
  const rename = (id: unknown): unknown => (typeof id === 'string' ? (names.get(id) ?? `unknown thread ${id}`) : id);
  const out: Dump = { ...dump };
  out.messages = sortRows((dump.messages ?? []).map(({ id: _id, threadId, ...rest }) => ({ ...rest, threadId: rename(threadId) })));
  out.threads = sortRows((dump.threads ?? []).map(({ id, ...rest }) => ({ ...rest, id: rename(id) })));
  if (dump.threadCounts) out.threadCounts = dump.threadCounts.filter((row) => row.n !== 0);
  return out;
}

/** The CRM every device must agree on, as this device holds it now. */
export async function crmDump(device: Device): Promise<Dump> {
  return sharedView(await device.dump({ omit: LOCAL_FIELDS }));
}

/** The thread rows of a dump by subject (one per subject in these tests). */
export function threadBySubject(dump: Dump, subject: string): DumpRow {
  const found = (dump.threads ?? []).filter((t) => t.subject === subject);
  if (found.length !== 1) throw new Error(`${found.length} threads with subject ${subject}`);
  return found[0] as DumpRow;
}
