/**
 * Several devices of one user for the replication tests: separate fake databases, own random
 * sources (so own replica ids), the same account. Operations travel as main would deliver them:
 * a batch of the sync folder (source kind `replica`) per replica's batch of operations.
 */
import type { CaptureBatch } from '../../../../shared/domain/capture';
import type { ReplicaMessage } from '../../../../shared/domain/replication';
import type { Op } from '../../../../shared/rules/replication/operations';
import type { SnapshotPart } from '../../../../shared/rules/replication/snapshot';
import type { BlindcopyDb } from '../../../../renderer/src/db/database';
import { harness, type Harness } from '../builders';

export const REPLICA_SOURCE = 'replica';

export async function devices(n: number, options: { linking?: 'automatic' | 'manual' } = {}): Promise<Harness[]> {
  return Promise.all(Array.from({ length: n }, (_, i) => harness({ seed: 101 + i * 17, ...options })));
}

/** Everything a device recorded and has not handed over yet; marked sent, as the pump does. */
export async function takePending(device: Harness): Promise<Op[]> {
  const ops = await device.store.replication.pendingOps(100_000);
  await device.store.replication.markSent(ops.map((o) => o.id));
  return ops;
}

let uid = 0;

export function opsMessage(ops: Op[]): ReplicaMessage {
  return { uid: ++uid, content: { kind: 'ops', replica: ops[0]?.replica ?? 'x', ops, skippedOps: 0 } };
}

export function replicaBatch(messages: ReplicaMessage[]): CaptureBatch {
  const last = Math.max(0, ...messages.map((m) => m.uid));
  return {
    sourceId: REPLICA_SOURCE,
    sourceKind: 'replica',
    batchId: `r${last}`,
    reset: false,
    captured: [],
    rejected: [],
    replicated: messages,
    expunged: [],
    checkpoint: { uidValidity: 1, lastUid: last },
  };
}

/** One replica's operations, grouped by replica as a batch only holds its writer's own. */
export function batchesOf(ops: Op[]): CaptureBatch[] {
  const byReplica = new Map<string, Op[]>();
  for (const op of ops) byReplica.set(op.replica, [...(byReplica.get(op.replica) ?? []), op]);
  return [...byReplica.values()].map((list) => replicaBatch([opsMessage(list)]));
}

export async function deliver(device: Harness, ops: Op[]): Promise<void> {
  for (const b of batchesOf(ops)) await device.store.applyBatch(b);
}

export function snapshotBatch(parts: SnapshotPart[]): CaptureBatch {
  return replicaBatch(parts.map((part) => ({ uid: ++uid, content: { kind: 'snapshot', part } })));
}

/**
 * The CRM as the user sees it, without what is local to one device: row ids of threads and
 * messages (a thread is named by its earliest Message-ID), `updatedAt`, the link's `at`,
 * candidates (offered by each device's own capture), tombstone ids, the pending flags.
 * The replicated state itself must be identical.
 */
export async function crmDump(db: BlindcopyDb): Promise<Record<string, unknown>> {
  const messages = await db.messages.toArray();
  const byThread = new Map<string, string[]>();
  for (const m of messages) byThread.set(m.threadId, [...(byThread.get(m.threadId) ?? []), m.messageId]);
  const threads = await db.threads.toArray();
  const anchor = new Map<string, string>();
  for (const t of threads) {
    const own = messages.filter((m) => m.threadId === t.id).sort((a, b) => a.date - b.date || (a.messageId < b.messageId ? -1 : 1));
    anchor.set(t.id, t.copyOf !== undefined ? `copy:${t.id}` : `mid:${own[0]?.messageId ?? t.id}`);
  }
  const name = (id: string | undefined) => (id === undefined ? undefined : (anchor.get(id) ?? id));
  const strip = <T extends { updatedAt?: number }>(rows: T[]) => rows.map(({ updatedAt: _u, ...rest }) => rest);
  const threadView = threads
    .map((t) => ({
      key: name(t.id),
      copyOf: t.copyOf === undefined ? undefined : name(t.copyOf),
      subject: t.subject,
      ownerId: t.ownerId,
      link: t.link && { kind: t.link.kind, itemId: t.link.itemId, reason: t.link.reason.kind === 'copy' ? { kind: 'copy', from: name(t.link.reason.fromThreadId) } : t.link.reason },
      manualUnlink: t.manualUnlink === true,
      visibility: t.visibility,
      shareOnLink: t.shareOnLink === true,
      personIds: [...t.personIds].sort(),
      organizationIds: [...t.organizationIds].sort(),
      messageIds: [...(byThread.get(t.id) ?? [])].sort(),
      messageCount: t.messageCount,
    }))
    .sort((a, b) => (String(a.key) < String(b.key) ? -1 : 1));
  const settings = Object.fromEntries((await db.settings.toArray()).filter((r) => ['linkingMode', 'sharingDefault'].includes(r.key)).map((r) => [r.key, r.value]));
  return {
    deals: strip(await db.deals.toArray()),
    leads: strip(await db.leads.toArray()),
    projects: strip(await db.projects.toArray()),
    persons: strip(await db.persons.toArray()),
    organizations: strip(await db.organizations.toArray()),
    threads: threadView,
    tombstones: (await db.tombstones.toArray()).map((t) => `${t.kind} ${[...t.ids].sort().join(',')}`).sort(),
    settings,
    replicaState: await db.replicaState.toArray(),
  };
}
