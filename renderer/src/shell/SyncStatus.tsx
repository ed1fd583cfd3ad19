/**
 * The sidebar's capture status: mail sync progress (R10.4), a note per mail source that stopped
 * with why, what to do and "Retry now" (R10.4), the offline note (R8.1), why new mail is not
 * being saved (R8.2: the disk is full; until a batch commits again), and a line
 * when the CRM's changes cannot reach the copy on the mail server (R8.3), with why and a way to
 * Settings. Its own component, subscribed to the sync store alone: progress arrives with every
 * batch of a first sync, and when the shell subscribed, each update re-rendered the whole view
 * under it (the inbox's rows included), 12% of the renderer's time in a cold mirror.
 */
import { useTranslation } from 'react-i18next';
import { isOffline, syncingProgress, useSyncStore } from '../session/syncState';
import { useUiState } from '../state/uiState';
import { SourceTroubleNotes } from '../views/common/capture/SourceTroubleNotes';
import { needsAttention } from '../views/common/replication/replicationSummary';
import { useReplicationSummary } from '../views/common/replication/useReplicationSummary';

/** `mailOffline`: the offline note already says that changes wait for the server */
function ReplicationNote({ mailOffline }: { mailOffline: boolean }) {
  const { t } = useTranslation();
  const summary = useReplicationSummary();
  const showSettings = useUiState((s) => s.showSettings);
  const open = () => showSettings('replication');
  if (!needsAttention(summary) || (mailOffline && summary.kind === 'offline')) return null;
  return (
    <div className="replication-note" role="status" data-testid="replication-note" data-state={summary.kind}>
      <p>{t('shell.core.replicationNotSaved')}</p>
      <p className="replication-note-reason">{t(`errors.${summary.reason}`)}</p>
      <button type="button" className="link-button" onClick={open}>
        {t('shell.core.replicationOpen')}
      </button>
    </div>
  );
}

export function SyncStatus() {
  const { t } = useTranslation();
  // select the stable sources object; derive here (a selector returning a new object each
  // time would make React re-render without end)
  const sources = useSyncStore((s) => s.sources);
  const storeError = useSyncStore((s) => s.storeError);
  const offline = isOffline(sources);
  const syncing = syncingProgress(sources);
  return (
    <>
      {syncing && (
        <div className="sync-progress" role="status" data-testid="sync-progress">
          <span>{t('shell.core.syncing', { done: syncing.done, total: syncing.total })}</span>
          <progress max={syncing.total} value={syncing.done} aria-label={t('shell.core.syncingLabel')} />
        </div>
      )}
      {offline && (
        <div className="offline-note" role="status" data-testid="offline">
          {t('shell.core.offline')}
        </div>
      )}
      {storeError && (
        <div className="store-error-note" role="alert" data-testid="store-error" data-code={storeError}>
          {t(`errors.${storeError}`)}
        </div>
      )}
      <SourceTroubleNotes place="sidebar" />
      <ReplicationNote mailOffline={offline} />
    </>
  );
}
