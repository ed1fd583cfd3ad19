/**
 * The CRM's records as the store keeps them. Ids are strings made by the store (random, unique).
 * Owner ids and visibility are here from the start so team mode (SPEC "Team mode") needs no
 * migration of meaning, only of data.
 */
import { z } from 'zod';
import { AuthStateSchema, MailboxSchema } from './mail';

export const ItemKindSchema = z.enum(['deal', 'lead', 'project']);
export type ItemKind = z.infer<typeof ItemKindSchema>;

export const DealStatusSchema = z.enum(['open', 'won', 'lost', 'deleted']);
export const LeadStatusSchema = z.enum(['open', 'archived', 'converted']);
export const ProjectStatusSchema = z.enum(['open', 'closed']);

const itemBase = {
  id: z.string(),
  title: z.string().min(1).max(500),
  /** the user that owns the item (team mode) */
  ownerId: z.string(),
  personId: z.string().optional(),
  organizationId: z.string().optional(),
  /** epoch ms; R4.6 "not retroactive" compares thread start with this */
  createdAt: z.number(),
  updatedAt: z.number(),
};

export const DealSchema = z.object({
  ...itemBase,
  kind: z.literal('deal'),
  value: z.number().optional(),
  currency: z.string().length(3).optional(),
  stage: z.string().optional(),
  status: DealStatusSchema,
  /** item address token, e.g. "d-7kq2m9xw..." (R1.3); unguessable and stable */
  token: z.string(),
});
export type Deal = z.infer<typeof DealSchema>;

export const LeadSchema = z.object({
  ...itemBase,
  kind: z.literal('lead'),
  status: LeadStatusSchema,
  token: z.string(),
});
export type Lead = z.infer<typeof LeadSchema>;

export const ProjectSchema = z.object({
  ...itemBase,
  kind: z.literal('project'),
  status: ProjectStatusSchema,
});
export type Project = z.infer<typeof ProjectSchema>;

export type Item = Deal | Lead | Project;

export const PersonSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** lower-case addresses; the first is the primary one */
  emails: z.array(z.string()).min(1),
  organizationId: z.string().optional(),
  ownerId: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Person = z.infer<typeof PersonSchema>;

export const OrganizationSchema = z.object({
  id: z.string(),
  name: z.string().min(1),
  /** R4.3 beyond: lower-case mail domains whose new persons join it (never free-mail ones) */
  domains: z.array(z.string()).optional(),
  ownerId: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Organization = z.infer<typeof OrganizationSchema>;

export const VisibilitySchema = z.enum(['private', 'shared']);
export type Visibility = z.infer<typeof VisibilitySchema>;

/** Why a link exists (R4.11): shown to the user in words. */
export const LinkReasonSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('item-address'), token: z.string() }),
  z.object({ kind: z.literal('sole-open-item'), personId: z.string(), personName: z.string() }),
  z.object({ kind: z.literal('manual') }),
  z.object({ kind: z.literal('copy'), fromThreadId: z.string() }),
]);
export type LinkReason = z.infer<typeof LinkReasonSchema>;

export const ThreadSchema = z.object({
  id: z.string(),
  ownerId: z.string(),
  subject: z.string(),
  /** normalized subject (R9.2) */
  subjectKey: z.string(),
  /** lower-case addresses of the counterparties of every message */
  counterparties: z.array(z.string()),
  participants: z.array(MailboxSchema),
  personIds: z.array(z.string()),
  organizationIds: z.array(z.string()),
  firstDate: z.number(),
  lastDate: z.number(),
  messageCount: z.number().int(),
  snippet: z.string(),
  visibility: VisibilitySchema,
  /** the one deal / lead / project (R4.8) */
  link: z
    .object({ kind: ItemKindSchema, itemId: z.string(), reason: LinkReasonSchema, at: z.number() })
    .optional(),
  /** R4.11: the user unlinked by hand; automatic linking leaves the thread alone from then on */
  manualUnlink: z.boolean().optional(),
  /** R1.5 / R4.7: items offered for a one-click choice when the rule found several */
  candidates: z.array(z.object({ kind: ItemKindSchema, itemId: z.string() })),
  /** R3.4 worst verdict of its messages, for the inbox row */
  auth: AuthStateSchema,
  hasUnread: z.boolean().optional(),
  /**
   * R9.1: every Message-ID the thread's messages have AND every id they reference (In-Reply-To,
   * References). Indexed multi-entry, so one `anyOf` query finds the thread of a parent, of a
   * child that arrived first, and of a sibling whose parent was never captured.
   */
  refIds: z.array(z.string()),
  /**
   * R5.3: the sharing setting as it was when the thread was captured ("share my linked
   * conversations" → true). A later link then shares it; changing the setting does not touch
   * existing threads; making it private by hand (R5.4) clears it. Absent = false.
   */
  shareOnLink: z.boolean().optional(),
});
export type Thread = z.infer<typeof ThreadSchema>;
/** The thread's one link (R4.8). */
export type ThreadLink = NonNullable<Thread['link']>;
/** A deal / lead / project named by kind and id, as in `Thread.candidates`. */
export type ItemRef = Thread['candidates'][number];

/** R4.4: the linking setting. */
export const LinkingModeSchema = z.enum(['automatic', 'manual']);
export type LinkingMode = z.infer<typeof LinkingModeSchema>;

/** R5.3: the default for new threads, "share my linked conversations" or "keep all private". */
export const SharingDefaultSchema = z.enum(['share-linked', 'private']);
export type SharingDefault = z.infer<typeof SharingDefaultSchema>;

/**
 * R1.2: the company BCC address and the addresses it had before a domain change, still accepted
 * so that no mail sent to them is lost. All lower-case.
 */
export const CompanyBccSchema = z.object({
  address: z.string().min(3).max(320),
  aliases: z.array(z.string()),
});
export type CompanyBcc = z.infer<typeof CompanyBccSchema>;

/**
 * R3.7: what stays of a deleted message or thread so that sync does not bring it back. `ids`
 * holds the message's own Message-ID, or the deleted thread's `refIds`; indexed multi-entry.
 */
export const TombstoneSchema = z.object({
  id: z.string(),
  kind: z.enum(['message', 'thread']),
  ids: z.array(z.string()),
  deletedAt: z.number(),
});
export type Tombstone = z.infer<typeof TombstoneSchema>;
