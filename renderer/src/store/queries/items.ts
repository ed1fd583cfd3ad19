/** Items, persons and organizations by id and by list, for the detail and list views. */
import type { ItemKind, ItemRef } from '../../../../shared/domain/crm';
import { itemVisibleTo, type Viewer } from '../../../../shared/rules/permissions';
import type { BlindcopyDb } from '../../db/database';
import type { ItemRow, OrganizationRow, PersonRow } from '../../db/records';
import { getItemRow } from './access';

export async function getItem(db: BlindcopyDb, viewer: Viewer, ref: ItemRef): Promise<ItemRow | undefined> {
  const item = await getItemRow(db, ref);
  return itemVisibleTo(viewer, item) ? item : undefined;
}

export interface ListItemsOptions {
  /** e.g. 'open'; every status when absent */
  status?: string;
}

/** Newest first. */
export async function listItems(db: BlindcopyDb, viewer: Viewer, kind: ItemKind, options: ListItemsOptions = {}): Promise<ItemRow[]> {
  const table = { deal: db.deals, lead: db.leads, project: db.projects }[kind];
  const rows: ItemRow[] = options.status === undefined ? await table.toArray() : await table.where('status').equals(options.status).toArray();
  return rows.filter((item) => itemVisibleTo(viewer, item)).sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1));
}

/** The deals, leads and projects of a person (its detail view). */
export async function itemsOfPerson(db: BlindcopyDb, viewer: Viewer, personId: string): Promise<ItemRow[]> {
  const lists: ItemRow[][] = await Promise.all([
    db.deals.where('personId').equals(personId).toArray(),
    db.leads.where('personId').equals(personId).toArray(),
    db.projects.where('personId').equals(personId).toArray(),
  ]);
  return lists.flat().filter((item) => itemVisibleTo(viewer, item));
}

export async function getPerson(db: BlindcopyDb, id: string): Promise<PersonRow | undefined> {
  return db.persons.get(id);
}

export async function personsOfOrganization(db: BlindcopyDb, organizationId: string): Promise<PersonRow[]> {
  return db.persons.where('organizationId').equals(organizationId).toArray();
}

export async function getOrganization(db: BlindcopyDb, id: string): Promise<OrganizationRow | undefined> {
  return db.organizations.get(id);
}
