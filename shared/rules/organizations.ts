/**
 * R4.3 a person who belongs to an organization links the thread to that organization too.
 * Persons created from this message have one only when an organization lists their mail domain
 * (organizationDomains.ts); joining later brings their threads (store/items/personActions.ts).
 */
import type { Person } from '../domain/crm';

/** The distinct organization ids of `persons`, in their order. */
export function organizationsOf(persons: readonly Pick<Person, 'organizationId'>[]): string[] {
  const ids = persons.map((p) => p.organizationId).filter((id): id is string => id !== undefined && id !== '');
  return [...new Set(ids)];
}
