/**
 * R8.3 the replicated state: everything the operations say about the CRM, with the clocks that
 * decide merges. It is what a snapshot holds and what `applyOps` folds operations into; the store
 * keeps it next to its rows and turns it into rows (view.ts says how).
 *
 * Per entity:
 * - `life`: the newest create and the newest delete seen. An entity exists when it was created
 *   and its newest create is newer than its newest delete — so a delete beats every older create
 *   and edit, and only a later *create* brings an entity back (a person captured again from its
 *   address after it was deleted, R4.2). Edits never revive: an edit that races a delete loses.
 * - `origin`: what its create fixed (owner, creation time, item token), newest create wins.
 * - `fields`: one last-writer-wins register per field. A register older than the newest delete is
 *   dropped, so a re-created entity starts from its new create, not from its past.
 * Threads (by key, keys.ts) hold the link in two registers, the newest manual decision and the
 * newest automatic one; view.ts's `effectiveLink` ranks manual above automatic whatever the
 * clocks (R4.11). A thread's delete drops older registers and adds its Message-IDs to the
 * tombstones (R3.7), which never end. `frontier`: per replica, the newest clock applied.
 */
import { z } from 'zod';
import { VisibilitySchema } from '../../domain/crm';
import { ClockStringSchema } from './hlc';
import { ItemKeySchema, MessageKeySchema, OrganizationKeySchema, PersonKeySchema, ThreadKeySchema } from './keys';
import {
  ItemFieldsSchema,
  LinkValueSchema,
  OrganizationFieldsSchema,
  PersonFieldsSchema,
  type ItemFields,
  type LinkValue,
  type OrganizationFields,
  type PersonFields,
} from './operations';
import { ReplicaIdSchema } from './replicaId';
import type { Reg } from './registers';

function reg<T extends z.ZodType>(value: T) {
  return z.object({ value, clock: ClockStringSchema });
}

const LifeSchema = z.object({ created: ClockStringSchema.optional(), deleted: ClockStringSchema.optional() });
export type Life = z.infer<typeof LifeSchema>;

const OriginSchema = z.object({
  ownerId: z.string().min(1).max(200),
  createdAt: z.number().int().nonnegative(),
  token: z.string().min(1).max(200).optional(),
});
export type EntityOrigin = z.infer<typeof OriginSchema>;

/** Every field of `F` as an optional register. */
function fieldRegs<S extends z.ZodObject>(fields: S) {
  return z.object(Object.fromEntries(Object.entries(fields.shape).map(([k, v]) => [k, reg(v as z.ZodType).optional()]))) as unknown as z.ZodType<{
    [K in keyof z.infer<S>]?: Reg<z.infer<S>[K]>;
  }>;
}

function entitySchema<S extends z.ZodObject>(fields: S) {
  return z.object({ life: LifeSchema, origin: reg(OriginSchema).optional(), fields: fieldRegs(fields) });
}

export interface Entity<F> {
  life: Life;
  origin?: Reg<EntityOrigin> | undefined;
  fields: { [K in keyof F]?: Reg<F[K]> };
}
export type ItemState = Entity<ItemFields>;
export type PersonState = Entity<PersonFields>;
export type OrganizationState = Entity<OrganizationFields>;

const CopyOriginSchema = z.object({ from: ThreadKeySchema, item: ItemKeySchema, ownerId: z.string().min(1).max(200) });
export type CopyOrigin = z.infer<typeof CopyOriginSchema>;

const ThreadStateSchema = z.object({
  manual: reg(LinkValueSchema).optional(),
  automatic: reg(LinkValueSchema).optional(),
  visibility: reg(VisibilitySchema).optional(),
  /** R4.9 set on a copy's key (`copy:<id>`) only */
  copy: reg(CopyOriginSchema).optional(),
  /** R3.7 newest delete; `ids` the union of the deleted thread's refIds, sorted */
  deleted: z.object({ clock: ClockStringSchema, ids: z.array(MessageKeySchema) }).optional(),
});
export interface ThreadState {
  manual?: Reg<LinkValue> | undefined;
  automatic?: Reg<LinkValue> | undefined;
  visibility?: Reg<z.infer<typeof VisibilitySchema>> | undefined;
  copy?: Reg<CopyOrigin> | undefined;
  deleted?: { clock: string; ids: string[] } | undefined;
}

export const SettingsStateSchema = z.object({
  linkingMode: reg(z.enum(['automatic', 'manual'])).optional(),
  sharingDefault: reg(z.enum(['share-linked', 'private'])).optional(),
});
export type SettingsState = z.infer<typeof SettingsStateSchema>;

export const ReplicatedStateSchema = z.object({
  items: z.record(ItemKeySchema, entitySchema(ItemFieldsSchema)),
  persons: z.record(PersonKeySchema, entitySchema(PersonFieldsSchema)),
  organizations: z.record(OrganizationKeySchema, entitySchema(OrganizationFieldsSchema)),
  threads: z.record(ThreadKeySchema, ThreadStateSchema),
  /** R3.7 deleted messages by Message-ID, with the clock of the first delete */
  messages: z.record(MessageKeySchema, ClockStringSchema),
  settings: SettingsStateSchema,
  frontier: z.record(ReplicaIdSchema, ClockStringSchema),
});

export interface ReplicatedState {
  items: Record<string, ItemState>;
  persons: Record<string, PersonState>;
  organizations: Record<string, OrganizationState>;
  threads: Record<string, ThreadState>;
  messages: Record<string, string>;
  settings: SettingsState;
  frontier: Record<string, string>;
}

export function emptyState(): ReplicatedState {
  return { items: {}, persons: {}, organizations: {}, threads: {}, messages: {}, settings: {}, frontier: {} };
}
