/**
 * The "Compose" button at the top of the sidebar (the panel it opens, ComposeDock, is docked by
 * the shell under the view). After a send it says briefly that the message is in the outbox.
 */
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { openCompose, useComposeState } from '../../state/compose';
import { QueuedNoteView } from './QueuedNoteView';
import '../../styles/compose.css';

export function ComposeLauncher() {
  const { t } = useTranslation();
  const keptDraft = useComposeState((s) => !s.open && s.draft !== undefined);
  return (
    <div className="compose-launcher">
      <Button variant="primary" className="compose-launch" onClick={() => openCompose()} data-testid="compose-open">
        <span aria-hidden="true">✎</span>
        {keptDraft ? t('compose.launch.continue') : t('compose.launch.new')}
      </Button>
      <QueuedNoteView />
    </div>
  );
}
