/**
 * "Find by name" for the link panel and pickers (R4.10): persons, organizations and items whose
 * name — or any word of it — starts with what was typed, case- and accent-insensitive, through
 * the multi-entry `nameKeys` index. Persons are found by the start of an address too.
 */
import type { Table } from 'dexie';
import type { ItemKind } from '../../../../shared/domain/crm';
import { itemVisibleTo, type Viewer } from '../../../../shared/rules/permissions';
import type { BlindcopyDb } from '../../db/database';
import { foldText } from '../../db/derivedFields';
import type { ItemRow, OrganizationRow, PersonRow } from '../../db/records';

const DEFAULT_LIMIT = 20;

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byName = (a: { id: string; name: string }, b: { id: string; name: string }) => a.name.localeCompare(b.name) || byId(a, b);

export async function findPersons(db: BlindcopyDb, prefix: string, limit = DEFAULT_LIMIT): Promise<PersonRow[]> {
  const key = foldText(prefix);
  const [byNameKey, byEmail] = await Promise.all([
    db.persons.where('nameKeys').startsWith(key).distinct().limit(limit).toArray(),
    key.includes(' ') ? [] : db.persons.where('emails').startsWith(key.toLowerCase()).distinct().limit(limit).toArray(),
  ]);
  const found = new Map([...byNameKey, ...byEmail].map((p) => [p.id, p]));
  return [...found.values()].sort(byName).slice(0, limit);
}

export async function findOrganizations(db: BlindcopyDb, prefix: string, limit = DEFAULT_LIMIT): Promise<OrganizationRow[]> {
  const rows = await db.organizations.where('nameKeys').startsWith(foldText(prefix)).distinct().limit(limit).toArray();
  return rows.sort(byName);
}

export interface FindItemsOptions {
  kinds?: readonly ItemKind[];
  /** only open items (R4.5 wording), e.g. for suggestions */
  openOnly?: boolean;
  limit?: number;
}

export async function findItems(db: BlindcopyDb, viewer: Viewer, prefix: string, options: FindItemsOptions = {}): Promise<ItemRow[]> {
  const key = foldText(prefix);
  const kinds = options.kinds ?? ['deal', 'lead', 'project'];
  const limit = options.limit ?? DEFAULT_LIMIT;
  // Read-only use: seen as tables of ItemRow, so the chain below type-checks once.
  const tables = { deal: db.deals, lead: db.leads, project: db.projects } as unknown as Record<ItemKind, Table<ItemRow, string>>;
  const lists: ItemRow[][] = await Promise.all(
    kinds.map((kind) =>
      tables[kind]
        .where('nameKeys')
        .startsWith(key)
        .distinct()
        .filter((item: ItemRow) => (!options.openOnly || item.status === 'open') && itemVisibleTo(viewer, item))
        .limit(limit)
        .toArray(),
    ),
  );
  return lists
    .flat()
    .sort((a, b) => a.title.localeCompare(b.title) || byId(a, b))
    .slice(0, limit);
}
