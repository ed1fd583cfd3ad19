/** Who a conversation is with, for a list row: its counterparties' names (else everyone in it). */
import type { ThreadRow } from '../../db/records';

const SHOWN = 3;

export function threadPeople(thread: Pick<ThreadRow, 'participants' | 'counterparties'>): { names: string[]; more: number } {
  const others = thread.participants.filter((p) => thread.counterparties.includes(p.address));
  const people = others.length > 0 ? others : thread.participants;
  const names = [...new Set(people.map((p) => p.name?.trim() || p.address))];
  return { names: names.slice(0, SHOWN), more: Math.max(0, names.length - SHOWN) };
}
