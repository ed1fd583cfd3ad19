/**
 * After Send, in a live region (issue 20.6): "It is in the outbox" while that is news and true,
 * replaced by "Sent" when the outbox reports this entry sent, gone once that moment is past. A
 * message that fails for good, or is removed, ends the note: the outbox says what went wrong.
 * The note follows its entry through `outbox:changed` itself (the outbox's feed is another
 * feature's), and asks `outbox:list` once, in case the entry was sent before the note was up.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxEntryView } from '../../../../shared/rules/send/outboxEntry';
import { api } from '../../api/api';
import { reportError } from '../../api/reportError';
import { noteQueued, useComposeState } from '../../state/compose';

/** How long "in the outbox" is news; the outbox's count says it after that. */
const QUEUED_MS = 8000;
/** How long "Sent" is said. */
const SENT_MS = 4000;

type Phase = 'queued' | 'sent';

export function QueuedNoteView() {
  const { t } = useTranslation();
  const note = useComposeState((s) => s.queued);
  const [phase, setPhase] = useState<Phase>('queued');
  const entryId = note?.entryId;

  useEffect(() => {
    setPhase('queued');
    if (entryId === undefined) return;
    let live = true;
    const follow = (entry: OutboxEntryView) => {
      if (!live || entry.id !== entryId) return;
      if (entry.state === 'sent') setPhase('sent');
      else if (entry.state === 'failed-permanent') noteQueued(undefined);
    };
    const unsubscribe = api().on('outbox:changed', (event) => {
      if (event.kind === 'changed') follow(event.entry);
      else if (event.id === entryId) noteQueued(undefined);
    });
    api()
      .invoke('outbox:list', {})
      .then((entries) => entries.forEach(follow))
      .catch((err: unknown) => reportError('compose: outbox state after send', err));
    return () => {
      live = false;
      unsubscribe();
    };
  }, [entryId]);

  useEffect(() => {
    if (!note) return;
    const timer = window.setTimeout(() => noteQueued(undefined), phase === 'sent' ? SENT_MS : QUEUED_MS);
    return () => window.clearTimeout(timer);
  }, [note, phase]);

  const text = !note ? '' : phase === 'sent' ? t('compose.queued.delivered') : note.edited ? t('compose.queued.edited') : t('compose.queued.sent');
  return (
    <p className="compose-queued-note" role="status" data-testid="compose-queued" data-phase={note ? phase : undefined}>
      {text}
    </p>
  );
}
