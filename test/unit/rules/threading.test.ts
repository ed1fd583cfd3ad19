import { describe, expect, it } from 'vitest';
import { normalizeSubject } from '../../../shared/rules/subject';
import {
  assignThread,
  SUBJECT_THREAD_WINDOW_MS,
  threadLookup,
  type ThreadAssignment,
  type ThreadCandidate,
  type ThreadingMessage,
} from '../../../shared/rules/threading';
import { DAY, T0 } from './builders';

const OWNER = 'u-sam';

function message(overrides: Partial<ThreadingMessage> & { subject?: string } = {}): ThreadingMessage {
  const { subject = 'Offer', ...rest } = overrides;
  return {
    ownerId: OWNER,
    messageId: 'm@x',
    references: [],
    subjectKey: normalizeSubject(subject),
    date: T0,
    counterparties: ['jane@customer.com'],
    ...rest,
  };
}

function candidate(overrides: Partial<ThreadCandidate> = {}): ThreadCandidate {
  return {
    id: 't1',
    ownerId: OWNER,
    subjectKey: 'offer',
    counterparties: ['jane@customer.com'],
    firstDate: T0 - 2 * DAY,
    lastDate: T0 - DAY,
    refIds: ['a@x'],
    ...overrides,
  };
}

/**
 * A stand-in for the store: answers `threadLookup` the way the Dexie indexes would (refIds
 * anyOf, subjectKey + date range) and applies the assignments, so chains of messages can be
 * followed end to end.
 */
class Store {
  threads: ThreadCandidate[] = [];
  private next = 1;

  ingest(m: ThreadingMessage): ThreadAssignment {
    const lookup = threadLookup(m);
    const found = this.threads.filter(
      (t) =>
        t.refIds.some((id) => lookup.refIds.includes(id)) ||
        (lookup.subject !== undefined &&
          t.subjectKey === lookup.subject.subjectKey &&
          t.lastDate >= lookup.subject.since &&
          t.firstDate <= lookup.subject.until),
    );
    const result = assignThread(m, found);
    if (result.kind === 'new') {
      this.threads.push({
        id: `t${this.next++}`,
        ownerId: m.ownerId,
        subjectKey: m.subjectKey,
        counterparties: [...m.counterparties],
        firstDate: m.date,
        lastDate: m.date,
        refIds: result.refIds,
      });
    } else {
      const t = this.threads.find((x) => x.id === result.threadId);
      if (!t) throw new Error('joined a thread the store does not have');
      t.refIds.push(...result.addRefIds);
      t.firstDate = Math.min(t.firstDate, m.date);
      t.lastDate = Math.max(t.lastDate, m.date);
      t.counterparties = [...new Set([...t.counterparties, ...m.counterparties])];
    }
    return result;
  }
}

describe('R9.1 threading by Message-ID / In-Reply-To / References', () => {
  it('R9.1 a reply chain stays in one thread', () => {
    const store = new Store();
    expect(store.ingest(message({ messageId: 'a@x', date: T0 }))).toEqual({ kind: 'new', refIds: ['a@x'] });
    expect(
      store.ingest(message({ messageId: 'b@y', inReplyTo: 'a@x', references: ['a@x'], subject: 'Re: Offer', date: T0 + DAY })),
    ).toEqual({ kind: 'join', threadId: 't1', by: 'references', addRefIds: ['b@y'], alsoReferencedThreadIds: [] });
    expect(
      store.ingest(
        message({ messageId: 'c@x', inReplyTo: 'b@y', references: ['a@x', 'b@y'], subject: 'AW: Re: Offer', date: T0 + 2 * DAY }),
      ),
    ).toEqual({ kind: 'join', threadId: 't1', by: 'references', addRefIds: ['c@x'], alsoReferencedThreadIds: [] });
    expect(store.threads).toHaveLength(1);
    expect(store.threads[0]?.refIds).toEqual(['a@x', 'b@y', 'c@x']);
  });

  it('R9.1 a reply joins even when its subject was changed', () => {
    const result = assignThread(message({ messageId: 'b@y', inReplyTo: 'a@x', references: ['a@x'], subject: 'New topic' }), [
      candidate(),
    ]);
    expect(result).toEqual({ kind: 'join', threadId: 't1', by: 'references', addRefIds: ['b@y'], alsoReferencedThreadIds: [] });
  });

  it('R9.1 only In-Reply-To, no References, is enough', () => {
    const result = assignThread(message({ messageId: 'b@y', inReplyTo: '<a@x>', references: [] }), [candidate()]);
    expect(result).toEqual({ kind: 'join', threadId: 't1', by: 'references', addRefIds: ['b@y'], alsoReferencedThreadIds: [] });
  });

  it('R9.1 a reply that arrives before its parent: the parent later joins the reply\'s thread', () => {
    const store = new Store();
    // the customer's reply (forwarded) arrives first; it references the salesperson's mail
    expect(store.ingest(message({ messageId: 'b@y', inReplyTo: 'a@x', references: ['a@x'], subject: 'Re: Offer', date: T0 + DAY }))).toEqual({
      kind: 'new',
      refIds: ['b@y', 'a@x'],
    });
    // then the original, without references and with a different counterparty list
    expect(store.ingest(message({ messageId: 'a@x', date: T0, counterparties: ['other@else.com'] }))).toEqual({
      kind: 'join',
      threadId: 't1',
      by: 'references',
      addRefIds: [],
      alsoReferencedThreadIds: [],
    });
    expect(store.threads).toHaveLength(1);
    expect(store.threads[0]?.firstDate).toBe(T0);
  });

  it('R9.1 siblings whose common parent was never captured share a thread', () => {
    const store = new Store();
    store.ingest(message({ messageId: 'b@y', inReplyTo: 'a@x', references: ['a@x'] }));
    expect(store.ingest(message({ messageId: 'c@z', inReplyTo: 'a@x', references: ['a@x'] }))).toEqual({
      kind: 'join',
      threadId: 't1',
      by: 'references',
      addRefIds: ['c@z'],
      alsoReferencedThreadIds: [],
    });
  });

  it('R9.3 a message referencing two threads joins the oldest; the threads are not merged', () => {
    const older = candidate({ id: 't-old', firstDate: T0 - 10 * DAY, refIds: ['a@x'] });
    const newer = candidate({ id: 't-new', firstDate: T0 - 3 * DAY, refIds: ['z@x'] });
    const result = assignThread(message({ messageId: 'm@x', references: ['z@x', 'a@x'] }), [newer, older]);
    expect(result).toEqual({
      kind: 'join',
      threadId: 't-old',
      by: 'references',
      addRefIds: ['m@x', 'z@x'],
      alsoReferencedThreadIds: ['t-new'],
    });
  });

  it('R9.3 references join however old the thread is (no 30-day limit)', () => {
    const old = candidate({ firstDate: T0 - 400 * DAY, lastDate: T0 - 300 * DAY });
    expect(assignThread(message({ messageId: 'b@y', references: ['a@x'] }), [old])).toMatchObject({ kind: 'join', by: 'references' });
  });

  it('R9.1 references do not fall back to the subject: unknown references start a new thread', () => {
    const result = assignThread(message({ messageId: 'b@y', inReplyTo: 'unknown@x', references: ['unknown@x'], subject: 'Re: Offer' }), [
      candidate({ refIds: ['a@x'] }),
    ]);
    expect(result).toEqual({ kind: 'new', refIds: ['b@y', 'unknown@x'] });
  });

  it('R9.1 a thread of another owner is never joined', () => {
    const result = assignThread(message({ messageId: 'b@y', references: ['a@x'] }), [candidate({ ownerId: 'u-other' })]);
    expect(result).toEqual({ kind: 'new', refIds: ['b@y', 'a@x'] });
  });
});

describe('R9.2 threading by subject when there are no references', () => {
  it.each([
    ['de', 'AW: WG: Angebot', 'angebot'],
    ['sv', 'SV: Re: offert', 'offert'],
    ['it', 'R: I: preventivo', 'preventivo'],
    ['pl', 'Odp: Re: oferta', 'oferta'],
    ['fi', 'VS: Re: tarjous', 'tarjous'],
    ['fr', 'TR: Re: devis', 'devis'],
    ['nl', 'Antw: offerte', 'offerte'],
    ['en numbered', 'RE[2]: quote', 'quote'],
  ])('R9.2 (%s) "%s" joins the recent thread "%s" with the same counterparty', (_lang, subject, key) => {
    const result = assignThread(message({ messageId: 'n@y', subject, date: T0 }), [
      candidate({ id: 't-match', subjectKey: key, refIds: ['a@x'], lastDate: T0 - 5 * DAY }),
      candidate({ id: 't-other', subjectKey: 'something else', refIds: ['q@x'] }),
    ]);
    expect(result).toEqual({ kind: 'join', threadId: 't-match', by: 'subject', addRefIds: ['n@y'], alsoReferencedThreadIds: [] });
  });

  it('R9.2 a subject match does NOT join when no counterparty overlaps', () => {
    const result = assignThread(message({ messageId: 'n@y', subject: 'AW: Offer', counterparties: ['bob@elsewhere.com'] }), [candidate()]);
    expect(result).toEqual({ kind: 'new', refIds: ['n@y'] });
  });

  it('R9.2 a subject match does NOT join a thread whose last message is older than 30 days', () => {
    const stale = candidate({ firstDate: T0 - 40 * DAY, lastDate: T0 - 30 * DAY - 1 });
    expect(assignThread(message({ messageId: 'n@y', subject: 'Re: Offer' }), [stale])).toEqual({ kind: 'new', refIds: ['n@y'] });
  });

  it('R9.2 exactly 30 days after the last message still joins', () => {
    const edge = candidate({ firstDate: T0 - 40 * DAY, lastDate: T0 - SUBJECT_THREAD_WINDOW_MS });
    expect(assignThread(message({ messageId: 'n@y', subject: 'Re: Offer' }), [edge])).toMatchObject({ kind: 'join', by: 'subject' });
  });

  it('R9.2 a late-synced message older than the thread joins when within 30 days of its first message', () => {
    const later = candidate({ firstDate: T0 + 10 * DAY, lastDate: T0 + 20 * DAY });
    expect(assignThread(message({ messageId: 'n@y', subject: 'Offer' }), [later])).toMatchObject({ kind: 'join', by: 'subject' });
    const muchLater = candidate({ firstDate: T0 + 31 * DAY, lastDate: T0 + 40 * DAY });
    expect(assignThread(message({ messageId: 'n@y', subject: 'Offer' }), [muchLater])).toEqual({ kind: 'new', refIds: ['n@y'] });
  });

  it('R9.2 "Re-design plan" is not a reply to "design plan"', () => {
    const m = message({ messageId: 'n@y', subject: 'Re-design plan' });
    expect(m.subjectKey).toBe('re-design plan');
    expect(assignThread(m, [candidate({ subjectKey: 'design plan' })])).toEqual({ kind: 'new', refIds: ['n@y'] });
  });

  it('R9.2 an empty subject never joins by subject', () => {
    const result = assignThread(message({ messageId: 'n@y', subject: 'Re:' }), [candidate({ subjectKey: '' })]);
    expect(result).toEqual({ kind: 'new', refIds: ['n@y'] });
  });

  it('R9.2 counterparties compare case-insensitively', () => {
    const result = assignThread(message({ messageId: 'n@y', counterparties: ['Jane@Customer.com'] }), [candidate()]);
    expect(result).toMatchObject({ kind: 'join', threadId: 't1', by: 'subject' });
  });

  it('R9.2 of several matching threads, the one closest in time wins', () => {
    const result = assignThread(message({ messageId: 'n@y', date: T0 }), [
      candidate({ id: 't-far', firstDate: T0 - 25 * DAY, lastDate: T0 - 20 * DAY, refIds: ['f@x'] }),
      candidate({ id: 't-near', firstDate: T0 - 9 * DAY, lastDate: T0 - 2 * DAY, refIds: ['n@x'] }),
    ]);
    expect(result).toMatchObject({ kind: 'join', threadId: 't-near', by: 'subject' });
  });

  it('R9.2 end to end: a forwarded reply without headers joins the sent offer', () => {
    const store = new Store();
    store.ingest(message({ messageId: 'a@x', subject: 'Angebot Q3', date: T0 }));
    expect(store.ingest(message({ messageId: 'fwd@x', subject: 'WG: AW: Angebot Q3', date: T0 + 3 * DAY }))).toMatchObject({
      kind: 'join',
      threadId: 't1',
      by: 'subject',
    });
    // and a later reply that references the forwarded copy finds the same thread by id
    expect(store.ingest(message({ messageId: 'c@x', references: ['fwd@x'], subject: 'Re: Angebot Q3', date: T0 + 4 * DAY }))).toMatchObject({
      kind: 'join',
      threadId: 't1',
      by: 'references',
    });
  });
});

describe('threadLookup tells the store what to query', () => {
  it('R9.1 ids to look up in refIds; no subject query when the message has references', () => {
    expect(threadLookup(message({ messageId: '<b@y>', inReplyTo: '<a@x>', references: ['<z@x>', '<a@x>'] }))).toEqual({
      refIds: ['b@y', 'a@x', 'z@x'],
    });
  });

  it('R9.2 a subject query over 30 days either side when there are none', () => {
    expect(threadLookup(message({ messageId: 'b@y', subject: 'SV: Offer' }))).toEqual({
      refIds: ['b@y'],
      subject: { subjectKey: 'offer', since: T0 - SUBJECT_THREAD_WINDOW_MS, until: T0 + SUBJECT_THREAD_WINDOW_MS },
    });
  });
});
