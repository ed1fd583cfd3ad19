/**
 * Import (issue 22): persons and organizations from a contacts file, written through the store's
 * own create functions, so each one records its R8.3 operation like a record made by hand. The
 * plan (shared/rules/contacts/importPlan.ts) is made again inside the write transaction, against
 * the CRM as it is then: mail captured between the preview and the click cannot cause a
 * duplicate, and the whole import lands or none of it does.
 */
import { acceptedDropboxAddresses } from '../../../../shared/rules/companyAddress';
import type { OurAddresses } from '../../../../shared/rules/counterparties';
import type { RowOutcome } from '../../../../shared/rules/contacts/contactRows';
import { planImport, type ImportPlan } from '../../../../shared/rules/contacts/importPlan';
import type { StoreContext } from '../context';
import { itemTables } from '../items/itemActions';
import { createOrganization, createPerson } from '../items/personActions';
import { getAllSettings } from '../settings';

export interface ImportResult {
  plan: ImportPlan;
  /** row index → the id of the person or organization it made */
  created: Map<number, string>;
}

async function ourAddresses(ctx: StoreContext): Promise<OurAddresses> {
  const settings = await getAllSettings(ctx.db);
  const own = settings.ownAddresses;
  return {
    own: own ? [own.primary, ...own.verified] : [],
    dropbox: settings.companyBcc ? acceptedDropboxAddresses(settings.companyBcc) : [],
    delimiter: settings.delimiter,
  };
}

/** What importing `outcomes` would do now: the persons holding any of their addresses, every organization. */
async function planNow(ctx: StoreContext, outcomes: readonly RowOutcome[]): Promise<ImportPlan> {
  const addresses = [...new Set(outcomes.flatMap((o) => (o.kind === 'person' ? o.contact.emails : [])))];
  const [persons, organizations, ours] = await Promise.all([
    addresses.length === 0 ? [] : ctx.db.persons.where('emails').anyOf(addresses).toArray(),
    ctx.db.organizations.toArray(),
    ourAddresses(ctx),
  ]);
  return planImport(outcomes, { persons, organizations }, ours);
}

export function previewImport(ctx: StoreContext, outcomes: readonly RowOutcome[]): Promise<ImportPlan> {
  return ctx.db.transaction('r', [ctx.db.persons, ctx.db.organizations, ctx.db.settings], () => planNow(ctx, outcomes));
}

export function importContacts(ctx: StoreContext, outcomes: readonly RowOutcome[]): Promise<ImportResult> {
  return ctx.db.transaction('rw', itemTables(ctx), async () => {
    const plan = await planNow(ctx, outcomes);
    const created = new Map<number, string>();
    const organizationIds = new Map<string, string>();
    for (const name of plan.newOrganizations) organizationIds.set(name, (await createOrganization(ctx, { name })).id);
    for (const planned of plan.rows) {
      if (planned.kind === 'organization') {
        const id = organizationIds.get(planned.name);
        if (id !== undefined) created.set(planned.row, id);
      } else if (planned.kind === 'person') {
        const organizationId = planned.organization && ('existing' in planned.organization ? planned.organization.existing : organizationIds.get(planned.organization.created));
        const { name, emails } = planned.contact;
        const person = await createPerson(ctx, organizationId === undefined ? { name, emails } : { name, emails, organizationId });
        created.set(planned.row, person.id);
      }
    }
    return { plan, created };
  });
}
