/**
 * R8.3 the sync folder's messages as mail: the payload (shared/rules/replication/syncPayload.ts)
 * wrapped by nodemailer's MailComposer — a short text/plain explanation for a human who opens the
 * folder, and the JSON as an application/json attachment in base64, so no server rewraps it — and
 * read back with mailparser. Reading never throws: whatever a message is, it comes back decoded
 * or skipped with a reason (foreign, garbage, newer-version).
 */
import type { simpleParser as SimpleParser } from 'mailparser';
import type { ReplicaMessage } from '../../shared/domain/replication';
import {
  decodeSyncPayload,
  SYNC_EXPLANATION,
  SYNC_HEADER,
  SYNC_JSON_FILENAME,
  SYNC_SUBJECT,
  type DecodedSyncMessage,
  type SyncPayload,
} from '../../shared/rules/replication/syncPayload';
import { loadMailComposer } from '../mail/smtp/nodemailerLoader';

/** A sync message bigger than this is not read (a snapshot part of 5000 entities is far smaller). */
export const MAX_SYNC_MESSAGE_BYTES = 20 * 1024 * 1024;
const FALLBACK_FROM = 'Blindcopy <blindcopy@blindcopy.invalid>';

export interface SyncEnvelope {
  date: Date;
  /** the account's own address, for the From header (RFC 5322 requires one) */
  from?: string;
}

export async function composeSyncMail(payload: SyncPayload, envelope: SyncEnvelope): Promise<Buffer> {
  const MailComposer = await loadMailComposer();
  const composer = new MailComposer({
    from: envelope.from ?? FALLBACK_FROM,
    subject: SYNC_SUBJECT,
    date: envelope.date,
    messageId: `<${payload.messageId}>`,
    headers: { [SYNC_HEADER]: payload.header },
    text: SYNC_EXPLANATION,
    attachments: [
      {
        filename: SYNC_JSON_FILENAME,
        contentType: 'application/json; charset=utf-8',
        content: Buffer.from(payload.json, 'utf8'),
        contentTransferEncoding: 'base64',
      },
    ],
    disableFileAccess: true,
    disableUrlAccess: true,
    // CRLF throughout: IMAP APPEND wants it.
    newline: 'win',
  });
  return composer.compile().build();
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * mailparser, loaded when a sync message is first read: the capture worker reads them (it has
 * mailparser loaded anyway); main only writes them, and importing it cost main's heap 5.6 MB
 * and the process 7.7 MB that the rest of the session never used.
 */
let parserLoaded: Promise<typeof SimpleParser> | undefined;
function loadSimpleParser(): Promise<typeof SimpleParser> {
  parserLoaded ??= import('mailparser').then((m) => m.simpleParser);
  return parserLoaded;
}

function headerText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return headerText(value[0]);
  return undefined;
}

/** A message of the sync folder, read back; never throws. */
export async function readSyncMail(raw: Buffer): Promise<DecodedSyncMessage> {
  if (raw.length > MAX_SYNC_MESSAGE_BYTES) return { kind: 'skipped', reason: 'garbage', detail: `larger than ${MAX_SYNC_MESSAGE_BYTES} bytes` };
  try {
    const simpleParser = await loadSimpleParser();
    const parsed = await simpleParser(raw, { skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true, checksumAlgo: false });
    const header = headerText(parsed.headers.get(SYNC_HEADER.toLowerCase()));
    const part = parsed.attachments.find((a) => a.contentType.toLowerCase() === 'application/json');
    let json: string | undefined;
    try {
      json = part === undefined ? undefined : utf8.decode(part.content);
    } catch {
      // handled: not UTF-8: decodeSyncPayload answers 'garbage' for a missing JSON part
      json = undefined;
    }
    return decodeSyncPayload(header, json);
  } catch (err) {
    return { kind: 'skipped', reason: 'garbage', detail: `the message does not parse: ${err instanceof Error ? err.name : typeof err}` };
  }
}

/** What the store gets for one message of the folder (ReplicaMessage, shared/domain/replication.ts). */
export function toReplicaMessage(uid: number, decoded: DecodedSyncMessage): ReplicaMessage {
  switch (decoded.kind) {
    case 'ops':
      return { uid, content: { kind: 'ops', replica: decoded.replica, ops: decoded.ops, skippedOps: decoded.skippedOps.length } };
    case 'snapshot':
      return { uid, content: { kind: 'snapshot', part: decoded.part } };
    case 'skipped':
      return { uid, content: { kind: 'skipped', reason: decoded.reason, detail: decoded.detail.slice(0, 500) } };
  }
}
