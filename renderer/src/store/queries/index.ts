/**
 * Every read the views need, as plain async functions of (db, viewer, …) that use nothing but
 * Dexie: wrap any of them in `liveQuery(() => …)` or `useLiveQuery(() => …, [deps])` and the view
 * follows the database. `crmQueries` binds them to one database and viewer.
 */
import type { ItemKind, ItemRef } from '../../../../shared/domain/crm';
import type { Viewer } from '../../../../shared/rules/permissions';
import type { BlindcopyDb } from '../../db/database';
import { inboxCounts, inboxPage, type InboxPageRequest } from './inbox';
import { getItem, getOrganization, getPerson, itemsOfPerson, listItems, personsOfOrganization, type ListItemsOptions } from './items';
import { findItems, findOrganizations, findPersons, type FindItemsOptions } from './names';
import { acceptedForRecapture, rejectedCount, rejectedList, sourceCheckpoint } from './rejected';
import { searchThreads, type SearchRequest } from './search';
import { earlierThreadsFor, getThread, messagesOfThread, threadsOfItem, threadsOfOrganization, threadsOfPerson, type ThreadPageRequest } from './threads';

export * from './inbox';
export * from './items';
export * from './names';
export * from './rejected';
export * from './search';
export * from './threads';

export function crmQueries(db: BlindcopyDb, viewer: Viewer) {
  return {
    inboxPage: (request?: InboxPageRequest) => inboxPage(db, viewer, request),
    inboxCounts: () => inboxCounts(db, viewer),
    search: (request: SearchRequest) => searchThreads(db, viewer, request),
    thread: (threadId: string) => getThread(db, viewer, threadId),
    messagesOfThread: (threadId: string) => messagesOfThread(db, viewer, threadId),
    threadsOfItem: (item: ItemRef, request?: ThreadPageRequest) => threadsOfItem(db, viewer, item, request),
    threadsOfPerson: (personId: string, request?: ThreadPageRequest) => threadsOfPerson(db, viewer, personId, request),
    threadsOfOrganization: (organizationId: string, request?: ThreadPageRequest) => threadsOfOrganization(db, viewer, organizationId, request),
    earlierThreadsFor: (item: ItemRef, now: number) => earlierThreadsFor(db, viewer, item, now),
    item: (ref: ItemRef) => getItem(db, viewer, ref),
    items: (kind: ItemKind, options?: ListItemsOptions) => listItems(db, viewer, kind, options),
    itemsOfPerson: (personId: string) => itemsOfPerson(db, viewer, personId),
    person: (id: string) => getPerson(db, id),
    personsOfOrganization: (organizationId: string) => personsOfOrganization(db, organizationId),
    organization: (id: string) => getOrganization(db, id),
    findPersons: (prefix: string, limit?: number) => findPersons(db, prefix, limit),
    findOrganizations: (prefix: string, limit?: number) => findOrganizations(db, prefix, limit),
    findItems: (prefix: string, options?: FindItemsOptions) => findItems(db, viewer, prefix, options),
    rejected: (limit?: number) => rejectedList(db, limit),
    rejectedCount: () => rejectedCount(db),
    acceptedForRecapture: (sourceId?: string) => acceptedForRecapture(db, sourceId),
    checkpoint: (sourceId: string) => sourceCheckpoint(db, sourceId),
  };
}
export type CrmQueries = ReturnType<typeof crmQueries>;
