/**
 * A lead becomes a deal: a new deal with the lead's title, person and organization; the lead's
 * conversations move to it (those the user may link, R4.12); the lead is marked converted.
 */
import { canLink } from '../../../../shared/rules/permissions';
import type { DealRow, LeadRow } from '../../db/records';
import type { CrmStore, InboxCursor } from '../../store';

export async function convertLead(store: CrmStore, lead: LeadRow): Promise<DealRow> {
  const deal = await store.createDeal({
    title: lead.title,
    ...(lead.personId === undefined ? {} : { personId: lead.personId }),
    ...(lead.organizationId === undefined ? {} : { organizationId: lead.organizationId }),
  });
  // page by cursor: rows after it are not disturbed by those moved off the lead before it
  let after: InboxCursor | undefined;
  do {
    const page = await store.queries.threadsOfItem({ kind: 'lead', itemId: lead.id }, { limit: 500, ...(after === undefined ? {} : { after }) });
    for (const thread of page.threads) {
      if (canLink(store.viewer, thread)) await store.linkThread(thread.id, { kind: 'deal', itemId: deal.id });
    }
    after = page.next;
  } while (after !== undefined);
  await store.setItemStatus({ kind: 'lead', itemId: lead.id }, 'converted');
  return deal;
}
