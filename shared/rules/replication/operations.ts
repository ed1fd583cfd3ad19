/**
 * R8.3 every change to the CRM's state as an operation (version 1 of the format). The store
 * records one in the same transaction as the change it describes; the uploader sends them; every
 * replica merges them (applyOps.ts). Entities are named by keys (keys.ts), never by local row ids.
 *
 * An operation: `{ v: 1, id, clock, replica, kind, key, payload }`. `clock` is the encoded hybrid
 * logical clock of the change; a replica never issues one clock twice, so the clock string is also
 * the operation's `id` (kept as its own field so duplicate delivery reads as what it is), and
 * `replica` repeats the clock's replica id for readers of the folder. The schema checks all three
 * agree.
 *
 * Field edits name only the fields they change (each one is merged on its own, R8.3 "per field");
 * `null` clears a field, an absent field is untouched. Creates carry every field plus the facts
 * fixed at creation (owner, creation time for R4.6, the item-address token for R1.3).
 * Settings are only those that belong to the CRM rather than to the machine: R4.4 linking mode
 * and R5.3 sharing default.
 */
import { z } from 'zod';
import {
  DealStatusSchema,
  LeadStatusSchema,
  LinkingModeSchema,
  ProjectStatusSchema,
  SharingDefaultSchema,
  VisibilitySchema,
  type ItemKind,
} from '../../domain/crm';
import { ClockStringSchema, clockReplica, encodeClock, type Clock } from './hlc';
import { ItemKeySchema, MessageKeySchema, OrganizationKeySchema, PersonKeySchema, ThreadKeySchema, parseItemKey } from './keys';
import { ReplicaIdSchema } from './replicaId';

export const OP_VERSION = 1;

const Title = z.string().min(1).max(500);
const Name = z.string().min(1).max(500);
const Emails = z.array(z.string().min(3).max(320)).min(1).max(100);
const Origin = { ownerId: z.string().min(1).max(200), createdAt: z.number().int().nonnegative() };

/** Item fields as merged; which apply to which kind is checked by `checkItemFields`. */
export const ItemFieldsSchema = z.object({
  title: Title,
  value: z.number().finite().nullable(),
  currency: z.string().length(3).nullable(),
  stage: z.string().max(200).nullable(),
  personKey: PersonKeySchema.nullable(),
  organizationKey: OrganizationKeySchema.nullable(),
  status: z.string(),
});
export type ItemFields = z.infer<typeof ItemFieldsSchema>;
const DEAL_ONLY = ['value', 'currency', 'stage'] as const;

export const PersonFieldsSchema = z.object({
  name: Name,
  /** the first is the primary address; one register, since the order means something */
  emails: Emails,
  organizationKey: OrganizationKeySchema.nullable(),
});
export type PersonFields = z.infer<typeof PersonFieldsSchema>;

/** `domains` (R4.3 beyond) is optional: operations written before it existed have none. */
export const OrganizationFieldsSchema = z.object({ name: Name, domains: z.array(z.string().min(3).max(253)).max(50).optional() });
export type OrganizationFields = z.infer<typeof OrganizationFieldsSchema>;

const ItemAddressReasonSchema = z.object({ kind: z.literal('item-address'), token: z.string().min(1).max(200) });
const SoleOpenReasonSchema = z.object({ kind: z.literal('sole-open-item'), personKey: PersonKeySchema, personName: z.string().max(500) });

/**
 * R4.11 why a link exists, in keys: a person's key, not its local id; a copy's source thread key.
 * `restored`: the user undid their unlink of an automatic link (R4.10 Undo). It is a decision by
 * hand — it must outrank the unlink, which outranks every automatic decision — that shows the
 * automatic reason it put back (`was`), so every device shows the link as it was.
 */
export const ReplicatedLinkReasonSchema = z.discriminatedUnion('kind', [
  ItemAddressReasonSchema,
  SoleOpenReasonSchema,
  z.object({ kind: z.literal('manual') }),
  z.object({ kind: z.literal('copy'), fromThreadKey: ThreadKeySchema }),
  z.object({ kind: z.literal('restored'), was: z.discriminatedUnion('kind', [ItemAddressReasonSchema, SoleOpenReasonSchema]) }),
]);
export type ReplicatedLinkReason = z.infer<typeof ReplicatedLinkReasonSchema>;

/** A link decision: an item, or `null` for an unlink; `manual` = made by the user (R4.11). */
export const LinkValueSchema = z.object({
  item: ItemKeySchema.nullable(),
  manual: z.boolean(),
  reason: ReplicatedLinkReasonSchema.nullable(),
});
export type LinkValue = z.infer<typeof LinkValueSchema>;

export const CrmSettingSchema = z.discriminatedUnion('name', [
  z.object({ name: z.literal('linkingMode'), value: LinkingModeSchema }),
  z.object({ name: z.literal('sharingDefault'), value: SharingDefaultSchema }),
]);
export type CrmSetting = z.infer<typeof CrmSettingSchema>;
export type CrmSettingName = CrmSetting['name'];

const Empty = z.object({});

/** The part of an operation that says what changed. */
export const OpBodySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('item.create'),
    key: ItemKeySchema,
    payload: z.object({
      ...Origin,
      /** R1.3 deals and leads: the item address token, fixed for the item's life */
      token: z.string().min(1).max(200).optional(),
      fields: ItemFieldsSchema.partial().required({ title: true, status: true }),
    }),
  }),
  z.object({ kind: z.literal('item.edit'), key: ItemKeySchema, payload: z.object({ fields: ItemFieldsSchema.omit({ status: true }).partial() }) }),
  z.object({ kind: z.literal('item.status'), key: ItemKeySchema, payload: z.object({ status: z.string() }) }),
  z.object({ kind: z.literal('item.delete'), key: ItemKeySchema, payload: Empty }),
  z.object({
    kind: z.literal('person.create'),
    key: PersonKeySchema,
    payload: z.object({ ...Origin, fields: PersonFieldsSchema.partial().required({ name: true, emails: true }) }),
  }),
  z.object({ kind: z.literal('person.edit'), key: PersonKeySchema, payload: z.object({ fields: PersonFieldsSchema.partial() }) }),
  z.object({ kind: z.literal('person.delete'), key: PersonKeySchema, payload: Empty }),
  z.object({ kind: z.literal('organization.create'), key: OrganizationKeySchema, payload: z.object({ ...Origin, fields: OrganizationFieldsSchema }) }),
  z.object({ kind: z.literal('organization.edit'), key: OrganizationKeySchema, payload: z.object({ fields: OrganizationFieldsSchema.partial() }) }),
  z.object({ kind: z.literal('organization.delete'), key: OrganizationKeySchema, payload: Empty }),
  /** R4.8 / R4.10 / R4.11 a link decision for a thread (manual or automatic), or an unlink */
  z.object({ kind: z.literal('thread.link'), key: ThreadKeySchema, payload: LinkValueSchema }),
  /** R4.9 a copy of thread `from`, linked to `item`; `key` is the copy's own (`copy:<id>`) */
  z.object({
    kind: z.literal('thread.copy'),
    key: ThreadKeySchema,
    payload: z.object({ from: ThreadKeySchema, item: ItemKeySchema, ownerId: z.string().min(1).max(200) }),
  }),
  /** R5.4 shared or private, set by hand */
  z.object({ kind: z.literal('thread.visibility'), key: ThreadKeySchema, payload: z.object({ visibility: VisibilitySchema }) }),
  /** R3.7 `ids`: the thread's refIds when it was deleted (tombstones.ts); empty for a copy */
  z.object({ kind: z.literal('thread.delete'), key: ThreadKeySchema, payload: z.object({ ids: z.array(MessageKeySchema).max(10_000) }) }),
  z.object({ kind: z.literal('message.delete'), key: MessageKeySchema, payload: Empty }),
  z.object({ kind: z.literal('setting.set'), key: z.enum(['linkingMode', 'sharingDefault']), payload: z.object({ value: z.string() }) }),
]);
export type OpBody = z.infer<typeof OpBodySchema>;
export type OpKind = OpBody['kind'];

const STATUS: Record<ItemKind, z.ZodType<string>> = { deal: DealStatusSchema, lead: LeadStatusSchema, project: ProjectStatusSchema };

/** Problems of a body that its shape alone cannot say: per-kind fields and statuses, copies, settings. */
function bodyIssues(body: OpBody): string[] {
  switch (body.kind) {
    case 'item.create':
    case 'item.edit':
    case 'item.status': {
      const { kind } = parseItemKey(body.key);
      const issues: string[] = [];
      const fields: Partial<ItemFields> = body.kind === 'item.status' ? { status: body.payload.status } : body.payload.fields;
      if (fields.status !== undefined && !STATUS[kind].safeParse(fields.status).success) issues.push(`no ${kind} status "${fields.status}"`);
      if (kind !== 'deal') for (const f of DEAL_ONLY) if (fields[f] !== undefined) issues.push(`a ${kind} has no ${f}`);
      if (body.kind === 'item.create' && (body.payload.token === undefined) !== (kind === 'project')) issues.push(`token: deals and leads have one, projects none`);
      return issues;
    }
    case 'thread.copy':
      return [
        ...(body.key.startsWith('copy:') ? [] : ['a copy is keyed copy:<id>']),
        ...(body.payload.from.startsWith('mid:') ? [] : ['a copy is made of a captured thread']),
      ];
    case 'thread.link': {
      // R4.11 the reason must say who decided: the user (by hand, a copy) or the rules (an item
      // address, the sole open item); an unlink gives none. A restored automatic link is the user's.
      const reason = body.payload.reason?.kind;
      const byHand = reason === 'manual' || reason === 'copy' || reason === 'restored';
      const ok = reason === undefined || byHand === body.payload.manual;
      return ok && (body.payload.item === null) === (reason === undefined) ? [] : ['a link has a reason that matches `manual`; an unlink has none'];
    }
    case 'setting.set':
      return CrmSettingSchema.safeParse({ name: body.key, value: body.payload.value }).success ? [] : [`setting ${body.key}: bad value`];
    default:
      return [];
  }
}

export const OpSchema = z
  .intersection(z.object({ v: z.literal(OP_VERSION), id: ClockStringSchema, clock: ClockStringSchema, replica: ReplicaIdSchema }), OpBodySchema)
  .superRefine((op, ctx) => {
    if (op.id !== op.clock) ctx.addIssue({ code: 'custom', message: 'id is the clock' });
    if (clockReplica(op.clock) !== op.replica) ctx.addIssue({ code: 'custom', message: 'replica is the clock’s' });
    for (const message of bodyIssues(op)) ctx.addIssue({ code: 'custom', message });
  });
export type Op = z.infer<typeof OpSchema>;

/** An operation for a change made at `clock` (the store ticks its clock once per operation). */
export function makeOp(clock: Clock, body: OpBody): Op {
  const at = encodeClock(clock);
  return OpSchema.parse({ v: OP_VERSION, id: at, clock: at, replica: clock.replicaId, ...body });
}
