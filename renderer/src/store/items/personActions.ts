/**
 * Persons (several addresses, the first one primary) and organizations. Deleting one removes it
 * from the threads and items that named it; the mail itself stays.
 */
import { OrganizationSchema, PersonSchema } from '../../../../shared/domain/crm';
import { failure } from '../../../../shared/failures/failure';
import { normalizeAddress } from '../../../../shared/rules/emailAddress';
import { checkOrganizationDomain, domainsOfAddress, MAX_ORGANIZATION_DOMAINS, organizationForAddresses } from '../../../../shared/rules/organizationDomains';
import { nameKeys } from '../../db/derivedFields';
import type { ItemRow, OrganizationRow, PersonRow } from '../../db/records';
import type { StoreContext } from '../context';
import { invalid, notFound } from '../errors';
import { threadRowsOfOrganization, threadRowsOfPerson } from '../queries/threads';
import {
  organizationCreateBody,
  organizationDeleteBody,
  organizationEditBody,
  personCreateBody,
  personDeleteBody,
  personEditBody,
} from '../replication/opBodies';
import { recordOps } from '../replication/record';
import { itemTables, putItem } from './itemActions';
import { NewOrganizationSchema, NewPersonSchema, PersonPatchSchema, parseInput, type NewOrganization, type NewPerson, type PersonPatch } from './itemInputs';

function personRow(fields: Omit<PersonRow, 'nameKeys'>): PersonRow {
  const emails = [...new Set(fields.emails.map(normalizeAddress))];
  const person = parseInput(PersonSchema, { ...fields, emails }, 'person');
  return { ...person, nameKeys: nameKeys(person.name) };
}

async function assertOrganization(ctx: StoreContext, organizationId: string | undefined): Promise<void> {
  if (organizationId !== undefined && !(await ctx.db.organizations.get(organizationId))) {
    throw invalid(`no organization ${organizationId}`);
  }
}

/** R4.3 beyond: the organization listing a domain of these addresses, for a new person without one. */
export async function organizationByDomain(ctx: StoreContext, emails: readonly string[]): Promise<string | undefined> {
  const domains = [...new Set(emails.flatMap(domainsOfAddress))];
  if (domains.length === 0) return undefined;
  const listing = await ctx.db.organizations.where('domains').anyOf(domains).toArray();
  return organizationForAddresses(emails, listing);
}

export async function createPerson(ctx: StoreContext, input: NewPerson): Promise<PersonRow> {
  const fields = parseInput(NewPersonSchema, input, 'person');
  return ctx.db.transaction('rw', itemTables(ctx), async () => {
    await assertOrganization(ctx, fields.organizationId);
    const now = ctx.clock();
    const organizationId = fields.organizationId ?? (await organizationByDomain(ctx, fields.emails.map(normalizeAddress)));
    const row = personRow({
      ...fields,
      ...(organizationId === undefined ? {} : { organizationId }),
      id: ctx.newId(),
      ownerId: ctx.viewer.userId,
      createdAt: now,
      updatedAt: now,
    });
    await ctx.db.persons.add(row);
    await recordOps(ctx, [personCreateBody(row)]);
    return row;
  });
}

/** Edit name, addresses (first = primary) or organization; `organizationId: undefined` clears it. */
export async function updatePerson(ctx: StoreContext, id: string, patch: PersonPatch): Promise<PersonRow> {
  const fields = parseInput(PersonPatchSchema, patch, 'person');
  return ctx.db.transaction('rw', itemTables(ctx), async () => {
    const person = await ctx.db.persons.get(id);
    if (!person) throw notFound('person', id);
    await assertOrganization(ctx, fields.organizationId);
    const { nameKeys: _old, ...rest } = person;
    const next = { ...rest, ...fields, updatedAt: ctx.clock() };
    if ('organizationId' in patch && patch.organizationId === undefined) delete next.organizationId;
    const row = personRow(next);
    await ctx.db.persons.put(row);
    if (row.organizationId !== undefined && row.organizationId !== person.organizationId) await bringThreadsToOrganization(ctx, row.id, row.organizationId);
    await recordOps(ctx, [personEditBody(person, row)]);
    return row;
  });
}

/**
 * R4.3 beyond: a person joining an organization brings their existing threads to it (inside the
 * caller's transaction). Leaving one takes nothing away: those conversations were had with it.
 */
export async function bringThreadsToOrganization(ctx: StoreContext, personId: string, organizationId: string): Promise<void> {
  const threads = await threadRowsOfPerson(ctx.db, personId);
  const joining = threads.filter((t) => !t.organizationIds.includes(organizationId));
  await ctx.db.threads.bulkPut(joining.map((t) => ({ ...t, organizationIds: [...t.organizationIds, organizationId] })));
}

export async function deletePerson(ctx: StoreContext, id: string): Promise<void> {
  return ctx.db.transaction('rw', itemTables(ctx), async () => {
    if (!(await ctx.db.persons.get(id))) throw notFound('person', id);
    await removePersonRow(ctx, id);
    await recordOps(ctx, [personDeleteBody(id)]);
  });
}

/** The person leaves the threads and items that named it, then goes (inside the caller's transaction). */
export async function removePersonRow(ctx: StoreContext, id: string): Promise<void> {
  const [threads, ...itemLists] = await Promise.all([
    threadRowsOfPerson(ctx.db, id),
    ctx.db.deals.where('personId').equals(id).toArray(),
    ctx.db.leads.where('personId').equals(id).toArray(),
    ctx.db.projects.where('personId').equals(id).toArray(),
  ]);
  await ctx.db.threads.bulkPut(threads.map((t) => ({ ...t, personIds: t.personIds.filter((p) => p !== id) })));
  for (const item of itemLists.flat() as ItemRow[]) {
    const { personId: _gone, ...rest } = item;
    await putItem(ctx, rest as ItemRow);
  }
  await ctx.db.persons.delete(id);
}

export async function createOrganization(ctx: StoreContext, input: NewOrganization): Promise<OrganizationRow> {
  const fields = parseInput(NewOrganizationSchema, input, 'organization');
  return ctx.db.transaction('rw', itemTables(ctx), async () => {
    const now = ctx.clock();
    const domains = checkedDomains(fields.domains ?? []);
    const organization = OrganizationSchema.parse({ name: fields.name, ...(domains.length > 0 ? { domains } : {}), id: ctx.newId(), ownerId: ctx.viewer.userId, createdAt: now, updatedAt: now });
    const row: OrganizationRow = { ...organization, nameKeys: nameKeys(organization.name) };
    await ctx.db.organizations.add(row);
    await recordOps(ctx, [organizationCreateBody(row)]);
    return row;
  });
}

export async function renameOrganization(ctx: StoreContext, id: string, input: NewOrganization): Promise<OrganizationRow> {
  const fields = parseInput(NewOrganizationSchema, input, 'organization');
  return ctx.db.transaction('rw', itemTables(ctx), async () => {
    const organization = await ctx.db.organizations.get(id);
    if (!organization) throw notFound('organization', id);
    const row: OrganizationRow = { ...organization, name: fields.name, nameKeys: nameKeys(fields.name), updatedAt: ctx.clock() };
    await ctx.db.organizations.put(row);
    await recordOps(ctx, [organizationEditBody(organization, row)]);
    return row;
  });
}

/** The domains as listed, each checked (R4.3 beyond): a free-mail or malformed domain is refused. */
function checkedDomains(typed: readonly string[]): string[] {
  const domains: string[] = [];
  for (const entry of typed) {
    const check = checkOrganizationDomain(entry);
    if (!check.ok) throw failure(check.reason === 'free-mail' ? 'free-mail-domain' : 'domain-invalid', `domain not listable: ${check.reason}`, { domain: entry });
    if (!domains.includes(check.domain)) domains.push(check.domain);
  }
  if (domains.length > MAX_ORGANIZATION_DOMAINS) throw invalid('too many domains');
  return domains;
}

/** R4.3 beyond: the mail domains whose new persons join the organization. */
export async function setOrganizationDomains(ctx: StoreContext, id: string, typed: readonly string[]): Promise<OrganizationRow> {
  const domains = checkedDomains(typed);
  return ctx.db.transaction('rw', itemTables(ctx), async () => {
    const organization = await ctx.db.organizations.get(id);
    if (!organization) throw notFound('organization', id);
    // no domains → no field, as organizations made before domains existed (rows compare equal across devices)
    const { domains: _old, ...rest } = organization;
    const row: OrganizationRow = { ...rest, ...(domains.length > 0 ? { domains } : {}), updatedAt: ctx.clock() };
    await ctx.db.organizations.put(row);
    await recordOps(ctx, [organizationEditBody(organization, row)]);
    return row;
  });
}

export async function deleteOrganization(ctx: StoreContext, id: string): Promise<void> {
  return ctx.db.transaction('rw', itemTables(ctx), async () => {
    if (!(await ctx.db.organizations.get(id))) throw notFound('organization', id);
    await removeOrganizationRow(ctx, id);
    await recordOps(ctx, [organizationDeleteBody(id)]);
  });
}

/** The organization leaves threads, persons and items, then goes (inside the caller's transaction). */
export async function removeOrganizationRow(ctx: StoreContext, id: string): Promise<void> {
  const [threads, persons, ...itemLists] = await Promise.all([
    threadRowsOfOrganization(ctx.db, id),
    ctx.db.persons.where('organizationId').equals(id).toArray(),
    ctx.db.deals.where('organizationId').equals(id).toArray(),
    ctx.db.leads.where('organizationId').equals(id).toArray(),
    ctx.db.projects.where('organizationId').equals(id).toArray(),
  ]);
  await ctx.db.threads.bulkPut(threads.map((t) => ({ ...t, organizationIds: t.organizationIds.filter((o) => o !== id) })));
  await ctx.db.persons.bulkPut(
    persons.map((p) => {
      const { organizationId: _gone, ...rest } = p;
      return rest;
    }),
  );
  for (const item of itemLists.flat() as ItemRow[]) {
    const { organizationId: _gone, ...rest } = item;
    await putItem(ctx, rest as ItemRow);
  }
  await ctx.db.organizations.delete(id);
}
