/**
 * R8.3 what the messages of the account's sync folder (default `Blindcopy`) carry: one batch of
 * operations or one part of a snapshot each. This is the payload only — the value of our header,
 * the JSON of the attachment and the Message-ID; main wraps it in a mail message with nodemailer
 * and reads it back with mailparser (main/replication/syncMail.ts), so no MIME is written by hand.
 *
 *   X-Blindcopy-Sync: v1; replica=k3m9...; kind=ops; count=12
 *   X-Blindcopy-Sync: v1; replica=k3m9...; kind=snapshot; snapshot=<clock>; part=1; parts=3
 *
 * The Message-ID is made from the content's clocks, so the same batch appended twice (a crash
 * between APPEND and recording it as sent) carries the same id — harmless either way, since
 * applying twice changes nothing. A batch's id also says up to which clock it goes, which is how
 * compaction picks the batches a snapshot covers without reading them (`opsBatchRange`).
 *
 * Reading never throws: a message without our header is `foreign`, a later format version is
 * `newer-version` (an older app leaves it for when it is updated), anything else malformed is
 * `garbage`; the caller skips it with a note. Within a good batch, each operation is checked on its
 * own, and one that fails is skipped (reported in `skippedOps`) while the rest apply — every
 * replica skips the same ones, so they still converge.
 */
import { z } from 'zod';
import { ClockStringSchema, type ClockString } from './hlc';
import { OP_VERSION, OpSchema, type Op } from './operations';
import { ReplicaIdSchema, type ReplicaId } from './replicaId';
import { SnapshotPartSchema, type SnapshotPart } from './snapshot';

export const SYNC_HEADER = 'X-Blindcopy-Sync';
export const SYNC_SUBJECT = 'Blindcopy sync';
export const SYNC_FORMAT_VERSION = 1;
/** the domain of every Message-ID we make (RFC 2606: never a real host) */
export const SYNC_ID_DOMAIN = 'blindcopy.invalid';
export const SYNC_JSON_FILENAME = 'blindcopy-sync.json';
/** the text part, for a human who opens the folder in a mail client */
export const SYNC_EXPLANATION =
  'This message keeps changes to your Blindcopy CRM, so that your other devices and a new\r\n' +
  'installation can restore them. Please leave it in this folder.\r\n';

export type SkipReason = 'foreign' | 'garbage' | 'newer-version';

export type DecodedSyncMessage =
  | { kind: 'ops'; replica: ReplicaId; ops: Op[]; skippedOps: Array<{ index: number; reason: 'invalid' | 'newer-version'; detail: string }> }
  | { kind: 'snapshot'; part: SnapshotPart }
  | { kind: 'skipped'; reason: SkipReason; detail: string };

/** One message's content, before it is made a mail message. */
export interface SyncPayload {
  /** the value of the X-Blindcopy-Sync header */
  header: string;
  /** without angle brackets: `<local>@blindcopy.invalid` */
  messageId: string;
  /** the application/json attachment */
  json: string;
}

const OpsBodySchema = z.object({ v: z.literal(SYNC_FORMAT_VERSION), kind: z.literal('ops'), replica: ReplicaIdSchema, ops: z.array(z.unknown()) });

/** A batch of one replica's operations (at least one, all its own, oldest first). */
export function opsPayload(replica: ReplicaId, ops: readonly Op[]): SyncPayload {
  const first = ops[0];
  const last = ops[ops.length - 1];
  if (first === undefined || last === undefined) throw new Error('an empty batch');
  if (ops.some((op) => op.replica !== replica)) throw new Error('a batch holds its replica’s own operations');
  return {
    header: `v${SYNC_FORMAT_VERSION}; replica=${replica}; kind=ops; count=${ops.length}`,
    messageId: `ops.${first.clock}.${last.clock}.${ops.length}@${SYNC_ID_DOMAIN}`,
    json: JSON.stringify({ v: SYNC_FORMAT_VERSION, kind: 'ops', replica, ops }),
  };
}

export function snapshotPayload(part: SnapshotPart): SyncPayload {
  return {
    header: `v${SYNC_FORMAT_VERSION}; replica=${part.replica}; kind=snapshot; snapshot=${part.id}; part=${part.part}; parts=${part.parts}`,
    messageId: `snapshot.${part.id}.${part.part}.${part.parts}@${SYNC_ID_DOMAIN}`,
    json: JSON.stringify(part),
  };
}

/** `v1; replica=a; kind=ops` → version 1, params { replica: 'a', kind: 'ops' }; undefined without a version. */
export function parseSyncHeader(value: string): { version: number; params: Map<string, string> } | undefined {
  const [first = '', ...rest] = value.split(';');
  const version = /^v(\d{1,6})$/.exec(first.trim());
  if (!version) return undefined;
  const params = new Map<string, string>();
  for (const part of rest) {
    const eq = part.indexOf('=');
    if (eq > 0) params.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim());
  }
  return { version: Number(version[1]), params };
}

/** The clocks of a batch, from its Message-ID (with or without angle brackets); undefined for any other id. */
export function opsBatchRange(messageId: string): { first: ClockString; last: ClockString; count: number } | undefined {
  const match = /^<?ops\.([^.]+)\.([^.]+)\.(\d+)@([^>]+)>?$/.exec(messageId.trim());
  if (!match || match[4] !== SYNC_ID_DOMAIN) return undefined;
  const first = ClockStringSchema.safeParse(match[1]);
  const last = ClockStringSchema.safeParse(match[2]);
  return first.success && last.success ? { first: first.data, last: last.data, count: Number(match[3]) } : undefined;
}

const skipped = (reason: SkipReason, detail: string): DecodedSyncMessage => ({ kind: 'skipped', reason, detail });

function versionOf(data: unknown): number | undefined {
  if (data === null || typeof data !== 'object' || !('v' in data)) return undefined;
  const v = (data as { v: unknown }).v;
  return typeof v === 'number' ? v : undefined;
}

function decodeOps(data: unknown, replica: ReplicaId): DecodedSyncMessage {
  const body = OpsBodySchema.safeParse(data);
  if (!body.success) return skipped('garbage', `batch: ${body.error.issues[0]?.message ?? 'invalid'}`);
  if (body.data.replica !== replica) return skipped('garbage', 'the batch names another replica than its header');
  const ops: Op[] = [];
  const skippedOps: Extract<DecodedSyncMessage, { kind: 'ops' }>['skippedOps'] = [];
  body.data.ops.forEach((raw, index) => {
    const v = versionOf(raw);
    if (v !== undefined && v > OP_VERSION) return skippedOps.push({ index, reason: 'newer-version', detail: `operation version ${v}` });
    const op = OpSchema.safeParse(raw);
    if (!op.success) return skippedOps.push({ index, reason: 'invalid', detail: op.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
    if (op.data.replica !== replica) return skippedOps.push({ index, reason: 'invalid', detail: 'an operation of another replica' });
    ops.push(op.data);
  });
  return { kind: 'ops', replica, ops, skippedOps };
}

function decodeUnsafe(header: string | undefined, json: string | undefined): DecodedSyncMessage {
  if (header === undefined) return skipped('foreign', `no ${SYNC_HEADER} header`);
  const parsed = parseSyncHeader(header);
  if (!parsed) return skipped('garbage', `${SYNC_HEADER}: no version`);
  if (parsed.version > SYNC_FORMAT_VERSION) return skipped('newer-version', `format v${parsed.version}`);
  const { params } = parsed;
  const replica = ReplicaIdSchema.safeParse(params.get('replica'));
  if (!replica.success) return skipped('garbage', `${SYNC_HEADER}: no replica`);
  const kind = params.get('kind');
  if (kind !== 'ops' && kind !== 'snapshot') return skipped('garbage', `${SYNC_HEADER}: kind ${(kind ?? 'missing').slice(0, 40)}`);
  if (json === undefined) return skipped('garbage', 'no application/json part (or not UTF-8)');
  let data: unknown;
  try {
    data = JSON.parse(json) as unknown;
  } catch {
    // handled: unreadable JSON is a skipped message, never a throw
    return skipped('garbage', 'the JSON part does not parse');
  }
  const v = versionOf(data);
  if (v !== undefined && v > SYNC_FORMAT_VERSION) return skipped('newer-version', `content v${v}`);
  if (kind === 'ops') return decodeOps(data, replica.data);
  const part = SnapshotPartSchema.safeParse(data);
  if (!part.success) return skipped('garbage', `snapshot: ${part.error.issues[0]?.message ?? 'invalid'}`);
  if (part.data.replica !== replica.data) return skipped('garbage', 'the snapshot names another replica than its header');
  const snapshotId = ClockStringSchema.safeParse(params.get('snapshot'));
  if (!snapshotId.success || snapshotId.data !== part.data.id) return skipped('garbage', 'the snapshot id differs from its header');
  return { kind: 'snapshot', part: part.data };
}

/**
 * A message of the sync folder from its header value (undefined: none) and the text of its JSON
 * part (undefined: none, or not UTF-8); never throws.
 */
export function decodeSyncPayload(header: string | undefined, json: string | undefined): DecodedSyncMessage {
  try {
    return decodeUnsafe(header, json);
  } catch (err) {
    // zod and JSON.parse do not throw here; a stack overflow on absurdly deep JSON might.
    return skipped('garbage', `unreadable: ${err instanceof Error ? err.name : typeof err}`);
  }
}
