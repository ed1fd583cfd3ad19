/**
 * R3.7 deleting a message or a thread: it leaves the inbox and every item's view, and a tombstone
 * keeps the next sync from bringing it back (tombstones.ts says which ids). The thread of a
 * deleted message is recomputed from the messages it has left, or goes when none is left.
 */
import { Dexie } from 'dexie';
import { counterpartiesOf } from '../../../../shared/rules/counterparties';
import { organizationsOf } from '../../../../shared/rules/organizations';
import { messageTombstone, threadTombstone } from '../../../../shared/rules/tombstones';
import { wordKey } from '../../db/derivedFields';
import type { MessageRow, PersonRow, ThreadRow } from '../../db/records';
import { captureEnv } from '../capture/env';
import type { StoreContext } from '../context';
import { notFound } from '../errors';
import { itemTables } from '../items/itemActions';
import { getAllSettings } from '../settings';
import { participantsOf, summarizeThread, type MessageFacts } from '../threads/threadRows';
import { normalizeMessageId } from '../../../../shared/rules/messageIds';
import { threadKeyOf } from '../replication/localKeys';
import { recordOps } from '../replication/record';
import { threadToChange } from './guard';

function tables(ctx: StoreContext) {
  return itemTables(ctx);
}

function messagesOf(ctx: StoreContext, threadId: string) {
  return ctx.db.messages.where('[threadId+date]').between([threadId, Dexie.minKey], [threadId, Dexie.maxKey], true, true);
}

/**
 * The message rows go, with their search words and the UID-map rows that pointed at them. Their
 * keys stay in the words' posting lists, where search skips keys without a word row
 * (db/wordPostings): rewriting every posting list the message touched would cost more than it saves.
 */
export async function removeMessages(ctx: StoreContext, messages: readonly Pick<MessageRow, 'id' | 'threadId' | 'date'>[]): Promise<void> {
  const ids = messages.map((m) => m.id);
  await ctx.db.sourceUids.where('messageRowId').anyOf(ids).delete();
  const keys = messages.map(wordKey);
  await ctx.db.wordIndex.bulkDelete(keys);
  await ctx.db.wordQueue.bulkDelete(keys);
  await ctx.db.messages.bulkDelete(ids);
}

export async function deleteThread(ctx: StoreContext, threadId: string): Promise<void> {
  return ctx.db.transaction('rw', tables(ctx), async () => {
    const thread = await threadToChange(ctx, threadId);
    const key = await threadKeyOf(ctx.db, thread);
    // a copy (R4.9) came from no source; the original still holds the conversation's ids
    const tombstone = thread.copyOf === undefined ? threadTombstone(ctx.newId(), thread, ctx.clock()) : undefined;
    if (tombstone) await ctx.db.tombstones.add(tombstone);
    await recordOps(ctx, [{ kind: 'thread.delete', key, payload: { ids: tombstone?.ids ?? [] } }]);
    await removeMessages(ctx, await messagesOf(ctx, threadId).toArray());
    await ctx.db.threads.delete(threadId);
  });
}

/** The thread again from what is left; persons no longer among the counterparties leave it. */
export async function recomputed(ctx: StoreContext, thread: ThreadRow, rest: MessageRow[]): Promise<ThreadRow | undefined> {
  const { ours } = captureEnv(await getAllSettings(ctx.db), ctx);
  const facts: MessageFacts[] = rest.map((message) => ({
    message,
    participants: participantsOf(message, ours),
    counterparties: counterpartiesOf(message, ours).map((c) => c.address),
    personIds: [],
    organizationIds: [],
  }));
  const summary = summarizeThread(thread, facts);
  if (!summary) return undefined;
  const parties = new Set(summary.counterparties);
  const persons = (await ctx.db.persons.bulkGet(thread.personIds)).filter(
    (p): p is PersonRow => p !== undefined && p.emails.some((e) => parties.has(e.toLowerCase())),
  );
  return { ...summary, personIds: persons.map((p) => p.id), organizationIds: organizationsOf(persons) };
}

export async function deleteMessage(ctx: StoreContext, messageRowId: string): Promise<ThreadRow | undefined> {
  return ctx.db.transaction('rw', tables(ctx), async () => {
    const message = await ctx.db.messages.get(messageRowId);
    if (!message) throw notFound('message', messageRowId);
    const thread = await threadToChange(ctx, message.threadId);
    if (message.copyOf === undefined) {
      await ctx.db.tombstones.add(messageTombstone(ctx.newId(), message.messageId, ctx.clock()));
      await recordOps(ctx, [{ kind: 'message.delete', key: normalizeMessageId(message.messageId), payload: {} }]);
    }
    await removeMessages(ctx, [message]);
    const next = await recomputed(ctx, thread, await messagesOf(ctx, thread.id).toArray());
    if (next) await ctx.db.threads.put(next);
    else await ctx.db.threads.delete(thread.id);
    return next;
  });
}
