/** "It is in the outbox": said for a few seconds after Send, politely. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { noteQueued, useComposeState } from '../../state/compose';

const SHOW_MS = 8000;

export function QueuedNoteView() {
  const { t } = useTranslation();
  const note = useComposeState((s) => s.queued);

  useEffect(() => {
    if (!note) return;
    const timer = window.setTimeout(() => noteQueued(undefined), SHOW_MS);
    return () => window.clearTimeout(timer);
  }, [note]);

  return (
    <p className="compose-queued-note" role="status" data-testid="compose-queued">
      {note && (note.edited ? t('compose.queued.edited') : t('compose.queued.sent'))}
    </p>
  );
}
