/**
 * What a form may send to create or edit an item, a person or an organization: the domain
 * schemas (shared/domain/crm.ts) narrowed to the fields a user types. Ids, owners, dates and
 * tokens are the store's.
 */
import { z } from 'zod';
import {
  DealSchema,
  DealStatusSchema,
  LeadSchema,
  LeadStatusSchema,
  OrganizationSchema,
  ProjectSchema,
  ProjectStatusSchema,
  type ItemKind,
} from '../../../../shared/domain/crm';
import { ADDRESS_SHAPE } from '../../../../shared/rules/emailAddress';
import { invalid } from '../errors';

export const NewDealSchema = DealSchema.pick({ title: true, value: true, currency: true, stage: true, personId: true, organizationId: true });
export type NewDeal = z.infer<typeof NewDealSchema>;
export const DealPatchSchema = NewDealSchema.partial();
export type DealPatch = z.infer<typeof DealPatchSchema>;

export const NewLeadSchema = LeadSchema.pick({ title: true, personId: true, organizationId: true });
export type NewLead = z.infer<typeof NewLeadSchema>;
export const LeadPatchSchema = NewLeadSchema.partial();
export type LeadPatch = z.infer<typeof LeadPatchSchema>;

export const NewProjectSchema = ProjectSchema.pick({ title: true, personId: true, organizationId: true });
export type NewProject = z.infer<typeof NewProjectSchema>;
export const ProjectPatchSchema = NewProjectSchema.partial();
export type ProjectPatch = z.infer<typeof ProjectPatchSchema>;

/** Fields every kind of item shares: enough to prefill one from a thread. */
export type NewItem = NewLead;

const emailSchema = z.string().trim().min(3).max(320).regex(ADDRESS_SHAPE, 'an email address');

export const NewPersonSchema = z.object({
  name: z.string().trim().min(1).max(500),
  /** the first is the primary address */
  emails: z.array(emailSchema).min(1),
  organizationId: z.string().optional(),
});
export type NewPerson = z.infer<typeof NewPersonSchema>;
export const PersonPatchSchema = NewPersonSchema.partial();
export type PersonPatch = z.infer<typeof PersonPatchSchema>;

export const NewOrganizationSchema = OrganizationSchema.pick({ name: true, domains: true });
export type NewOrganization = z.infer<typeof NewOrganizationSchema>;

export const STATUS_SCHEMAS: Record<ItemKind, z.ZodType<string>> = {
  deal: DealStatusSchema,
  lead: LeadStatusSchema,
  project: ProjectStatusSchema,
};

export function parseInput<T>(schema: z.ZodType<T>, input: unknown, what: string): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw invalid(`${what}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'value'}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}
