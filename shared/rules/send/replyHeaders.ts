/**
 * R2.4 In-Reply-To and References of a reply or forward (RFC 5322 §3.6.4): In-Reply-To is the
 * original's Message-ID; References is the original's References (or, when it has none, its
 * single In-Reply-To) followed by the original's Message-ID.
 *
 * Trimmed sensibly: long threads grow References without bound, and some servers refuse header
 * lines over 998 characters. We keep the first id (the thread's root, which every reader threads
 * on) and the most recent ones, at most 20 ids and about 900 characters, dropping from the
 * middle. Duplicates go; so do ids we made up for messages that had none (`@blindcopy.invalid`,
 * see `synthesizeMessageId`), which no other mail program has ever seen.
 */
import { normalizeMessageId } from '../messageIds';

export const MAX_REFERENCES = 20;
export const MAX_REFERENCES_CHARS = 900;

export interface ReplyHeaderSource {
  messageId?: string | undefined;
  inReplyTo?: string | undefined;
  references: readonly string[];
}

export interface ReplyHeaders {
  inReplyTo?: string;
  references: string[];
}

function usable(id: string): boolean {
  return id !== '' && !/\s|[<>]/.test(id) && id.includes('@') && !id.toLowerCase().endsWith('@blindcopy.invalid');
}

/** The header's length when written as `<a> <b> ...`. */
function headerLength(ids: readonly string[]): number {
  return ids.reduce((n, id) => n + id.length + 3, 0);
}

export function trimReferences(ids: readonly string[]): string[] {
  const distinct = [...new Set(ids.map(normalizeMessageId).filter(usable))];
  const trimmed = [...distinct];
  while (trimmed.length > 1 && (trimmed.length > MAX_REFERENCES || headerLength(trimmed) > MAX_REFERENCES_CHARS)) {
    // drop the oldest id after the root; the root and the newest ones carry the threading
    trimmed.splice(trimmed.length > 2 ? 1 : 0, 1);
  }
  return trimmed;
}

export function replyHeaders(original: ReplyHeaderSource): ReplyHeaders {
  const own = original.messageId === undefined ? undefined : normalizeMessageId(original.messageId);
  const parentChain = original.references.length > 0 ? original.references : original.inReplyTo !== undefined ? [original.inReplyTo] : [];
  const references = trimReferences(own === undefined ? [...parentChain] : [...parentChain.filter((id) => normalizeMessageId(id) !== own), own]);
  return own !== undefined && usable(own) ? { inReplyTo: own, references } : { references };
}
