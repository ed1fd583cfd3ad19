/**
 * R4.13 (beyond): R4.6 keeps automatic linking to threads that start after an item exists, but a
 * new deal usually follows a conversation already under way. So when a deal, lead or project is
 * created, the app offers, once, the recent unlinked threads of its person(s) for a one-click link.
 * Which threads qualify is decided here; the offer itself is the item page's.
 */
import type { Thread } from '../domain/crm';

/** How far back "recent" reaches: a quarter, the horizon of a typical sales cycle's first talks. */
export const EARLIER_WINDOW_MS = 90 * 24 * 60 * 60 * 1000;
/** At most this many are offered: an offer is a glance, not a second inbox. */
export const EARLIER_LIMIT = 10;

export type EarlierCandidate = Pick<Thread, 'id' | 'ownerId' | 'lastDate' | 'link'>;

/**
 * The threads to offer: not linked to any item, the viewer's own (R4.12: only the owner links),
 * active within the window before `now`; newest first, each once, at most EARLIER_LIMIT.
 */
export function earlierConversations<T extends EarlierCandidate>(threads: readonly T[], viewerId: string, now: number): T[] {
  const seen = new Set<string>();
  return threads
    .filter((t) => t.link === undefined && t.ownerId === viewerId && t.lastDate >= now - EARLIER_WINDOW_MS)
    .filter((t) => !seen.has(t.id) && seen.add(t.id))
    .sort((a, b) => b.lastDate - a.lastDate)
    .slice(0, EARLIER_LIMIT);
}
