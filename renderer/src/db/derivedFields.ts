/**
 * Fields that exist only so an index can answer a query: search words, name keys, link keys.
 * One definition here, used by the store when it writes and by schema upgrades when they fill
 * an index for old rows, so a migrated row is indistinguishable from a freshly written one.
 */
import type { Thread } from '../../../shared/domain/crm';
import type { Mailbox } from '../../../shared/domain/mail';
import { searchWords } from '../../../shared/text/searchWords';
import type { IndexFlag } from './records';

/**
 * A thread's words are capped: a long conversation must not grow one row's multi-entry index
 * without bound (100k threads × words is the index's size). Subject and people come first, so
 * they always survive the cap.
 */
export const MAX_THREAD_WORDS = 1000;

/** Lower-case, accents folded, whitespace collapsed: how names and search input are compared. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** The words a list of mailboxes contributes: display names and addresses. */
export function mailboxText(mailboxes: readonly Mailbox[]): string {
  return mailboxes.map((m) => `${m.name ?? ''} ${m.address}`).join(' ');
}

/** `existing` plus the words of `texts`, in order, without duplicates, at most MAX_THREAD_WORDS. */
export function addWords(existing: readonly string[], ...texts: string[]): string[] {
  const words = new Set(existing);
  for (const text of texts) {
    for (const word of searchWords(text)) {
      if (words.size >= MAX_THREAD_WORDS) return [...words];
      words.add(word);
    }
  }
  return [...words];
}

/** The search words of a thread: participants, then each message's subject and text. */
export function threadWords(
  participants: readonly Mailbox[],
  messages: readonly { subject: string; text: string }[],
): string[] {
  return addWords([], mailboxText(participants), ...messages.map((m) => `${m.subject} ${m.text}`));
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
