/**
 * R3.6 a message captured twice (the drop box and sync, or one mailbox re-delivering it) is
 * stored once. The store looks up stored messages by Message-ID and by (source, UIDVALIDITY, UID)
 * — two indexed queries — and passes what it found.
 *
 * When the stored copy came only from sync and the new copy from the drop box, the message is
 * still not stored again, but it was BCC'd after all: the store should run the capture-only rules
 * for it (persons, R4.2) — `upgradeToCaptured` says so.
 */
import type { SourceKind, SourceRef } from '../domain/mail';
import { normalizeMessageId } from './messageIds';

export interface StoredMessageKey {
  messageId: string;
  source: SourceRef;
  sourceKind: SourceKind;
}

export type DuplicateVerdict =
  | { kind: 'new' }
  | { kind: 'duplicate'; by: 'source' | 'message-id'; upgradeToCaptured: boolean };

export function sameSource(a: SourceRef, b: SourceRef): boolean {
  return a.sourceId === b.sourceId && a.uidValidity === b.uidValidity && a.uid === b.uid;
}

export function duplicateVerdict(
  message: { messageId: string; source: SourceRef; sourceKind: SourceKind },
  stored: readonly StoredMessageKey[],
): DuplicateVerdict {
  const id = normalizeMessageId(message.messageId);
  const bySource = stored.some((s) => sameSource(s.source, message.source));
  const byId = stored.filter((s) => normalizeMessageId(s.messageId) === id);
  if (!bySource && byId.length === 0) return { kind: 'new' };
  const matches = bySource ? stored.filter((s) => sameSource(s.source, message.source) || byId.includes(s)) : byId;
  return {
    kind: 'duplicate',
    by: bySource ? 'source' : 'message-id',
    upgradeToCaptured: message.sourceKind === 'dropbox' && matches.every((s) => s.sourceKind === 'sync'),
  };
}
