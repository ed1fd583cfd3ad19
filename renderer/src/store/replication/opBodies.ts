/**
 * R8.3 the operation bodies the store's actions record (operations.ts): rows and patches as the
 * shared format names them — keys instead of row ids, `null` for a cleared field.
 */
import type { ItemKind } from '../../../../shared/domain/crm';
import { itemKey } from '../../../../shared/rules/replication/keys';
import type { ItemFields, OpBody, OrganizationFields, PersonFields } from '../../../../shared/rules/replication/operations';
import type { ItemRow, OrganizationRow, PersonRow } from '../../db/records';
import { personKeyOf } from './localKeys';

const DEAL_FIELDS = ['value', 'currency', 'stage'] as const;

function refFields(row: { personId?: string | undefined; organizationId?: string | undefined }): Pick<ItemFields, 'personKey' | 'organizationKey'> {
  return {
    personKey: row.personId === undefined ? null : personKeyOf(row.personId),
    organizationKey: row.organizationId ?? null,
  };
}

export function itemCreateBody(row: ItemRow): OpBody {
  const fields: Partial<ItemFields> & Pick<ItemFields, 'title' | 'status'> = { title: row.title, status: row.status, ...refFields(row) };
  if (row.kind === 'deal') {
    fields.value = row.value ?? null;
    fields.currency = row.currency ?? null;
    fields.stage = row.stage ?? null;
  }
  const token = row.kind === 'project' ? {} : { token: row.token };
  return { kind: 'item.create', key: itemKey(row.kind, row.id), payload: { ownerId: row.ownerId, createdAt: row.createdAt, ...token, fields } };
}

/** The fields an edit changed, from the row before and after. */
export function itemEditBody(before: ItemRow, after: ItemRow): OpBody | undefined {
  const fields: Partial<Omit<ItemFields, 'status'>> = {};
  if (before.title !== after.title) fields.title = after.title;
  const [refsBefore, refsAfter] = [refFields(before), refFields(after)];
  if (refsBefore.personKey !== refsAfter.personKey) fields.personKey = refsAfter.personKey;
  if (refsBefore.organizationKey !== refsAfter.organizationKey) fields.organizationKey = refsAfter.organizationKey;
  if (before.kind === 'deal' && after.kind === 'deal') {
    for (const f of DEAL_FIELDS) if (before[f] !== after[f]) (fields as Record<string, unknown>)[f] = after[f] ?? null;
  }
  if (Object.keys(fields).length === 0) return undefined;
  return { kind: 'item.edit', key: itemKey(after.kind, after.id), payload: { fields } };
}

export function itemStatusBody(kind: ItemKind, id: string, status: string): OpBody {
  return { kind: 'item.status', key: itemKey(kind, id), payload: { status } };
}

export function itemDeleteBody(kind: ItemKind, id: string): OpBody {
  return { kind: 'item.delete', key: itemKey(kind, id), payload: {} };
}

function personFields(row: PersonRow): PersonFields {
  return { name: row.name, emails: row.emails, organizationKey: row.organizationId ?? null };
}

export function personCreateBody(row: PersonRow): OpBody {
  return { kind: 'person.create', key: personKeyOf(row.id), payload: { ownerId: row.ownerId, createdAt: row.createdAt, fields: personFields(row) } };
}

export function personEditBody(before: PersonRow, after: PersonRow): OpBody | undefined {
  const [a, b] = [personFields(before), personFields(after)];
  const fields: Partial<PersonFields> = {};
  if (a.name !== b.name) fields.name = b.name;
  if (JSON.stringify(a.emails) !== JSON.stringify(b.emails)) fields.emails = b.emails;
  if (a.organizationKey !== b.organizationKey) fields.organizationKey = b.organizationKey;
  if (Object.keys(fields).length === 0) return undefined;
  return { kind: 'person.edit', key: personKeyOf(after.id), payload: { fields } };
}

export function personDeleteBody(id: string): OpBody {
  return { kind: 'person.delete', key: personKeyOf(id), payload: {} };
}

export function organizationCreateBody(row: OrganizationRow): OpBody {
  return { kind: 'organization.create', key: row.id, payload: { ownerId: row.ownerId, createdAt: row.createdAt, fields: { name: row.name, ...(row.domains === undefined ? {} : { domains: row.domains }) } } };
}

/** Only the fields that changed: a rename must not overwrite domains another device edited meanwhile. */
export function organizationEditBody(before: OrganizationRow, after: OrganizationRow): OpBody | undefined {
  const fields: Partial<OrganizationFields> = {};
  if (before.name !== after.name) fields.name = after.name;
  if (JSON.stringify(before.domains ?? []) !== JSON.stringify(after.domains ?? [])) fields.domains = after.domains ?? [];
  if (Object.keys(fields).length === 0) return undefined;
  return { kind: 'organization.edit', key: after.id, payload: { fields } };
}

export function organizationDeleteBody(id: string): OpBody {
  return { kind: 'organization.delete', key: id, payload: {} };
}
