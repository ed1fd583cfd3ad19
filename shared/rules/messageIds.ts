/**
 * Message-ID handling shared by threading, de-duplication and tombstones. Ids are compared
 * exactly after removing angle brackets and surrounding whitespace: RFC 5322 makes the local
 * part case-sensitive, and the capture engine already hands them over without brackets.
 */
/** `<a@b>` → `a@b`; whitespace trimmed. */
export function normalizeMessageId(id: string): string {
  // Most ids arrive normalized (the capture engine strips the brackets) and are normalized
  // again by every rule that compares them: those go back as they are, without four new strings.
  const first = id.charCodeAt(0);
  const last = id.charCodeAt(id.length - 1);
  if (first !== 60 && last !== 62 && id.trim().length === id.length) return id;
  return id.trim().replace(/^<+/, '').replace(/>+$/, '').trim();
}

/** The id headers of a message, as `CapturedMessage` has them. */
export interface MessageIdFields {
  messageId: string;
  inReplyTo?: string | undefined;
  references: readonly string[];
}

/** The ids a message references (In-Reply-To first, then References), without its own id. */
export function referencedIds(message: Omit<MessageIdFields, 'messageId'> & { messageId?: string | undefined }): string[] {
  const own = message.messageId === undefined ? undefined : normalizeMessageId(message.messageId);
  const ids = [message.inReplyTo, ...message.references]
    .filter((id): id is string => id !== undefined)
    .map(normalizeMessageId)
    .filter((id) => id !== '' && id !== own);
  return [...new Set(ids)];
}

/**
 * Everything that ties a message to a thread (R9.1): its own id and the ids it references. A
 * thread keeps the union of these over its messages (`Thread.refIds`); a message belongs to a
 * thread when the two sets meet.
 */
export function messageRefIds(message: MessageIdFields): string[] {
  const own = normalizeMessageId(message.messageId);
  return [...new Set([own, ...referencedIds(message)].filter((id) => id !== ''))];
}
