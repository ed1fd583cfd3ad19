/**
 * Compose as UI state (R2, R10.1): whether the compose panel is open, what it was opened for, and
 * the draft being written. Nothing here is CRM data; the message leaves through the outbox.
 *
 * Anyone may open compose: `openCompose({ item })` from a deal or lead, `openCompose({ to })` from a
 * person, `openCompose({ replyTo })` from a thread. Without options it reopens the draft that was
 * closed but not sent or discarded, or starts an empty one.
 */
import { create } from 'zustand';
import type { ItemKind } from '../../../shared/domain/crm';
import type { Mailbox } from '../../../shared/domain/mail';

export interface ComposeItemRef {
  kind: ItemKind;
  id: string;
}

export type ReplyMode = 'reply' | 'reply-all' | 'forward';

export interface ComposeReplyRef {
  threadId: string;
  /** the MessageRow id of the message answered or forwarded */
  messageRowId: string;
  mode: ReplyMode;
}

export interface ComposeOptions {
  /** compose from a deal or lead: its item address gets the CRM copy (R2.1) */
  item?: ComposeItemRef;
  to?: Mailbox[];
  /** reply, reply-all or forward from a thread (R2.4) */
  replyTo?: ComposeReplyRef;
}

/** What the panel prepares a draft from: the options, or a queued outbox entry to edit. */
export type ComposeRequest = ComposeOptions & { outboxId?: string };

export type ComposeMode = 'new' | ReplyMode | 'edit';

export interface DraftAttachment {
  /** local key for the list; not sent */
  key: string;
  name: string;
  contentType: string;
  contentBase64: string;
  /** decoded bytes */
  size: number;
}

/** The deal or lead the CRM copy goes to, as chosen (R2.1). */
export interface DraftItem {
  kind: ItemKind;
  id: string;
  title: string;
  /** deals and leads only; projects have no item address (R1.3) */
  token?: string;
}

export interface ComposeDraft {
  mode: ComposeMode;
  /** the sender address; the primary address when undefined */
  from?: string;
  to: Mailbox[];
  cc: Mailbox[];
  bcc: Mailbox[];
  showCc: boolean;
  showBcc: boolean;
  subject: string;
  text: string;
  attachments: DraftAttachment[];
  item?: DraftItem;
  /** 'ask' mode: the user keeps (true) or drops the company copy */
  companyCopy: boolean;
  /** editing a queued message: the CRM address it had, kept unless the user picks an item */
  keptCrmBcc?: string;
  inReplyTo?: string;
  references: string[];
  /** editing: the outbox entry this draft replaces */
  outboxId?: string;
}

export function emptyDraft(): ComposeDraft {
  return { mode: 'new', to: [], cc: [], bcc: [], showCc: false, showBcc: false, subject: '', text: '', attachments: [], companyCopy: true, references: [] };
}

/** The note after Send: whether it queued a new message or saved an edited outbox entry, and which. */
export interface QueuedNote {
  edited: boolean;
  /** the outbox entry: the note follows it (sent, or given up) */
  entryId: string;
}

interface ComposeState {
  open: boolean;
  /** docked and open, but folded to its title bar so the view above has the room */
  minimised: boolean;
  /** set by openCompose; the panel turns it into `draft` (it may need the store and the core) */
  request: ComposeRequest | undefined;
  draft: ComposeDraft | undefined;
  /** grows with every new request, so a slow preparation cannot overwrite a newer one */
  generation: number;
  /** the user changed the draft since it was prepared: a new request asks before replacing it */
  edited: boolean;
  /** a request waiting for the user to say whether it may replace the edited draft */
  replacing: ComposeRequest | undefined;
  queued: QueuedNote | undefined;
}

export const useComposeState = create<ComposeState>(() => ({
  open: false,
  minimised: false,
  request: undefined,
  draft: undefined,
  generation: 0,
  edited: false,
  replacing: undefined,
  queued: undefined,
}));

function hasOptions(options: ComposeRequest): boolean {
  return options.item !== undefined || options.to !== undefined || options.replyTo !== undefined || options.outboxId !== undefined;
}

/** Opens compose: for a deal, lead, recipients or a thread's message; or reopens the kept draft. */
export function openCompose(options: ComposeOptions = {}): void {
  startCompose(options);
}

/** Opens compose on a queued or failed outbox entry (outbox:get), saved with outbox:edit. */
export function editOutboxEntry(outboxId: string): void {
  startCompose({ outboxId });
}

function startCompose(request: ComposeRequest): void {
  const state = useComposeState.getState();
  if (!hasOptions(request) && (state.draft !== undefined || state.request !== undefined)) {
    useComposeState.setState({ open: true, minimised: false });
    return;
  }
  // one draft at a time: what the user wrote is never dropped without asking
  if (state.draft !== undefined && state.edited) {
    useComposeState.setState({ open: true, minimised: false, replacing: request });
    return;
  }
  replaceDraft(request);
}

function replaceDraft(request: ComposeRequest): void {
  useComposeState.setState((s) => ({ open: true, minimised: false, request, draft: undefined, edited: false, replacing: undefined, generation: s.generation + 1 }));
}

/** The answer to "replace the draft?": the waiting request replaces it, or the draft stays. */
export function settleReplacing(replace: boolean): void {
  const waiting = useComposeState.getState().replacing;
  if (replace && waiting) replaceDraft(waiting);
  else useComposeState.setState({ replacing: undefined });
}

/** Hides the panel; the draft is kept until it is sent or discarded. */
export function closeCompose(): void {
  useComposeState.setState({ open: false, minimised: false, replacing: undefined });
}

/** Folds the open panel to its title bar, or unfolds it; the draft stays as it is. */
export function setComposeMinimised(minimised: boolean): void {
  useComposeState.setState((s) => (s.open ? { minimised } : {}));
}

/** Forgets the draft and closes the panel. */
export function discardDraft(): void {
  useComposeState.setState((s) => ({ open: false, minimised: false, request: undefined, draft: undefined, edited: false, replacing: undefined, generation: s.generation + 1 }));
}

/** The panel's prepared draft, accepted only if no newer request came in meanwhile. */
export function setPreparedDraft(generation: number, draft: ComposeDraft): void {
  if (useComposeState.getState().generation === generation) useComposeState.setState({ draft, request: undefined, edited: false });
}

/** The user's change to the draft. */
export function updateDraft(patch: Partial<ComposeDraft>): void {
  useComposeState.setState((s) => (s.draft ? { draft: { ...s.draft, ...patch }, edited: true } : {}));
}

export function noteQueued(note: QueuedNote | undefined): void {
  useComposeState.setState({ queued: note });
}
