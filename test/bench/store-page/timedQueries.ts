/**
 * The store's reads as the views make them, timed in the page around the store call (what a
 * view waits for). Keys rotate over the repetitions (deeper pages, other threads, people and
 * deals picked by popularity), so a repetition does not just re-read what the last one cached.
 */
import type { Counterparty } from '../corpus/counterparties';
import { SCALE_OWNER, popularity } from './scaleGenerator';
import type { CrmStore, InboxCursor } from '../../../renderer/src/store';
import { LANGUAGES, rareWord } from '../corpus/vocabulary';
import { type Random, pick, seededRandom, weightedIndex } from '../support/random';

export const QUERY_KINDS = ['inbox-first', 'inbox-next', 'inbox-counts', 'search-rare', 'search-common', 'search-typing', 'deal-threads', 'person-threads', 'person-threads-busiest'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export interface QueryTimes {
  durations: number[];
  /** rows each repetition returned, to show what was measured */
  rows: number[];
}

type Query = () => Promise<number>;

async function personId(store: CrmStore, address: string): Promise<string | undefined> {
  return (await store.db.persons.where('emails').equals(address).first())?.id;
}

/** One query per repetition, built before any timing starts. */
async function prepare(kind: QueryKind, store: CrmStore, people: readonly Counterparty[], deals: readonly { id: string }[], threads: number, reps: number, random: Random): Promise<Query[]> {
  const weights = popularity(people.length);
  switch (kind) {
    case 'inbox-first':
      return Array.from({ length: reps }, () => async () => (await store.queries.inboxPage()).threads.length);
    case 'inbox-next': {
      let cursor: InboxCursor | undefined = (await store.queries.inboxPage()).next;
      return Array.from({ length: reps }, () => async () => {
        const page = await store.queries.inboxPage({ after: cursor });
        cursor = page.next;
        return page.threads.length;
      });
    }
    case 'inbox-counts':
      // the filter bar's counts, asked again after every commit that touches a thread
      return Array.from({ length: reps }, () => async () => (await store.queries.inboxCounts()).all);
    case 'search-rare':
      return Array.from({ length: reps }, () => {
        const word = rareWord(Math.floor(random() * threads));
        return async () => (await store.queries.search({ query: `${word} ` })).length;
      });
    case 'search-common':
      return Array.from({ length: reps }, () => {
        const word = pick(random, pick(random, LANGUAGES).words);
        return async () => (await store.queries.search({ query: `${word} ` })).length;
      });
    case 'search-typing':
      // a common word, then the first letters of a customer's surname, still being typed
      return Array.from({ length: reps }, () => {
        const person = people[weightedIndex(random, weights)];
        const surname = person?.name.split(' ')[1] ?? 'roe';
        const word = pick(random, LANGUAGES.find((l) => l.code === person?.language)?.words ?? ['offer']);
        return async () => (await store.queries.search({ query: `${word} ${surname.slice(0, 3)}` })).length;
      });
    case 'deal-threads':
      return Array.from({ length: reps }, () => {
        const deal = deals[weightedIndex(random, popularity(deals.length))];
        return async () => (deal === undefined ? 0 : (await store.queries.threadsOfItem({ kind: 'deal', itemId: deal.id })).threads.length);
      });
    case 'person-threads':
    case 'person-threads-busiest': {
      const queries: Query[] = [];
      for (let i = 0; i < reps; i++) {
        const person = kind === 'person-threads' ? people[weightedIndex(random, weights)] : people[0];
        const id = person === undefined || person.address === SCALE_OWNER ? undefined : await personId(store, person.address);
        queries.push(async () => (id === undefined ? 0 : (await store.queries.threadsOfPerson(id)).threads.length));
      }
      return queries;
    }
  }
}

/** At least this many repetitions, however slow: fewer would not make a p95. */
const MIN_REPS = 10;

export async function timeQueries(
  kind: QueryKind,
  store: CrmStore,
  people: readonly Counterparty[],
  deals: readonly { id: string }[],
  threads: number,
  run: { reps: number; seed: number; budgetMs: number },
): Promise<QueryTimes> {
  const queries = await prepare(kind, store, people, deals, threads, run.reps + 3, seededRandom(run.seed));
  const durations: number[] = [];
  const rows: number[] = [];
  const started = performance.now();
  for (const [i, query] of queries.entries()) {
    const t = performance.now();
    const count = await query();
    // The first three warm the code paths (JIT), as a view that has been open a moment has.
    if (i < 3) continue;
    durations.push(performance.now() - t);
    rows.push(count);
    // A query of seconds is a finding already; its 50th repetition adds only minutes.
    if (durations.length >= MIN_REPS && performance.now() - started > run.budgetMs) break;
  }
  return { durations, rows };
}
