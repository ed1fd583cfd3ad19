/**
 * R4.3 a person who belongs to an organization links the thread to that organization too.
 * Persons created from this message have none yet, so only linked persons contribute.
 */
import type { Person } from '../domain/crm';

/** The distinct organization ids of `persons`, in their order. */
export function organizationsOf(persons: readonly Pick<Person, 'organizationId'>[]): string[] {
  const ids = persons.map((p) => p.organizationId).filter((id): id is string => id !== undefined && id !== '');
  return [...new Set(ids)];
}
