/**
 * R8.3 the messages in the account's sync folder (default `Blindcopy`): one batch of operations or
 * one part of a snapshot each, as the RFC 5322 text main APPENDs (marked \Seen). Readable by any
 * mail client: a short text part says what the message is, the data is an application/json part,
 * base64-encoded so no server rewraps it.
 *
 *   Subject: Blindcopy sync
 *   X-Blindcopy-Sync: v1; replica=k3m9...; kind=ops; count=12
 *   X-Blindcopy-Sync: v1; replica=k3m9...; kind=snapshot; snapshot=<clock>; part=1; parts=3
 *
 * The Message-ID is made from the content's clocks, so the same batch appended twice (a crash
 * between APPEND and recording it as sent) carries the same id — harmless either way, since
 * applying twice changes nothing.
 *
 * Reading never throws: a message without our header is `foreign`, a later format version is
 * `newer-version` (an older app leaves it for when it is updated), anything else malformed is
 * `garbage`; the caller skips it with a note. Within a good batch, each operation is checked on its
 * own, and one that fails is skipped (reported in `skippedOps`) while the rest apply — every
 * replica skips the same ones, so they still converge.
 */
import { z } from 'zod';
import { base64Decode, base64Encode, utf8Decode, utf8Encode } from './base64Utf8';
import { ClockStringSchema } from './hlc';
import { header, headerParams, multipartParts, parseEntity } from './mimeText';
import { OP_VERSION, OpSchema, type Op } from './operations';
import { ReplicaIdSchema, type ReplicaId } from './replicaId';
import { SnapshotPartSchema, type SnapshotPart } from './snapshot';

export const SYNC_HEADER = 'X-Blindcopy-Sync';
export const SYNC_SUBJECT = 'Blindcopy sync';
export const SYNC_FORMAT_VERSION = 1;
const BOUNDARY = '=_blindcopy-sync_=';
const FALLBACK_FROM = 'Blindcopy <blindcopy@blindcopy.invalid>';
const EXPLANATION =
  'This message keeps changes to your Blindcopy CRM, so that your other devices and a new\r\n' +
  'installation can restore them. Please leave it in this folder.\r\n';

export type SkipReason = 'foreign' | 'garbage' | 'newer-version';

export type DecodedSyncMessage =
  | { kind: 'ops'; replica: ReplicaId; ops: Op[]; skippedOps: Array<{ index: number; reason: 'invalid' | 'newer-version'; detail: string }> }
  | { kind: 'snapshot'; part: SnapshotPart }
  | { kind: 'skipped'; reason: SkipReason; detail: string };

export interface Envelope {
  /** epoch ms for the Date header */
  date: number;
  /** the account's own address, for the From header (RFC 5322 requires one) */
  from?: string;
}

const OpsBodySchema = z.object({ v: z.literal(SYNC_FORMAT_VERSION), kind: z.literal('ops'), replica: ReplicaIdSchema, ops: z.array(z.unknown()) });

function rfc5322Date(ms: number): string {
  return new Date(ms).toUTCString().replace(/GMT$/, '+0000');
}

function message(envelope: Envelope, syncHeader: string, messageId: string, data: unknown): string {
  const json = base64Encode(utf8Encode(JSON.stringify(data)));
  return [
    `From: ${envelope.from ?? FALLBACK_FROM}`,
    `Date: ${rfc5322Date(envelope.date)}`,
    `Subject: ${SYNC_SUBJECT}`,
    `Message-ID: <${messageId}@blindcopy.invalid>`,
    `${SYNC_HEADER}: ${syncHeader}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${BOUNDARY}"`,
    '',
    `--${BOUNDARY}`,
    'Content-Type: text/plain; charset=us-ascii',
    '',
    EXPLANATION,
    `--${BOUNDARY}`,
    'Content-Type: application/json; charset=utf-8; name="blindcopy-sync.json"',
    'Content-Disposition: attachment; filename="blindcopy-sync.json"',
    'Content-Transfer-Encoding: base64',
    '',
    json,
    `--${BOUNDARY}--`,
    '',
  ].join('\r\n');
}

/** A batch of one replica's operations (at least one, all its own). */
export function encodeOpsMessage(replica: ReplicaId, ops: readonly Op[], envelope: Envelope): string {
  const first = ops[0];
  const last = ops[ops.length - 1];
  if (first === undefined || last === undefined) throw new Error('an empty batch');
  if (ops.some((op) => op.replica !== replica)) throw new Error('a batch holds its replica’s own operations');
  const id = `ops.${first.clock}.${last.clock}.${ops.length}`;
  return message(envelope, `v${SYNC_FORMAT_VERSION}; replica=${replica}; kind=ops; count=${ops.length}`, id, { v: SYNC_FORMAT_VERSION, kind: 'ops', replica, ops });
}

export function encodeSnapshotMessage(part: SnapshotPart, envelope: Envelope): string {
  const head = `v${SYNC_FORMAT_VERSION}; replica=${part.replica}; kind=snapshot; snapshot=${part.id}; part=${part.part}; parts=${part.parts}`;
  return message(envelope, head, `snapshot.${part.id}.${part.part}.${part.parts}`, part);
}

const skipped = (reason: SkipReason, detail: string): DecodedSyncMessage => ({ kind: 'skipped', reason, detail });

/** The JSON of the message's application/json part, or why there is none. */
function jsonPart(raw: string): { data: unknown } | { error: string } {
  const entity = parseEntity(raw);
  const type = headerParams(header(entity, 'content-type') ?? '');
  const boundary = type.params.get('boundary');
  const parts = type.value === 'multipart/mixed' && boundary ? multipartParts(entity.body, boundary) : [entity];
  const part = parts.find((p) => headerParams(header(p, 'content-type') ?? '').value === 'application/json');
  if (!part) return { error: 'no application/json part' };
  const encoding = (header(part, 'content-transfer-encoding') ?? '7bit').toLowerCase();
  const bytes = encoding === 'base64' ? base64Decode(part.body) : undefined;
  const text = bytes ? utf8Decode(bytes) : encoding === 'base64' ? undefined : part.body;
  if (text === undefined) return { error: 'the JSON part is not valid base64 UTF-8' };
  try {
    return { data: JSON.parse(text) as unknown };
  } catch {
    // handled: not JSON is an answer (error), which the caller reports
    return { error: 'the JSON part does not parse' };
  }
}

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

/** A message of the sync folder, read back; never throws. */
export function decodeSyncMessage(raw: string): DecodedSyncMessage {
  const entity = parseEntity(raw);
  const sync = header(entity, SYNC_HEADER);
  if (sync === undefined) return skipped('foreign', `no ${SYNC_HEADER} header`);
  const { value, params } = headerParams(sync);
  const version = /^v(\d{1,6})$/.exec(value);
  if (!version) return skipped('garbage', `${SYNC_HEADER}: no version`);
  if (Number(version[1]) > SYNC_FORMAT_VERSION) return skipped('newer-version', `format v${version[1]}`);
  const replica = ReplicaIdSchema.safeParse(params.get('replica'));
  if (!replica.success) return skipped('garbage', `${SYNC_HEADER}: no replica`);
  const kind = params.get('kind');
  if (kind !== 'ops' && kind !== 'snapshot') return skipped('garbage', `${SYNC_HEADER}: kind ${kind ?? 'missing'}`);
  const json = jsonPart(raw);
  if ('error' in json) return skipped('garbage', json.error);
  const v = versionOf(json.data);
  if (v !== undefined && v > SYNC_FORMAT_VERSION) return skipped('newer-version', `content v${v}`);
  if (kind === 'ops') return decodeOps(json.data, replica.data);
  const part = SnapshotPartSchema.safeParse(json.data);
  if (!part.success) return skipped('garbage', `snapshot: ${part.error.issues[0]?.message ?? 'invalid'}`);
  if (part.data.replica !== replica.data) return skipped('garbage', 'the snapshot names another replica than its header');
  const snapshotId = ClockStringSchema.safeParse(params.get('snapshot'));
  if (!snapshotId.success || snapshotId.data !== part.data.id) return skipped('garbage', 'the snapshot id differs from its header');
  return { kind: 'snapshot', part: part.data };
}

