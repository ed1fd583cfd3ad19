/**
 * How a thread row summarizes its messages: dates, counts, snippet, people, worst
 * authentication verdict. One fold used three ways — a new thread, a message
 * joining one, and a thread recomputed after a message was deleted — so the three cannot drift.
 * Which thread a message joins and how it is linked are the rules' business, not this file's.
 */
import type { Mailbox, CapturedMessage } from '../../../../shared/domain/mail';
import type { OurAddresses } from '../../../../shared/rules/counterparties';
import { normalizeAddress } from '../../../../shared/rules/emailAddress';
import { DEFAULT_SUBADDRESS_DELIMITER, isDropboxAddress } from '../../../../shared/rules/itemAddress';
import { linkFields } from '../../db/derivedFields';
import type { ThreadRow } from '../../db/records';

export const SNIPPET_LENGTH = 200;

/** What one message brings to its thread. */
export interface MessageFacts {
  message: Pick<CapturedMessage, 'subject' | 'date' | 'text' | 'auth'>;
  participants: Mailbox[];
  /** lower-case counterparty addresses, in counterparty order (R4.1) */
  counterparties: string[];
  personIds: string[];
  organizationIds: string[];
}

/** Everyone on the message except the drop box and its item addresses, which are plumbing. */
export function participantsOf(message: Pick<CapturedMessage, 'from' | 'to' | 'cc'>, ours: OurAddresses): Mailbox[] {
  return unionMailboxes(
    [],
    [message.from, ...message.to, ...message.cc].filter(
      (m) => !isDropboxAddress(m.address, ours.dropbox, ours.delimiter ?? DEFAULT_SUBADDRESS_DELIMITER),
    ),
  );
}

/**
 * The first SNIPPET_LENGTH characters of the collapsed text. Collapsing a whole 50 KB body to
 * keep 200 characters showed in the cold mirror's profile; a prefix collapses to a prefix of the
 * whole, so a prefix that yields more than SNIPPET_LENGTH characters gives the same snippet.
 */
export function snippetOf(text: string): string {
  for (let window = SNIPPET_LENGTH * 4; window < text.length; window *= 4) {
    const start = text.slice(0, window).replace(/\s+/gu, ' ').trimStart();
    if (start.length > SNIPPET_LENGTH) return start.slice(0, SNIPPET_LENGTH);
  }
  return text.replace(/\s+/gu, ' ').trim().slice(0, SNIPPET_LENGTH);
}

/** from best to worst, as AuthStateSchema lists them: no data is quieter than an unverified result */
const AUTH_RANK: Record<ThreadRow['auth'], number> = { pass: 0, 'no-data': 1, none: 2, unaligned: 3, fail: 4 };

/** R3.4: the inbox row shows the worst verdict of the thread's messages. */
export function worstAuth(a: ThreadRow['auth'], b: ThreadRow['auth']): ThreadRow['auth'] {
  return AUTH_RANK[b] > AUTH_RANK[a] ? b : a;
}

export function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

function unionMailboxes(a: readonly Mailbox[], b: readonly Mailbox[]): Mailbox[] {
  const seen = new Map<string, Mailbox>();
  for (const m of [...a, ...b]) {
    const address = normalizeAddress(m.address);
    const known = seen.get(address);
    const name = m.name?.trim();
    // keep the first name seen; fill it in if an earlier sighting had none
    if (!known) seen.set(address, name ? { address, name } : { address });
    else if (known.name === undefined && name) seen.set(address, { address, name });
  }
  return [...seen.values()];
}

/** The fields of a thread that come from its messages, for its first message. */
export function startThread(
  base: Pick<ThreadRow, 'id' | 'ownerId' | 'subjectKey' | 'refIds' | 'visibility'> & Partial<ThreadRow>,
  facts: MessageFacts,
): ThreadRow {
  const { message } = facts;
  // the link key is derived below; a stale one from `base` must not survive
  const { linkKey: _stale, ...rest } = base;
  const row: ThreadRow = {
    candidates: [],
    ...rest,
    subject: message.subject,
    counterparties: [...facts.counterparties],
    participants: unionMailboxes([], facts.participants),
    personIds: [...new Set(facts.personIds)],
    organizationIds: [...new Set(facts.organizationIds)],
    firstDate: message.date,
    lastDate: message.date,
    messageCount: 1,
    snippet: snippetOf(message.text),
    auth: message.auth.verdict,
    ...linkFields(base.link),
  };
  return row;
}

/** The thread after one more message joined it (R9). `addRefIds` comes from `assignThread`. */
export function addToThread(thread: ThreadRow, facts: MessageFacts, addRefIds: readonly string[]): ThreadRow {
  const { message } = facts;
  const earliest = message.date < thread.firstDate;
  const latest = message.date >= thread.lastDate;
  return {
    ...thread,
    // the subject of the conversation is the one it started with
    subject: earliest ? message.subject : thread.subject,
    refIds: union(thread.refIds, addRefIds),
    counterparties: union(thread.counterparties, facts.counterparties),
    participants: unionMailboxes(thread.participants, facts.participants),
    personIds: union(thread.personIds, facts.personIds),
    organizationIds: union(thread.organizationIds, facts.organizationIds),
    firstDate: Math.min(thread.firstDate, message.date),
    lastDate: Math.max(thread.lastDate, message.date),
    messageCount: thread.messageCount + 1,
    snippet: latest ? snippetOf(message.text) : thread.snippet,
    auth: worstAuth(thread.auth, message.auth.verdict),
  };
}

/**
 * A thread recomputed from the messages it has left (after a deletion, R3.7). What the user or
 * the rules decided — link, candidates, visibility, refIds (replies to a deleted message still
 * belong here, R9.3) — is kept from `thread`. Undefined when no message is left.
 */
export function summarizeThread(thread: ThreadRow, facts: readonly MessageFacts[]): ThreadRow | undefined {
  const sorted = [...facts].sort((a, b) => a.message.date - b.message.date);
  const [first, ...rest] = sorted;
  if (!first) return undefined;
  const { id, ownerId, subjectKey, refIds, visibility } = thread;
  const started = startThread({ ...thread, id, ownerId, subjectKey, refIds, visibility }, first);
  return rest.reduce((t, f) => addToThread(t, f, []), started);
}

/** A patch from the rules (link-patches.ts): `undefined` means "remove the property". */
export function applyPatch<T extends object>(row: T, patch: Partial<T>): T {
  const next: T = { ...row };
  for (const [key, value] of Object.entries(patch) as Array<[keyof T, T[keyof T] | undefined]>) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  return next;
}

/** A thread with a patch applied and its index fields brought in line with its link. */
export function patchThread(thread: ThreadRow, patch: Partial<ThreadRow>): ThreadRow {
  const next = applyPatch(thread, patch);
  delete next.linkKey;
  return { ...next, ...linkFields(next.link) };
}
