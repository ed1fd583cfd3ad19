/**
 * Turns what compose was opened for into a draft: a deal or lead (its item address, R2.1, and
 * its person as recipient, R10.5), recipients, a reply / reply-all / forward of a thread's message (R2.4), or a queued outbox
 * entry to edit (R2.6). The rules are shared/rules/send's; this only gathers their inputs.
 */
import type { ItemRef } from '../../../../shared/domain/crm';
import type { Mailbox } from '../../../../shared/domain/mail';
import { failure, isFailure } from '../../../../shared/failures/failure';
import type { BlindcopyApi } from '../../../../shared/ipc/contract';
import { normalizeAddress } from '../../../../shared/rules/emailAddress';
import { decodedBase64Length, type OutgoingMessage } from '../../../../shared/rules/send/outgoing';
import { forwardBody, forwardSubject, quoteForReply, replySubject } from '../../../../shared/rules/send/quote';
import { replyHeaders } from '../../../../shared/rules/send/replyHeaders';
import { replyAllRecipients, replyFromAddress, replyRecipients } from '../../../../shared/rules/send/replyRecipients';
import { reportError } from '../../api/reportError';
import type { MessageRow } from '../../db/records';
import { emptyDraft, type ComposeDraft, type ComposeReplyRef, type ComposeRequest, type DraftItem } from '../../state/compose';
import type { CrmStore } from '../../store';
import type { AccountFacts } from './accountFacts';

export type PrepareProblem = 'message-missing' | 'already-sent' | 'core-error';

/**
 * Why compose could not be prepared, as compose words it (compose.problem): the Failures thrown
 * here by their code, anything else as the core failing (reported to main's log).
 */
export function prepareProblem(error: unknown): PrepareProblem {
  if (isFailure(error) && (error.code === 'message-missing' || error.code === 'already-sent')) return error.code;
  reportError('compose: prepare', error);
  return 'core-error';
}

export interface PrepareContext {
  store: CrmStore;
  api: BlindcopyApi;
  facts: AccountFacts;
  formatDate(epochMs: number): string;
}

let attachmentCounter = 0;
export function attachmentKey(): string {
  attachmentCounter += 1;
  return `a${attachmentCounter}`;
}

export async function draftItem(store: CrmStore, ref: ItemRef): Promise<DraftItem | undefined> {
  const item = await store.queries.item(ref);
  if (!item) return undefined;
  return { kind: item.kind, id: item.id, title: item.title, ...('token' in item ? { token: item.token } : {}) };
}

/** R10.5 the person of a deal or lead, at their primary address: who mail about it goes to. */
async function itemRecipients(store: CrmStore, ref: ItemRef): Promise<Mailbox[]> {
  const item = await store.queries.item(ref);
  const person = item?.personId === undefined ? undefined : await store.queries.person(item.personId);
  const address = person?.emails[0];
  if (!person || address === undefined) return [];
  return [person.name.trim() !== '' ? { address, name: person.name } : { address }];
}

function fromEdit(message: OutgoingMessage, outboxId: string, facts: AccountFacts): ComposeDraft {
  const crm = message.crmBcc === undefined ? undefined : normalizeAddress(message.crmBcc);
  const company = facts.dropboxAddresses.map(normalizeAddress).includes(crm ?? '');
  return {
    ...emptyDraft(),
    mode: 'edit',
    outboxId,
    from: message.from.address,
    to: message.to,
    cc: message.cc,
    bcc: message.bcc,
    showCc: message.cc.length > 0,
    showBcc: message.bcc.length > 0,
    subject: message.subject,
    text: message.text,
    attachments: message.attachments.map((a) => ({ ...a, key: attachmentKey(), size: decodedBase64Length(a.contentBase64) })),
    companyCopy: crm !== undefined,
    ...(crm !== undefined && !company ? { keptCrmBcc: crm } : {}),
    ...(message.inReplyTo !== undefined ? { inReplyTo: message.inReplyTo } : {}),
    references: message.references,
  };
}

async function originalMessage(store: CrmStore, ref: ComposeReplyRef): Promise<MessageRow> {
  const messages = await store.queries.messagesOfThread(ref.threadId);
  const message = messages.find((m) => m.id === ref.messageRowId);
  if (!message) throw failure('message-missing', 'the message to answer is no longer in the CRM');
  return message;
}

async function fromReply(ref: ComposeReplyRef, ctx: PrepareContext): Promise<ComposeDraft> {
  const { store, facts, formatDate } = ctx;
  const [original, thread] = await Promise.all([originalMessage(store, ref), store.queries.thread(ref.threadId)]);
  const recipients =
    ref.mode === 'reply' ? replyRecipients(original, facts.ours) : ref.mode === 'reply-all' ? replyAllRecipients(original, facts.ours) : { to: [], cc: [] };
  const headers = replyHeaders(original);
  const body = ref.mode === 'forward' ? forwardBody(original, { formatDate }) : quoteForReply(original, { formatDate });
  const link = thread?.link;
  const item = link ? await draftItem(store, { kind: link.kind, itemId: link.itemId }) : undefined;
  return {
    ...emptyDraft(),
    mode: ref.mode,
    from: replyFromAddress(original, facts.senders) ?? facts.primary,
    to: recipients.to,
    cc: recipients.cc,
    showCc: recipients.cc.length > 0,
    subject: ref.mode === 'forward' ? forwardSubject(original.subject) : replySubject(original.subject),
    text: body,
    ...(item ? { item } : {}),
    ...(headers.inReplyTo !== undefined ? { inReplyTo: headers.inReplyTo } : {}),
    references: headers.references,
  };
}

export async function prepareDraft(request: ComposeRequest, ctx: PrepareContext): Promise<ComposeDraft> {
  if (request.outboxId !== undefined) {
    const { message } = await ctx.api.invoke('outbox:get', { id: request.outboxId });
    if (!message) throw failure('already-sent', 'the outbox entry was sent');
    return fromEdit(message, request.outboxId, ctx.facts);
  }
  const base = request.replyTo ? await fromReply(request.replyTo, ctx) : { ...emptyDraft(), from: ctx.facts.primary };
  const itemRef = request.item ? { kind: request.item.kind, itemId: request.item.id } : undefined;
  const item = itemRef ? await draftItem(ctx.store, itemRef) : undefined;
  // from a deal or lead, its person is the recipient unless the caller names others
  const to = request.to ?? (itemRef && !request.replyTo ? await itemRecipients(ctx.store, itemRef) : undefined);
  return {
    ...base,
    ...(to && to.length > 0 ? { to } : {}),
    ...(item ? { item } : {}),
  };
}
