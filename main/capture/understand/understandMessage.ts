/**
 * Step 3 of the data flow (DESIGN "How data flows"): one raw message in, one plain
 * `CapturedMessage` or `RejectedMessage` out, ready to cross IPC to the store.
 *
 * Order, and why:
 * 1. parse (mailparser), read the envelope-like facts every outcome needs;
 * 2. owner on the outer sender (R3.3/R3.8): cheap and without I/O, so mail from strangers costs
 *    no DNS lookups and no forward parsing;
 * 3. forwarded reply (R3.2), only for drop-box mail the owner addressed TO the drop box;
 * 4. authentication (R3.4), on the outer message (the one that crossed the network);
 * 5. assemble (with the message's search words, so the store need not compute them) and
 *    validate against the shared schema.
 * Anything that throws ends as 'unparseable' naming the step, never a message's content: a
 * message is never silently dropped.
 */
import type { ParsedMail } from 'mailparser';
import { CapturedMessageSchema, type AttachmentMeta, type AuthVerdict, type CapturedMessage, type Mailbox } from '../../../shared/domain/mail';
import { isPlausibleDate, parseMailDate } from '../../../shared/rules/capture/dates';
import { collectItemTokens, isAddressedToDropBox, withoutDropBox } from '../../../shared/rules/capture/dropBox';
import { parseMessageId, parseMessageIdList, synthesizeMessageId } from '../../../shared/rules/capture/messageIdHeaders';
import { confirmedOwnAddresses, resolveOwner } from '../../../shared/rules/capture/owner';
import { topmostAuthservId } from '../../../shared/rules/capture/trustedResults';
import { isOwnConfirmationMail, PURPOSE_HEADER } from '../../../shared/rules/capture/ownMail';
import { messageWords } from '../../../shared/text/messageWords';
import { joinWords } from '../../../shared/text/searchWords';
import { findAttachedForward } from './attachedForward';
import { attachmentMetas } from './attachments';
import { authenticateMessage } from './authenticate';
import type { UnderstandContext, Understood } from './context';
import { addressesOfRaw, headerFields, headerValue, headerValues, mailboxesOf } from './headers';
import { parseInlineForward } from './inlineForward';
import { parseMime } from './parseMime';
import { rejection, type RejectionFacts } from './rejections';

type Step = 'parse' | 'headers' | 'owner' | 'forward' | 'authentication' | 'assemble';

/** A forwarded original reduced to what replaces the outer message's fields. */
interface Original {
  from: Mailbox;
  to: Mailbox[];
  cc: Mailbox[];
  subject?: string | undefined;
  date?: number | undefined;
  messageId?: string | undefined;
  /** thread headers to use instead of the outer ones (only an attached original has its own) */
  thread?: { inReplyTo?: string | undefined; references: string[] };
  text: string;
  html?: string | undefined;
  attachments: AttachmentMeta[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The class of an error, never its message (which may quote the input). */
function errorLabel(err: unknown): string {
  if (!(err instanceof Error)) return typeof err;
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' ? `${err.name} ${code}` : err.name;
}

function fallbackDate(ctx: UnderstandContext, now: number): number {
  const internal = ctx.internalDate instanceof Date ? ctx.internalDate.getTime() : ctx.internalDate;
  return isPlausibleDate(internal, now) ? internal : now;
}

async function forwardedOriginal(mail: ParsedMail, subject: string): Promise<Original | undefined> {
  // An attached message has whole headers, so it wins over whatever the text says.
  const attached = await findAttachedForward(mail);
  if (attached !== undefined) {
    const others = attachmentMetas(mail.attachments).filter((a) => a.part !== attached.part);
    return {
      ...attached,
      thread: { inReplyTo: attached.inReplyTo, references: attached.references },
      attachments: [...attached.attachments, ...others],
    };
  }
  const inline = typeof mail.text === 'string' ? parseInlineForward(mail.text, subject) : undefined;
  if (inline === undefined) return undefined;
  // The outer HTML is the forwarder's rendering (note, quote chrome), not the customer's message:
  // only the extracted text is kept. Files travel as the forward's own attachments.
  return { ...inline, attachments: attachmentMetas(mail.attachments) };
}

/** A host-like name that fits the account file (and the batch's schema); anything else is not proposed. */
function proposableAuthservId(id: string | undefined): string | undefined {
  return id !== undefined && /^[^\s"\\]{1,253}$/u.test(id) ? id : undefined;
}

/** Why authentication rejected a message, for the Rejected list: the results, never content. */
function authFailureDetail(auth: AuthVerdict): string {
  const dmarc = auth.dmarc === undefined ? '' : ` dmarc=${auth.dmarc.result}${auth.dmarc.policy === undefined ? '' : ` policy=${auth.dmarc.policy}`}`;
  return `dkim=${auth.dkim} spf=${auth.spf}${dmarc} (${auth.from})`;
}

/** The owner decision for a message the user accepted from the Rejected list (R3.8). */
function acceptedAsIncoming(ctx: UnderstandContext) {
  return { kind: 'accepted' as const, owner: ctx.own.primary, direction: 'incoming' as const };
}

export async function understandMessage(raw: Buffer, ctx: UnderstandContext): Promise<Understood> {
  const size = ctx.size ?? raw.length;
  let step: Step = 'parse';
  let facts: RejectionFacts = {};
  /** R3.4: the authserv-id this drop-box message proposes, while none is confirmed */
  let authservSeen: string | undefined;
  const reject = (reason: Parameters<typeof rejection>[1], detail?: string): Understood => {
    const out: Understood = { kind: 'rejected', rejected: rejection(ctx.source, reason, size, facts, detail) };
    if (authservSeen !== undefined) out.authservIdSeen = authservSeen;
    return out;
  };

  try {
    const mail = await parseMime(raw);

    step = 'headers';
    const now = ctx.clock.now();
    const fields = headerFields(mail.headerLines);
    const sender = mailboxesOf(mail.from)[0];
    const subject = typeof mail.subject === 'string' ? mail.subject : '';
    const headerDate = parseMailDate(headerValue(fields, 'date'));
    const date = isPlausibleDate(headerDate, now) ? headerDate : fallbackDate(ctx, now);
    const messageId = parseMessageId(headerValue(fields, 'message-id')) ?? synthesizeMessageId(ctx.source);
    facts = { messageId, from: sender, subject, date };
    // Learned from the topmost Authentication-Results of drop-box mail, for the user to confirm
    // in Settings: nothing is trusted until then (R3.4).
    if (ctx.sourceKind === 'dropbox' && (ctx.authservId?.trim() ?? '') === '') authservSeen = proposableAuthservId(topmostAuthservId(fields));
    const to = mailboxesOf(mail.to);
    const cc = mailboxesOf(mail.cc);
    const delivered = addressesOfRaw([...headerValues(fields, 'delivered-to'), ...headerValues(fields, 'x-original-to')]);
    const itemTokens = collectItemTokens([...delivered, ...to.map((m) => m.address), ...cc.map((m) => m.address)], ctx.dropBox);

    step = 'owner';
    // R3.8: Blindcopy's own confirmation mail is not CRM mail, wherever it arrives
    if (isOwnConfirmationMail(headerValue(fields, PURPOSE_HEADER.toLowerCase()), sender?.address, ctx.own)) return { kind: 'ignored', source: ctx.source, why: 'own-confirmation' };
    if (sender === undefined && ctx.sourceKind === 'sync') return reject('unparseable', 'no From address');
    const resolved = resolveOwner({ sourceKind: ctx.sourceKind, sender: sender?.address, author: sender?.address, own: ctx.own });
    // R3.8: an accepted message belongs to the account; its sender is simply someone writing in.
    const asSent = resolved.kind === 'rejected' && ctx.accepted === true && sender !== undefined ? acceptedAsIncoming(ctx) : resolved;
    if (asSent.kind === 'rejected') return reject(asSent.reason, asSent.detail);
    if (sender === undefined) return reject('unknown-owner', 'no sender address'); // unreachable: resolveOwner rejects it

    step = 'forward';
    const ownAddresses = confirmedOwnAddresses(ctx.own);
    const toDropBox = isAddressedToDropBox([...to, ...cc].map((m) => m.address), ctx.dropBox, ownAddresses);
    const original = ctx.sourceKind === 'dropbox' && toDropBox ? await forwardedOriginal(mail, subject) : undefined;
    const forwardDecision = original === undefined ? asSent : resolveOwner({ sourceKind: ctx.sourceKind, sender: sender.address, author: original.from.address, own: ctx.own });
    const decision = forwardDecision.kind === 'rejected' && ctx.accepted === true ? acceptedAsIncoming(ctx) : forwardDecision;
    if (decision.kind === 'rejected') return reject(decision.reason, decision.detail);

    step = 'authentication';
    // beyond R3.4: drop-box mail that claims an own address may be a spoof DMARC refuses
    const claimsOwnAddress = ctx.sourceKind === 'dropbox' && ownAddresses.includes(sender.address.toLowerCase());
    const auth = await authenticateMessage(raw, fields, {
      authservId: ctx.authservId,
      resolver: ctx.resolver,
      now,
      verifyLocally: ctx.partialBody !== true,
      fromAddress: sender.address,
      claimsOwnAddress,
    });
    if (auth.verdict === 'fail' && ctx.accepted !== true) return reject('auth-failed', authFailureDetail(auth));

    step = 'assemble';
    const outerThread = {
      inReplyTo: parseMessageId(headerValue(fields, 'in-reply-to')),
      references: parseMessageIdList(headerValue(fields, 'references')),
    };
    const thread = original?.thread ?? outerThread;
    // A forwarded original's date must precede the forward; a later one is a misread date line.
    const originalDate = original?.date;
    const messageDate = originalDate !== undefined && isPlausibleDate(originalDate, now) && originalDate <= date + DAY_MS ? originalDate : date;

    const message: CapturedMessage = {
      messageId: original?.messageId ?? messageId,
      source: ctx.source,
      sourceKind: ctx.sourceKind,
      owner: decision.owner,
      direction: decision.direction,
      from: original?.from ?? sender,
      to: withoutDropBox(original?.to ?? to, ctx.dropBox),
      cc: withoutDropBox(original?.cc ?? cc, ctx.dropBox),
      date: messageDate,
      subject: original?.subject ?? subject,
      references: thread.references,
      text: original !== undefined ? original.text : typeof mail.text === 'string' ? mail.text : '',
      itemTokens,
      auth,
      attachments: original?.attachments ?? attachmentMetas(mail.attachments),
      size: Math.max(0, Math.floor(size)),
    };
    if (original !== undefined) message.forwardedBy = sender;
    if (thread.inReplyTo !== undefined) message.inReplyTo = thread.inReplyTo;
    const html = original !== undefined ? original.html : typeof mail.html === 'string' ? mail.html : undefined;
    if (html !== undefined && html !== '') message.html = html;
    if (ctx.gmail !== undefined) message.gmail = ctx.gmail;
    // Here, in the capture worker, while the store commits the previous batch: computed by the
    // store they were a large part of its commit. From the fields as the store keeps them.
    message.words = joinWords(messageWords(message));

    const checked = CapturedMessageSchema.safeParse(message);
    if (!checked.success) return reject('unparseable', `invalid ${checked.error.issues[0]?.path.join('.') ?? 'message'}`);
    return authservSeen === undefined ? { kind: 'captured', message: checked.data } : { kind: 'captured', message: checked.data, authservIdSeen: authservSeen };
  } catch (err) {
    return reject('unparseable', `${step} failed: ${errorLabel(err)}`);
  }
}
