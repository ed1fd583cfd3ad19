/**
 * Step 3 for fetched messages: each goes through understandMessage, or is rejected from its
 * envelope when it is too large (R3.5). A message that makes understanding throw still becomes a
 * Rejected 'unparseable': it is never dropped, and it never stops the sync.
 */
import type { AttachmentMeta, RejectedMessage, SourceKind, SourceRef } from '../../../shared/domain/mail';
import { toMailbox } from '../../../shared/rules/capture/mailbox';
import { parseMessageId } from '../../../shared/rules/capture/messageIdHeaders';
import type { Clock } from '../../platform/ports';
import { rejectTooLarge, type UnderstandContext, type Understood } from '../understand';
import type { ChunkMessage } from './fetchChunk';
import type { UnderstandBase, UnderstandFn } from './types';

/** understandMessage may verify DKIM over DNS: a few at a time, not a whole chunk at once. */
const CONCURRENCY = 8;

export interface ChunkSource {
  sourceId: string;
  sourceKind: SourceKind;
  uidValidity: number;
}

function errorLabel(err: unknown): string {
  // The class of an error, never its message, which may quote the message's content.
  return err instanceof Error ? err.name : typeof err;
}

async function unparseable(source: SourceRef, message: ChunkMessage, detail: string): Promise<RejectedMessage> {
  const envelope = message.envelope ?? (await message.loadEnvelope?.());
  const rejected: RejectedMessage = { source, reason: 'unparseable', detail, size: Math.max(0, Math.floor(message.size)) };
  const messageId = parseMessageId(envelope?.messageId);
  if (messageId !== undefined) rejected.messageId = messageId;
  const first = envelope?.from?.[0];
  const from = first === undefined ? undefined : toMailbox(first.address, first.name);
  if (from !== undefined) rejected.from = from;
  if (typeof envelope?.subject === 'string') rejected.subject = envelope.subject;
  const date = envelope?.date instanceof Date ? envelope.date.getTime() : undefined;
  if (date !== undefined && Number.isFinite(date)) rejected.date = date;
  return rejected;
}

/**
 * The stand-in message has empty attachment bodies, so sizes come from BODYSTRUCTURE, matched by
 * IMAP part number (understandMessage numbers parts the same way).
 */
function withTrueSizes(understood: Understood, listed: readonly AttachmentMeta[] | undefined): Understood {
  if (listed === undefined || understood.kind !== 'captured') return understood;
  const sizes = new Map(listed.map((a) => [a.part, a.size]));
  const attachments = understood.message.attachments.map((a) => ({ ...a, size: sizes.get(a.part) ?? a.size }));
  return { kind: 'captured', message: { ...understood.message, attachments } };
}

async function understandOne(
  message: ChunkMessage,
  source: ChunkSource,
  base: UnderstandBase,
  clock: Clock,
  understand: UnderstandFn,
  accepted: boolean,
): Promise<Understood> {
  const ref: SourceRef = { sourceId: source.sourceId, uidValidity: source.uidValidity, uid: message.uid };
  const content = message.content;
  if (content.kind === 'too-large') {
    const envelope = message.envelope;
    return {
      kind: 'rejected',
      rejected: rejectTooLarge({ source: ref, messageId: envelope?.messageId, subject: envelope?.subject, date: envelope?.date instanceof Date ? envelope.date : undefined, from: envelope?.from }, message.size),
    };
  }
  const ctx: UnderstandContext = { ...base, source: ref, sourceKind: source.sourceKind, clock, size: message.size };
  if (accepted) ctx.accepted = true;
  // A stand-in without attachment bodies: its body hash cannot match a DKIM signature.
  if (content.attachments !== undefined) ctx.partialBody = true;
  if (message.internalDate !== undefined) ctx.internalDate = message.internalDate;
  if (message.gmail !== undefined) ctx.gmail = message.gmail;
  try {
    return withTrueSizes(await understand(content.raw, ctx), content.attachments);
  } catch (err) {
    return { kind: 'rejected', rejected: await unparseable(ref, message, `understanding failed: ${errorLabel(err)}`) };
  }
}

export async function understandChunk(
  messages: readonly ChunkMessage[],
  source: ChunkSource,
  base: UnderstandBase,
  clock: Clock,
  understand: UnderstandFn,
  /** R3.8: these messages were accepted by the user from the Rejected list */
  accepted = false,
  /** aborted: no further message is started, and the call throws once those begun are done */
  signal?: AbortSignal,
): Promise<Understood[]> {
  const results: Understood[] = new Array<Understood>(messages.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < messages.length && signal?.aborted !== true) {
      const index = next;
      next += 1;
      const message = messages[index];
      if (message !== undefined) results[index] = await understandOne(message, source, base, clock, understand, accepted);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, messages.length) }, worker));
  signal?.throwIfAborted();
  return results;
}
