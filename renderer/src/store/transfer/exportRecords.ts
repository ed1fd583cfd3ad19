/**
 * Export (issue 22): deals, leads, projects, persons and organizations as tables of text, with
 * their linked conversations, for the CSV and vCard writers (exportFiles.ts).
 *
 * One row per record, and its conversations in that row: a count, the last date (to sort by),
 * and one cell listing them newest first, one "2026-03-01 — Subject" per line. A spreadsheet user
 * gets a list of records that sorts and filters as such, and reads a record's conversations in
 * its cell (spreadsheets show the line breaks of a quoted cell); one row per conversation would
 * repeat every record and break counting, and a second file would need a lookup to read.
 * Lines, not "; ", because subjects often hold semicolons but never line breaks (a header is
 * unfolded). Only conversations the user may see are listed (R5.1, the queries' rule).
 */
import { itemAddress } from '../../../../shared/rules/itemAddress';
import type { ItemKind } from '../../../../shared/domain/crm';
import type { ItemRow, OrganizationRow, PersonRow, ThreadRow } from '../../db/records';
import type { StoreContext } from '../context';
import { byNewest, visibleThreads } from '../queries/access';
import { listItems } from '../queries/items';
import { getAllSettings } from '../settings';

export const EXPORT_KINDS = ['deals', 'leads', 'projects', 'persons', 'organizations'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export interface ExportTable {
  headers: string[];
  rows: string[][];
}

/** A cell holds at most this many conversations: spreadsheets cut a cell at 32,767 characters. */
export const MAX_LISTED_CONVERSATIONS = 100;

/** The local calendar day, as spreadsheets read it: 2026-03-01. */
export function isoDay(epochMs: number): string {
  const d = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export interface Conversation {
  date: number;
  subject: string;
}

/** "2026-03-01 — Subject" per line, newest first; the rest counted on a last line. */
export function conversationLines(conversations: readonly Conversation[]): string {
  const listed = conversations.slice(0, MAX_LISTED_CONVERSATIONS).map((c) => `${isoDay(c.date)} — ${c.subject.replace(/\s+/gu, ' ').trim()}`);
  const more = conversations.length - listed.length;
  return [...listed, ...(more > 0 ? [`… +${more}`] : [])].join('\n');
}

const CONVERSATION_HEADERS = ['Conversations', 'Last conversation', 'Conversation subjects'];

function conversationCells(threads: readonly Conversation[] | undefined): string[] {
  const list = threads ?? [];
  return [String(list.length), list[0] ? isoDay(list[0].date) : '', conversationLines(list)];
}

/** Every visible thread, newest first, grouped by the person, organization and item it is linked to. */
interface ThreadIndex {
  byPerson: Map<string, Conversation[]>;
  byOrganization: Map<string, Conversation[]>;
  byItem: Map<string, Conversation[]>;
}

async function threadIndex(ctx: StoreContext): Promise<ThreadIndex> {
  const threads: ThreadRow[] = (await visibleThreads(ctx.db, ctx.viewer, await ctx.db.threads.toArray())).sort(byNewest);
  const index: ThreadIndex = { byPerson: new Map(), byOrganization: new Map(), byItem: new Map() };
  const add = (map: Map<string, Conversation[]>, key: string, thread: ThreadRow) => {
    const list = map.get(key) ?? [];
    list.push({ date: thread.lastDate, subject: thread.subject });
    map.set(key, list);
  };
  for (const thread of threads) {
    for (const id of new Set(thread.personIds)) add(index.byPerson, id, thread);
    for (const id of new Set(thread.organizationIds)) add(index.byOrganization, id, thread);
    if (thread.link) add(index.byItem, `${thread.link.kind}:${thread.link.itemId}`, thread);
  }
  return index;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

function personTable(persons: readonly PersonRow[], organizations: Map<string, OrganizationRow>, index: ThreadIndex): ExportTable {
  return {
    headers: ['Name', 'Email', 'Other emails', 'Organization', 'Created', ...CONVERSATION_HEADERS],
    rows: [...persons].sort(byName).map((p) => [
      p.name,
      p.emails[0] ?? '',
      p.emails.slice(1).join('; '),
      (p.organizationId && organizations.get(p.organizationId)?.name) || '',
      isoDay(p.createdAt),
      ...conversationCells(index.byPerson.get(p.id)),
    ]),
  };
}

function organizationTable(organizations: readonly OrganizationRow[], persons: readonly PersonRow[], index: ThreadIndex): ExportTable {
  const members = new Map<string, number>();
  for (const p of persons) if (p.organizationId) members.set(p.organizationId, (members.get(p.organizationId) ?? 0) + 1);
  return {
    headers: ['Organization', 'Persons', 'Created', ...CONVERSATION_HEADERS],
    rows: [...organizations].sort(byName).map((o) => [o.name, String(members.get(o.id) ?? 0), isoDay(o.createdAt), ...conversationCells(index.byOrganization.get(o.id))]),
  };
}

const KIND_OF: Record<'deals' | 'leads' | 'projects', ItemKind> = { deals: 'deal', leads: 'lead', projects: 'project' };

async function itemTable(ctx: StoreContext, kind: 'deals' | 'leads' | 'projects', persons: Map<string, PersonRow>, organizations: Map<string, OrganizationRow>, index: ThreadIndex): Promise<ExportTable> {
  const [items, settings] = await Promise.all([listItems(ctx.db, ctx.viewer, KIND_OF[kind]), getAllSettings(ctx.db)]);
  const dropbox = settings.companyBcc?.address;
  const addressOf = (item: ItemRow) => ('token' in item && dropbox ? itemAddress(dropbox, item.token, settings.delimiter) : '');
  const money = (item: ItemRow) => (item.kind === 'deal' ? [item.value === undefined ? '' : String(item.value), item.currency ?? '', item.stage ?? ''] : []);
  const common = (item: ItemRow) => {
    const person = item.personId ? persons.get(item.personId) : undefined;
    return [item.title, item.status, ...money(item), person?.name ?? '', person?.emails[0] ?? '', (item.organizationId && organizations.get(item.organizationId)?.name) || ''];
  };
  return {
    headers: [
      'Title',
      'Status',
      ...(kind === 'deals' ? ['Value', 'Currency', 'Stage'] : []),
      'Person',
      'Person email',
      'Organization',
      ...(kind === 'projects' ? [] : ['Address']),
      'Created',
      ...CONVERSATION_HEADERS,
    ],
    rows: items.map((item) => [
      ...common(item),
      ...(kind === 'projects' ? [] : [addressOf(item)]),
      isoDay(item.createdAt),
      ...conversationCells(index.byItem.get(`${item.kind}:${item.id}`)),
    ]),
  };
}

/** One kind as a table, read in one transaction so its rows and conversations agree. */
export function exportTable(ctx: StoreContext, kind: ExportKind): Promise<ExportTable> {
  const { db } = ctx;
  return db.transaction('r', [db.deals, db.leads, db.projects, db.persons, db.organizations, db.threads, db.settings], async () => {
    const [persons, organizations, index] = await Promise.all([db.persons.toArray(), db.organizations.toArray(), threadIndex(ctx)]);
    const organizationById = new Map(organizations.map((o) => [o.id, o]));
    switch (kind) {
      case 'persons':
        return personTable(persons, organizationById, index);
      case 'organizations':
        return organizationTable(organizations, persons, index);
      default:
        return itemTable(ctx, kind, new Map(persons.map((p) => [p.id, p])), organizationById, index);
    }
  });
}

/** A person as a vCard holds it. */
export interface PersonCard {
  id: string;
  name: string;
  emails: string[];
  organization?: string;
  conversations: string;
}

export function exportPersonCards(ctx: StoreContext): Promise<PersonCard[]> {
  const { db } = ctx;
  return db.transaction('r', [db.deals, db.leads, db.projects, db.persons, db.organizations, db.threads], async () => {
    const [persons, organizations, index] = await Promise.all([db.persons.toArray(), db.organizations.toArray(), threadIndex(ctx)]);
    const organizationById = new Map(organizations.map((o) => [o.id, o.name]));
    return [...persons].sort(byName).map((p) => {
      const organization = p.organizationId ? organizationById.get(p.organizationId) : undefined;
      const card: PersonCard = { id: p.id, name: p.name, emails: p.emails, conversations: conversationLines(index.byPerson.get(p.id) ?? []) };
      return organization === undefined ? card : { ...card, organization };
    });
  });
}
