/**
 * The thread's counterparties (R4.1) with the person each one is, if any: looked up by address,
 * live, so a person created from the panel shows at once.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Mailbox } from '../../../../shared/domain/mail';
import { useCrmStore } from '../../session/sessionContext';
import type { PersonRow, ThreadRow } from '../../db/records';

export interface ThreadPerson {
  mailbox: Mailbox;
  person: PersonRow | undefined;
}

/** at most this many counterparties are looked up and shown */
export const PEOPLE_SHOWN = 12;

export function usePeopleOfThread(thread: Pick<ThreadRow, 'counterparties' | 'participants'>): ThreadPerson[] | undefined {
  const store = useCrmStore();
  const addresses = thread.counterparties.slice(0, PEOPLE_SHOWN);
  const key = addresses.join('\n');
  const names = new Map(thread.participants.map((p) => [p.address, p]));
  return useLiveQuery(
    () =>
      Promise.all(
        addresses.map(async (address) => {
          const found = await store.queries.findPersons(address, 5);
          return { mailbox: names.get(address) ?? { address }, person: found.find((p) => p.emails.includes(address)) };
        }),
      ),
    // the addresses are the query; `names` only decorates it
    [store, key],
  );
}
