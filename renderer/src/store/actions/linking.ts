/**
 * R4.10 / R4.11 linking by hand: link a thread to an item ("by you"), unlink it (sticky: the
 * automatic rules leave it alone from then on), or create an item prefilled from the thread and
 * link it. The patches are the rules' (link-patches.ts); R4.12 is checked first.
 */
import type { ItemKind, ItemRef, ThreadLink } from '../../../../shared/domain/crm';
import { manualLinkPatch, manualUnlinkPatch } from '../../../../shared/rules/linkPatches';
import { itemVisibleTo } from '../../../../shared/rules/permissions';
import { personNameFrom } from '../../../../shared/rules/personName';
import type { ItemRow, PersonRow, ThreadRow } from '../../db/records';
import type { StoreContext } from '../context';
import { invalid, notFound } from '../errors';
import { createItem, itemTables } from '../items/itemActions';
import type { NewItem } from '../items/itemInputs';
import { createPerson } from '../items/personActions';
import { getItemRow } from '../queries/access';
import type { ReplicatedLinkReason } from '../../../../shared/rules/replication/operations';
import { itemKeyOf, replicatedAutomaticReason, replicatedReason, threadKeyOf } from '../replication/localKeys';
import { recordOps } from '../replication/record';
import { patchThread } from '../threads/threadRows';
import { threadToChange } from './guard';

/** The item, if it exists and the viewer may see it; throws otherwise. */
export async function itemToLink(ctx: StoreContext, ref: ItemRef): Promise<ItemRow> {
  const item = await getItemRow(ctx.db, ref);
  if (!item || !itemVisibleTo(ctx.viewer, item)) throw notFound(ref.kind, ref.itemId);
  return item;
}

/** R8.3 the decision as an operation: linked by hand. */
async function recordManualLink(ctx: StoreContext, thread: ThreadRow, ref: ItemRef): Promise<void> {
  const key = await threadKeyOf(ctx.db, thread);
  await recordOps(ctx, [{ kind: 'thread.link', key, payload: { item: itemKeyOf(ref), manual: true, reason: { kind: 'manual' } } }]);
}

export async function linkThread(ctx: StoreContext, threadId: string, ref: ItemRef): Promise<ThreadRow> {
  return ctx.db.transaction('rw', itemTables(ctx), async () => {
    const thread = await threadToChange(ctx, threadId);
    await itemToLink(ctx, ref);
    const next = patchThread(thread, manualLinkPatch(thread, ref, ctx.clock()));
    await ctx.db.threads.put(next);
    await recordManualLink(ctx, thread, ref);
    return next;
  });
}

export async function unlinkThread(ctx: StoreContext, threadId: string): Promise<ThreadRow> {
  return ctx.db.transaction('rw', itemTables(ctx), async () => {
    const thread = await threadToChange(ctx, threadId);
    const next = patchThread(thread, manualUnlinkPatch());
    await ctx.db.threads.put(next);
    await recordOps(ctx, [{ kind: 'thread.link', key: await threadKeyOf(ctx.db, thread), payload: { item: null, manual: true, reason: null } }]);
    return next;
  });
}

/** What undoing an unlink puts back: the thread's link fields as they were before it. */
export type LinkBefore = Pick<ThreadRow, 'link' | 'candidates' | 'manualUnlink'>;

/**
 * R8.3 the restored link as a decision by hand: it must outrank the unlink (a manual decision),
 * so it is manual too; an automatic link comes back with its own reason, wrapped as `restored`.
 */
async function restoredReason(ctx: StoreContext, link: ThreadLink): Promise<ReplicatedLinkReason> {
  const { reason } = link;
  if (reason.kind === 'item-address' || reason.kind === 'sole-open-item') return { kind: 'restored', was: replicatedAutomaticReason(reason) };
  return replicatedReason(ctx.db, reason);
}

/**
 * R4.10 / R4.11 Undo of an unlink: the link as it was (item, reason, date) and the "unlinked by
 * hand" mark cleared, recorded as a manual link decision so every device shows the same (R8.3).
 */
export async function restoreLink(ctx: StoreContext, threadId: string, before: LinkBefore): Promise<ThreadRow> {
  const link = before.link;
  if (link === undefined) throw invalid('nothing to restore: the thread had no link');
  return ctx.db.transaction('rw', itemTables(ctx), async () => {
    const thread = await threadToChange(ctx, threadId);
    await itemToLink(ctx, link);
    const next = patchThread(thread, { link, candidates: before.candidates, manualUnlink: false });
    await ctx.db.threads.put(next);
    const key = await threadKeyOf(ctx.db, thread);
    await recordOps(ctx, [{ kind: 'thread.link', key, payload: { item: itemKeyOf(link), manual: true, reason: await restoredReason(ctx, link) } }]);
    return next;
  });
}

/** The person of the thread's first counterparty that has one; else one made from that counterparty. */
async function counterpartyPerson(ctx: StoreContext, thread: ThreadRow): Promise<PersonRow | undefined> {
  for (const address of thread.counterparties) {
    const person = await ctx.db.persons.where('emails').equals(address).first();
    if (person) return person;
  }
  const first = thread.counterparties[0];
  if (first === undefined) return undefined;
  const mailbox = thread.participants.find((p) => p.address === first) ?? { address: first };
  return createPerson(ctx, { name: personNameFrom(mailbox), emails: [first] });
}

/**
 * R4.10 "create a new deal / lead / project prefilled from the mail": title from the subject,
 * person from the counterparty (and that person's organization), then linked by hand.
 */
export async function createItemFromThread(
  ctx: StoreContext,
  threadId: string,
  kind: ItemKind,
  fields: Partial<NewItem> = {},
): Promise<{ item: ItemRow; thread: ThreadRow }> {
  return ctx.db.transaction('rw', itemTables(ctx), async () => {
    const thread = await threadToChange(ctx, threadId);
    const person = fields.personId === undefined ? await counterpartyPerson(ctx, thread) : undefined;
    const prefilled: NewItem = {
      title: thread.subject.trim() || person?.name || thread.counterparties[0] || threadId,
      ...(person ? { personId: person.id } : {}),
      ...(person?.organizationId === undefined ? {} : { organizationId: person.organizationId }),
      ...fields,
    };
    const item = await createItem(ctx, kind, prefilled);
    const next = patchThread(thread, manualLinkPatch(thread, { kind, itemId: item.id }, ctx.clock()));
    await ctx.db.threads.put(next);
    await recordManualLink(ctx, thread, { kind, itemId: item.id });
    return { item, thread: next };
  });
}
