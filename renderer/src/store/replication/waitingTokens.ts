/**
 * R8.3 / R1.3 mail to an item address that arrives before the item: a device may capture mail
 * sent to a deal's or lead's address before that item's `item.create` has reached it. Capture
 * treats the unknown token as absent (linkDecision.ts) and remembers it here, in `replicaWaiting`
 * (from `mail:<Message-ID>`, missing `token:<token>`, in the batch's transaction). When the item
 * arrives — an operation or a snapshot part of another device — the link decision runs again for
 * the threads holding that mail, as capture would have run it had it known the item: an automatic
 * link by item address (R1.4/R1.5), never over a manual choice (R4.11) nor over an existing link
 * (R4.8), recorded as capture records it; then the rows go. A token of an item that arrives
 * deleted links nothing (R1.4) and its rows go too; a token no item ever takes costs a row.
 *
 * These rows never meet settle.ts's own: `mail:` and `token:` are not entity keys, so neither
 * `rewriteWaiting` nor `wokenBy` looks at them.
 */
import { decideLink, type AddressedItem } from '../../../../shared/rules/linkDecision';
import { applyLinkDecision } from '../../../../shared/rules/linkPatches';
import { itemKey, threadKeyOfMessage, type ItemKey } from '../../../../shared/rules/replication/keys';
import { OpBodySchema, type OpBody } from '../../../../shared/rules/replication/operations';
import type { ReplicatedState } from '../../../../shared/rules/replication/state';
import { itemPresence } from '../../../../shared/rules/replication/view';
import type { ReplicaWaitingRow } from '../../db/records';
import type { StoreContext } from '../context';
import { getAllSettings } from '../settings';
import { patchThread } from '../threads/threadRows';
import { replicatedAutomaticReason } from './localKeys';
import { recordOps } from './record';
import { splitStateKey } from './stateRows';

const MAIL = 'mail:';
const TOKEN = 'token:';

/** A message whose item tokens named no item this store had when it was captured. */
export interface UnknownToken {
  messageId: string;
  token: string;
}

export function waitingRow({ messageId, token }: UnknownToken): ReplicaWaitingRow {
  const from = `${MAIL}${messageId}`;
  const missing = `${TOKEN}${token}`;
  return { id: `${from}|${missing}`, from, missing };
}

/** Capture's side, in the batch's transaction. */
export async function rememberUnknownTokens(ctx: StoreContext, unknown: readonly UnknownToken[]): Promise<void> {
  if (unknown.length > 0) await ctx.db.replicaWaiting.bulkPut(unknown.map(waitingRow));
}

async function addressedItems(ctx: StoreContext, tokens: readonly string[]): Promise<AddressedItem[]> {
  const found: AddressedItem[] = [];
  for (const token of tokens) {
    for (const item of [...(await ctx.db.deals.where('token').equals(token).toArray()), ...(await ctx.db.leads.where('token').equals(token).toArray())]) {
      found.push({ kind: item.kind, id: item.id, status: item.status, token: item.token });
    }
  }
  return found;
}

function linkBody(messageId: string, body: () => OpBody): OpBody | undefined {
  try {
    const made = body();
    return OpBodySchema.safeParse(made).success ? made : undefined;
  } catch {
    // handled: a Message-ID the format refuses as a key: the link stays this device's (as in capture)
    return undefined;
  }
}

/**
 * The link decision again for the threads holding `messageId`'s mail, with every token of that
 * mail resolved now. Only what item addresses decide is taken (rule 3 of linkDecision.ts): the
 * persons' rule (R4.5–R4.7) ran at capture and its outcome stands.
 */
async function decideAgain(ctx: StoreContext, messageId: string): Promise<void> {
  const messages = (await ctx.db.messages.where('messageId').equals(messageId).toArray()).filter((m) => m.copyOf === undefined);
  if (messages.length === 0) return;
  const { linkingMode } = await getAllSettings(ctx.db);
  for (const threadId of new Set(messages.map((m) => m.threadId))) {
    const thread = await ctx.db.threads.get(threadId);
    if (!thread) continue;
    const tokens = [...new Set(messages.filter((m) => m.threadId === threadId).flatMap((m) => m.itemTokens))];
    const decision = decideLink({ mode: linkingMode, thread, addressedItems: await addressedItems(ctx, tokens), counterpartyItems: [], now: ctx.clock() });
    const byAddress =
      (decision.kind === 'link' && decision.link.reason.kind === 'item-address') ||
      (decision.kind === 'candidates' && decision.because === 'several-item-addresses');
    if (!byAddress) continue;
    await ctx.db.threads.put(patchThread(thread, applyLinkDecision(thread, decision)));
    if (decision.kind !== 'link') continue;
    const { kind, itemId, reason } = decision.link;
    if (reason.kind !== 'item-address') continue;
    await recordOps(ctx, [
      linkBody(messageId, () => ({
        kind: 'thread.link',
        key: threadKeyOfMessage(messageId),
        payload: { item: itemKey(kind, itemId), manual: false, reason: replicatedAutomaticReason(reason) },
      })),
    ]);
  }
}

/**
 * After other devices' operations or a snapshot part were shown (settle.ts): the mail that waited
 * for a token of an item among `changed` (state keys) is decided again, and its rows go.
 */
export async function linkMailThatWaited(ctx: StoreContext, state: ReplicatedState, changed: readonly string[]): Promise<void> {
  const items = changed.map(splitStateKey).filter((k) => k.type === 'item');
  if (items.length === 0 || (await ctx.db.replicaWaiting.count()) === 0) return;
  for (const { key } of items) {
    const token = state.items[key]?.origin?.value.token;
    if (token === undefined) continue;
    const rows = await ctx.db.replicaWaiting.where('missing').equals(`${TOKEN}${token.toLowerCase()}`).toArray();
    if (rows.length === 0) continue;
    const presence = itemPresence(state, key as ItemKey);
    if (presence === 'unknown') continue;
    if (presence === 'alive') for (const row of rows) await decideAgain(ctx, row.from.slice(MAIL.length));
    await ctx.db.replicaWaiting.bulkDelete(rows.map((r) => r.id));
  }
}
