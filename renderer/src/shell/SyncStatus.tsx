/**
 * The sidebar's capture status: sync progress (R10.4) and the offline note (R8.1). Its own
 * component, subscribed to the sync store alone: progress arrives with every batch of a first
 * sync, and when the shell subscribed, each update re-rendered the whole view under it (the
 * inbox's rows included), 12% of the renderer's time in a cold mirror.
 */
import { useTranslation } from 'react-i18next';
import { isOffline, syncingProgress, useSyncStore } from '../session/syncState';

export function SyncStatus() {
  const { t } = useTranslation();
  // select the stable sources object; derive here (a selector returning a new object each
  // time would make React re-render without end)
  const sources = useSyncStore((s) => s.sources);
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
    </>
  );
}
