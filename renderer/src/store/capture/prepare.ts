/**
 * The per-message facts every later step needs, computed once: normalized ids, counterparties
 * (R4.1), subject key (R9.2), what threading must look up (R9.1), the row keys of its source.
 */
import type { CaptureBatch } from '../../../../shared/domain/capture';
import { CaptureBatchSchema } from '../../../../shared/domain/capture';
import type { CapturedMessage, Mailbox } from '../../../../shared/domain/mail';
import { counterpartiesOf, type Counterparty } from '../../../../shared/rules/counterparties';
import { messageRefIds, normalizeMessageId } from '../../../../shared/rules/messageIds';
import { normalizeSubject } from '../../../../shared/rules/subject';
import { threadLookup, type ThreadLookup } from '../../../../shared/rules/threading';
import type { SourceUidKey } from '../../db/database';
import { invalid } from '../errors';
import { rejectedRowId, sourceKeyString, sourceUidKey } from '../keys';
import { participantsOf } from '../threads/threadRows';
import type { CaptureEnv } from './env';

export interface PreparedMessage {
  /** as captured, with the Message-ID normalized and item tokens lower-cased; its words apart */
  message: Omit<CapturedMessage, 'words'>;
  /**
   * The search words capture sent, if it did: computed from this message's subject, text, from,
   * to and cc, which nothing here changes, so they are the words its row would give.
   */
  words: string | undefined;
  uidKey: SourceUidKey;
  uidKeyString: string;
  rejectedId: string;
  counterparties: Counterparty[];
  participants: Mailbox[];
  subjectKey: string;
  /** own id + referenced ids (R9.1) */
  refIds: string[];
  lookup: ThreadLookup;
}

/** Batches cross IPC: validate at the boundary, and refuse a batch that mixes sources. */
export function parseBatch(input: unknown): CaptureBatch {
  const parsed = CaptureBatchSchema.safeParse(input);
  if (!parsed.success) throw invalid(`capture batch: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const batch = parsed.data;
  const foreign = [...batch.captured, ...batch.rejected].find((m) => m.source.sourceId !== batch.sourceId);
  if (foreign) throw invalid(`capture batch ${batch.batchId} for ${batch.sourceId} holds a message of ${foreign.source.sourceId}`);
  return batch;
}

export function prepareMessage(input: CapturedMessage, env: CaptureEnv): PreparedMessage {
  // The words go to the word row only: left on the message they would be stored in its row too.
  const { words, ...captured } = input;
  const message: Omit<CapturedMessage, 'words'> = {
    ...captured,
    messageId: normalizeMessageId(captured.messageId),
    itemTokens: [...new Set(captured.itemTokens.map((t) => t.toLowerCase()))],
  };
  const counterparties = counterpartiesOf(message, env.ours);
  const subjectKey = normalizeSubject(message.subject);
  const addresses = counterparties.map((c) => c.address);
  // ownerId does not change what is looked up; the rule filters by owner when it decides
  const lookup = threadLookup({ ...message, ownerId: '', subjectKey, counterparties: addresses });
  return {
    message,
    words,
    uidKey: sourceUidKey(message.source),
    uidKeyString: sourceKeyString(message.source),
    rejectedId: rejectedRowId(message.source),
    counterparties,
    participants: participantsOf(message, env.ours),
    subjectKey,
    refIds: messageRefIds(message),
    lookup,
  };
}
