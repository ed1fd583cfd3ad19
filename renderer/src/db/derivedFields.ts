/**
 * Fields that exist only so an index can answer a query: search words, name keys, link keys.
 * One definition here, used by the store when it writes and by schema upgrades when they fill
 * an index for old rows, so a migrated row is indistinguishable from a freshly written one.
 */
import type { Thread } from '../../../shared/domain/crm';
import { messageWords, type WordSource } from '../../../shared/text/messageWords';
import { joinWords, searchWords, splitWords } from '../../../shared/text/searchWords';
import type { IndexFlag, ThreadRow, WordKey, WordQueueRow, WordRow } from './records';

/** Lower-case, accents folded, whitespace collapsed: how names and search input are compared. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/**
 * 53 bits of a message id (cyrb53): the second part of its word rows' key. A hash, not a
 * counter, so that the key of any message row can be computed without reading anything.
 */
export function idHash(id: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The key of a message's word row (records.ts WordRow). */
export function wordKey(message: { date: number; id: string }): WordKey {
  return [message.date, idHash(message.id)];
}

type WordRowSource = WordSource & { id: string; threadId: string; date: number };

/** What a word row holds besides its words: the key (wordKey) and the message it stands for. */
function wordRowFields(message: WordRowSource): Omit<WordRow, 'words'> {
  const [date, n] = wordKey(message);
  return { date, n, threadId: message.threadId, id: message.id };
}

/** The word row of a message row with its words as a list, as v3–v5 stored them (what upgrades start from). */
export function wordRow(message: WordRowSource): WordRow {
  return { ...wordRowFields(message), words: messageWords(message) };
}

/**
 * The waiting word row of a captured message: with the joined `words` capture sent for it when
 * there are (the same messageWords, computed in the capture worker from the same fields), else
 * computed here.
 */
export function queuedWordRow(message: WordRowSource, joined?: string): WordQueueRow {
  return { ...wordRowFields(message), words: joined ?? joinWords(messageWords(message)) };
}

/** The words of a waiting row: joined since capture sends them so, a list in rows queued before. */
export function queuedWords(row: Pick<WordQueueRow, 'words'>): string[] {
  return typeof row.words === 'string' ? splitWords(row.words) : row.words;
}

/** personKeys / organizationKeys of a thread (records.ts says why they are pairs). */
export function threadKeys(thread: Pick<ThreadRow, 'personIds' | 'organizationIds' | 'lastDate'>): Pick<ThreadRow, 'personKeys' | 'organizationKeys'> {
  return {
    personKeys: thread.personIds.map((id) => [id, thread.lastDate]),
    organizationKeys: thread.organizationIds.map((id) => [id, thread.lastDate]),
  };
}

/**
 * Keys for "name starts with" (case- and accent-insensitive): the whole folded name, so that
 * "jane r" finds "Jane Roe", and each word of it, so that "roe" does too.
 */
export function nameKeys(name: string): string[] {
  const whole = foldText(name);
  return [...new Set([whole, ...searchWords(name)].filter((k) => k !== ''))];
}

/** The index fields that follow a thread's link. */
export function linkFields(link: Thread['link']): { linkKey?: string; linked: IndexFlag } {
  return link ? { linkKey: `${link.kind}:${link.itemId}`, linked: 1 } : { linked: 0 };
}
