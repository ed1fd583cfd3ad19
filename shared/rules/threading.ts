/**
 * R9 threading: which thread a new message joins. The store does not hand over its database; it
 * runs the two indexed queries `threadLookup` describes and passes what they found. Everything
 * is re-checked here, so a store that over-fetches cannot make a wrong join.
 *
 * R9.1 by ids: `Thread.refIds` holds the Message-IDs of a thread's messages AND the ids they
 * reference; a message joins when its own id or one it references is among them. That single
 * test covers a reply (it references the thread's message), a parent arriving after its child
 * (the child's thread holds the parent's id among its references) and a sibling whose common
 * parent was never captured (both reference it). References join regardless of age.
 *
 * R9.2 by subject: only for a message without any In-Reply-To or References; same non-empty
 * `subjectKey`, a counterparty in common, and no more than 30 days between the message and the
 * thread's span [firstDate, lastDate] (mail synced or forwarded late may be older than the
 * thread).
 *
 * R9.3: threads never merge and never split. When a message references messages of two threads
 * it joins the oldest (first message earliest; ties by id) and the others are reported so the
 * UI can say so — merging would move messages and links the user may already have acted on.
 *
 * Threads are per owner: a candidate of another owner is never joined, because R5.1 keeps a
 * private thread to its owner and joining would show one user's mail in another's thread.
 */
import type { Thread } from '../domain/crm';
import { messageRefIds, referencedIds } from './messageIds';

export const SUBJECT_THREAD_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

export interface ThreadingMessage {
  /** the user id that owns the message (the store maps the owner address to the user) */
  ownerId: string;
  messageId: string;
  inReplyTo?: string | undefined;
  references: readonly string[];
  /** `normalizeSubject(subject)` */
  subjectKey: string;
  /** epoch ms */
  date: number;
  /** lower-case counterparty addresses (`counterpartiesOf(...)`) */
  counterparties: readonly string[];
}

export type ThreadCandidate = Pick<
  Thread,
  'id' | 'ownerId' | 'subjectKey' | 'counterparties' | 'firstDate' | 'lastDate' | 'refIds'
>;

export type ThreadAssignment =
  | {
      kind: 'join';
      threadId: string;
      by: 'references' | 'subject';
      /** ids to add to the joined thread's `refIds` (those it does not hold yet) */
      addRefIds: string[];
      /** other threads the message also references; they stay apart (R9.3) */
      alsoReferencedThreadIds: string[];
    }
  | {
      kind: 'new';
      /** the new thread's `refIds` */
      refIds: string[];
    };

/** What the store should look up to find the candidates for `assignThread`. */
export interface ThreadLookup {
  /** threads whose `refIds` contain any of these (multi-entry index, `anyOf`) */
  refIds: string[];
  /** threads with this `subjectKey` whose lastDate ≥ since and firstDate ≤ until; absent = skip */
  subject?: { subjectKey: string; since: number; until: number };
}

/** Blank or self-referencing headers do not count as references. */
function hasReferences(message: ThreadingMessage): boolean {
  return referencedIds(message).length > 0;
}

function eligibleForSubject(message: ThreadingMessage): boolean {
  return !hasReferences(message) && message.subjectKey !== '' && message.counterparties.length > 0;
}

export function threadLookup(message: ThreadingMessage): ThreadLookup {
  const lookup: ThreadLookup = { refIds: messageRefIds(message) };
  if (eligibleForSubject(message)) {
    lookup.subject = {
      subjectKey: message.subjectKey,
      since: message.date - SUBJECT_THREAD_WINDOW_MS,
      until: message.date + SUBJECT_THREAD_WINDOW_MS,
    };
  }
  return lookup;
}

/** Milliseconds between `date` and the span [firstDate, lastDate]; 0 inside it. */
function distanceToSpan(date: number, thread: Pick<Thread, 'firstDate' | 'lastDate'>): number {
  if (date < thread.firstDate) return thread.firstDate - date;
  if (date > thread.lastDate) return date - thread.lastDate;
  return 0;
}

function byOldest(a: ThreadCandidate, b: ThreadCandidate): number {
  return a.firstDate - b.firstDate || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function joined(thread: ThreadCandidate, by: 'references' | 'subject', ids: string[], others: string[]): ThreadAssignment {
  const held = new Set(thread.refIds);
  return {
    kind: 'join',
    threadId: thread.id,
    by,
    addRefIds: ids.filter((id) => !held.has(id)),
    alsoReferencedThreadIds: others,
  };
}

export function assignThread(message: ThreadingMessage, candidates: readonly ThreadCandidate[]): ThreadAssignment {
  const ids = messageRefIds(message);
  const own = candidates.filter((t) => t.ownerId === message.ownerId);

  const wanted = new Set(ids);
  const referenced = own.filter((t) => t.refIds.some((id) => wanted.has(id))).sort(byOldest);
  const [oldest, ...others] = referenced;
  if (oldest) return joined(oldest, 'references', ids, others.map((t) => t.id));

  if (eligibleForSubject(message)) {
    const parties = new Set(message.counterparties.map((a) => a.toLowerCase()));
    const matches = own
      .filter((t) => t.subjectKey === message.subjectKey)
      .filter((t) => distanceToSpan(message.date, t) <= SUBJECT_THREAD_WINDOW_MS)
      .filter((t) => t.counterparties.some((a) => parties.has(a.toLowerCase())))
      // the thread closest in time; then the most recent; then by id, so the answer is stable
      .sort(
        (a, b) =>
          distanceToSpan(message.date, a) - distanceToSpan(message.date, b) ||
          b.lastDate - a.lastDate ||
          (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      );
    const [best] = matches;
    if (best) return joined(best, 'subject', ids, []);
  }

  return { kind: 'new', refIds: ids };
}
