/**
 * Send = put the message in the outbox (`outbox:enqueue`, or `outbox:edit` for a queued entry).
 * That works offline: main only queues it and sends when the server takes it (R8.1, R2.6).
 * A refusal (a Failure, e.g. the sender address is not confirmed) is shown; the draft stays.
 */
import { useState } from 'react';
import { isRefusal, type Failure } from '../../../../shared/failures/failure';
import { OutgoingMessageSchema } from '../../../../shared/rules/send/outgoing';
import { api } from '../../api/api';
import { reportError } from '../../api/reportError';
import { discardDraft, noteQueued, type ComposeDraft } from '../../state/compose';
import type { AccountFacts } from './accountFacts';
import { buildMessage } from './buildMessage';

export type SendState = { status: 'idle' } | { status: 'sending' } | { status: 'refused'; failure: Failure } | { status: 'invalid' } | { status: 'core-error' };

export function useSendDraft() {
  const [state, setState] = useState<SendState>({ status: 'idle' });

  async function send(draft: ComposeDraft, facts: AccountFacts): Promise<void> {
    const parsed = OutgoingMessageSchema.safeParse(buildMessage(draft, facts));
    if (!parsed.success) return setState({ status: 'invalid' });
    setState({ status: 'sending' });
    try {
      const message = parsed.data;
      const entry =
        draft.outboxId === undefined ? await api().invoke('outbox:enqueue', { message }) : await api().invoke('outbox:edit', { id: draft.outboxId, message });
      setState({ status: 'idle' });
      noteQueued({ edited: draft.outboxId !== undefined, entryId: entry.id });
      discardDraft();
    } catch (err) {
      if (isRefusal(err)) return setState({ status: 'refused', failure: err });
      reportError('compose: send', err);
      setState({ status: 'core-error' });
    }
  }

  return { state, send, reset: () => setState({ status: 'idle' }) };
}
