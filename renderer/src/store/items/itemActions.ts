/**
 * Deals, leads and projects: create (deals and leads get their item token, R1.3), edit, change
 * status, delete. A deal is deleted by status (it keeps its token, so mail to its old address is
 * recognized and ignored, R1.4); leads and projects have no such status and are removed, their
 * threads unlinked (not "unlinked by hand": the next message may link them elsewhere).
 */
import { Dexie } from 'dexie';
import type { z } from 'zod';
import { DealSchema, LeadSchema, ProjectSchema, type Deal, type ItemKind, type ItemRef, type Lead, type Project } from '../../../../shared/domain/crm';
import { newItemToken } from '../../../../shared/rules/itemAddress';
import { nameKeys } from '../../db/derivedFields';
import type { DealRow, ItemRow, LeadRow, ProjectRow } from '../../db/records';
import type { StoreContext } from '../context';
import { invalid, notFound } from '../errors';
import { getItemRow } from '../queries/access';
import { itemCreateBody, itemDeleteBody, itemEditBody, itemStatusBody } from '../replication/opBodies';
import { recordOps } from '../replication/record';
import { patchThread } from '../threads/threadRows';
import {
  DealPatchSchema,
  LeadPatchSchema,
  NewDealSchema,
  NewLeadSchema,
  NewProjectSchema,
  ProjectPatchSchema,
  STATUS_SCHEMAS,
  parseInput,
  type DealPatch,
  type LeadPatch,
  type NewDeal,
  type NewLead,
  type NewProject,
  type ProjectPatch,
} from './itemInputs';

/** 128 random bits per token, above the rule's 80-bit minimum. */
export const ITEM_TOKEN_BYTES = 16;

/**
 * The tables of a CRM action's transaction: the records, and what recording its operation may
 * touch (R8.3: settings hold the clock; a recorded change can show what waited for it, which
 * reads threads by their messages and may remove deleted mail).
 */
export function itemTables(ctx: StoreContext) {
  const { db } = ctx;
  return [
    db.deals,
    db.leads,
    db.projects,
    db.persons,
    db.organizations,
    db.threads,
    db.messages,
    db.wordIndex,
    db.wordQueue,
    db.wordPostings,
    db.sourceUids,
    db.tombstones,
    db.settings,
    db.replicaOps,
    db.replicaState,
    db.replicaWaiting,
  ];
}

export async function putItem(ctx: StoreContext, row: ItemRow): Promise<void> {
  switch (row.kind) {
    case 'deal':
      await ctx.db.deals.put(row);
      return;
    case 'lead':
      await ctx.db.leads.put(row);
      return;
    case 'project':
      await ctx.db.projects.put(row);
      return;
  }
}

/** A person or organization an item points at must exist. */
async function assertReferences(ctx: StoreContext, refs: { personId?: string | undefined; organizationId?: string | undefined }): Promise<void> {
  const [person, organization] = await Promise.all([
    refs.personId === undefined ? true : ctx.db.persons.get(refs.personId),
    refs.organizationId === undefined ? true : ctx.db.organizations.get(refs.organizationId),
  ]);
  if (!person) throw invalid(`no person ${refs.personId}`);
  if (!organization) throw invalid(`no organization ${refs.organizationId}`);
}

function stamp(ctx: StoreContext) {
  const now = ctx.clock();
  return { id: ctx.newId(), ownerId: ctx.viewer.userId, createdAt: now, updatedAt: now };
}

export async function createDeal(ctx: StoreContext, input: NewDeal): Promise<DealRow> {
  const fields = parseInput(NewDealSchema, input, 'deal');
  return ctx.db.transaction('rw', itemTables(ctx), async () => {
    await assertReferences(ctx, fields);
    const token = newItemToken('deal', ctx.randomBytes(ITEM_TOKEN_BYTES));
    const deal = DealSchema.parse({ ...fields, ...stamp(ctx), kind: 'deal', status: 'open', token });
    const row: DealRow = { ...deal, nameKeys: nameKeys(deal.title) };
    await ctx.db.deals.add(row);
    await recordOps(ctx, [itemCreateBody(row)]);
    return row;
  });
}

export async function createLead(ctx: StoreContext, input: NewLead): Promise<LeadRow> {
  const fields = parseInput(NewLeadSchema, input, 'lead');
  return ctx.db.transaction('rw', itemTables(ctx), async () => {
    await assertReferences(ctx, fields);
    const token = newItemToken('lead', ctx.randomBytes(ITEM_TOKEN_BYTES));
    const lead = LeadSchema.parse({ ...fields, ...stamp(ctx), kind: 'lead', status: 'open', token });
    const row: LeadRow = { ...lead, nameKeys: nameKeys(lead.title) };
    await ctx.db.leads.add(row);
    await recordOps(ctx, [itemCreateBody(row)]);
    return row;
  });
}

export async function createProject(ctx: StoreContext, input: NewProject): Promise<ProjectRow> {
  const fields = parseInput(NewProjectSchema, input, 'project');
  return ctx.db.transaction('rw', itemTables(ctx), async () => {
    await assertReferences(ctx, fields);
    const project = ProjectSchema.parse({ ...fields, ...stamp(ctx), kind: 'project', status: 'open' });
    const row: ProjectRow = { ...project, nameKeys: nameKeys(project.title) };
    await ctx.db.projects.add(row);
    await recordOps(ctx, [itemCreateBody(row)]);
    return row;
  });
}

export async function createItem(ctx: StoreContext, kind: ItemKind, input: NewLead): Promise<ItemRow> {
  switch (kind) {
    case 'deal':
      return createDeal(ctx, input);
    case 'lead':
      return createLead(ctx, input);
    case 'project':
      return createProject(ctx, input);
  }
}

const PATCH_SCHEMAS = { deal: DealPatchSchema, lead: LeadPatchSchema, project: ProjectPatchSchema };
const ROW_SCHEMAS: Record<ItemKind, z.ZodType<Deal | Lead | Project>> = { deal: DealSchema, lead: LeadSchema, project: ProjectSchema };

/** Edit the typed fields of an item; a field set to undefined is cleared. */
export async function updateItem(ctx: StoreContext, ref: ItemRef, patch: DealPatch | LeadPatch | ProjectPatch): Promise<ItemRow> {
  const fields = parseInput(PATCH_SCHEMAS[ref.kind], patch, ref.kind);
  return ctx.db.transaction('rw', itemTables(ctx), async () => {
    const item = await getItemRow(ctx.db, ref);
    if (!item) throw notFound(ref.kind, ref.itemId);
    await assertReferences(ctx, fields);
    const merged: Record<string, unknown> = { ...item, updatedAt: ctx.clock() };
    const editable = PATCH_SCHEMAS[ref.kind].shape;
    for (const key of Object.keys(patch)) {
      const value = (fields as Record<string, unknown>)[key];
      if (value !== undefined) merged[key] = value;
      else if (key in editable) delete merged[key];
    }
    const parsed = parseInput(ROW_SCHEMAS[ref.kind], merged, ref.kind);
    const row = { ...parsed, nameKeys: nameKeys(parsed.title) } as ItemRow;
    await putItem(ctx, row);
    await recordOps(ctx, [itemEditBody(item, row)]);
    return row;
  });
}

/** R4.5: won, lost, deleted, archived, converted, closed — or open again. */
export async function setItemStatus(ctx: StoreContext, ref: ItemRef, status: string): Promise<ItemRow> {
  const valid = parseInput(STATUS_SCHEMAS[ref.kind], status, `${ref.kind} status`);
  return ctx.db.transaction('rw', itemTables(ctx), async () => {
    const item = await getItemRow(ctx.db, ref);
    if (!item) throw notFound(ref.kind, ref.itemId);
    const row = { ...item, status: valid, updatedAt: ctx.clock() } as ItemRow;
    await putItem(ctx, row);
    await recordOps(ctx, [itemStatusBody(ref.kind, ref.itemId, valid)]);
    return row;
  });
}

/** Threads linked to a removed item lose the link (not "unlinked by hand"). */
export async function unlinkThreadsOf(ctx: StoreContext, ref: ItemRef): Promise<void> {
  const key = `${ref.kind}:${ref.itemId}`;
  const threads = await ctx.db.threads.where('[linkKey+lastDate]').between([key, Dexie.minKey], [key, Dexie.maxKey], true, true).toArray();
  await ctx.db.threads.bulkPut(threads.map((t) => patchThread(t, { link: undefined })));
}

export async function deleteItem(ctx: StoreContext, ref: ItemRef): Promise<void> {
  if (ref.kind === 'deal') return setItemStatus(ctx, ref, 'deleted').then(() => undefined);
  return ctx.db.transaction('rw', itemTables(ctx), async () => {
    const item = await getItemRow(ctx.db, ref);
    if (!item) throw notFound(ref.kind, ref.itemId);
    await unlinkThreadsOf(ctx, ref);
    await (ref.kind === 'lead' ? ctx.db.leads.delete(ref.itemId) : ctx.db.projects.delete(ref.itemId));
    await recordOps(ctx, [itemDeleteBody(ref.kind, ref.itemId)]);
  });
}
